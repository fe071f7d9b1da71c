import '../../core/test/support/safety-guard.js';
import { expect, fixture, html } from '@open-wc/testing';
import { LIMITS } from '@shieldkit/core';
import {
  collectStories,
  readStoryElement,
  validateStory,
  visibleStories,
  type Story,
} from '../src/index.js';

/** The fixed clock of these tests: 15 June 2025, midday, in the reader's time zone. */
const NOW = new Date(2025, 5, 15, 12, 0, 0);
const BASE = 'https://agency.example/stories/';

const base: Story = {
  id: 'amal-2024',
  heading: 'I thought it was a real job',
  body: 'First paragraph.',
  consent: { given: '2024-03-01' },
};

describe('stories (pure functions)', () => {
  describe('readStoryElement', () => {
    it('reads every attribute of the contract, and the body from the paragraphs’ text', async () => {
      const el = await fixture(
        html`<shield-story-data
          story-id="amal-2024"
          heading="I thought it was a real job"
          warning="Mentions threats"
          pseudonym="Amal"
          location="Eastern region"
          image="img/field.svg"
          image-alt="A field at dusk"
          image-width="300"
          image-height="200"
          consent-given="2024-03-01"
          consent-expires="2026-03-01"
        >
          <p>The offer came through a friend of a friend.</p>
          <p>I <b>kept</b> my passport in my shoe.</p>
          <blockquote>Ask for the contract first.</blockquote>
        </shield-story-data>`,
      );
      expect(readStoryElement(el)).to.deep.equal({
        id: 'amal-2024',
        heading: 'I thought it was a real job',
        body: 'The offer came through a friend of a friend.\n\nI kept my passport in my shoe.',
        quote: 'Ask for the contract first.',
        name: 'Amal',
        pseudonym: true,
        location: 'Eastern region',
        warning: 'Mentions threats',
        consent: { given: '2024-03-01', expires: '2026-03-01' },
        image: {
          src: new URL('img/field.svg', document.baseURI).href,
          alt: 'A field at dusk',
          width: 300,
          height: 200,
        },
      });
    });

    it('without <p>: the whole text is the body; a heading element is the heading; an index gives the id', async () => {
      const el = await fixture(
        html`<shield-story-data consent-given="2024-03-01"
          ><h3>A new start</h3>
          Text written straight into the element.</shield-story-data
        >`,
      );
      const story = readStoryElement(el, 4);
      expect(story.id).to.equal('story-5');
      expect(story.heading).to.equal('A new start');
      expect(story.body).to.equal('Text written straight into the element.');
      expect(story.pseudonym).to.equal(false);
      expect(story.name).to.equal(undefined);
      expect(story.image).to.equal(undefined);
    });

    it('a bare pseudonym attribute flags the name as changed without naming anyone', async () => {
      const el = await fixture(html`<shield-story-data pseudonym><p>Text.</p></shield-story-data>`);
      const story = readStoryElement(el);
      expect([story.pseudonym, story.name]).to.deep.equal([true, undefined]);
    });

    it('paragraphs inside <details> (the no-JavaScript content note) are the body; the summary is not', async () => {
      const el = await fixture(
        html`<shield-story-data warning="Violence">
          <details>
            <summary>Content note: violence. Open to read.</summary>
            <p>One.</p>
            <p>Two.</p>
          </details>
        </shield-story-data>`,
      );
      expect(readStoryElement(el).body).to.equal('One.\n\nTwo.');
    });

    it('markup is read as text: tags written as text stay text, real elements give only their text', async () => {
      const el = await fixture(
        html`<shield-story-data
          ><p>
            ${'<script>alert(1)</script>'} and <img alt="x" /> <i>italic</i>
          </p></shield-story-data
        >`,
      );
      expect(readStoryElement(el).body).to.equal('<script>alert(1)</script> and italic');
    });
  });

  describe('validateStory', () => {
    it('a complete story passes unchanged and without problems', () => {
      const { story, problems } = validateStory(
        { ...base, quote: ' Words ', name: 'Amal', pseudonym: true, location: 'East' },
        NOW,
      );
      expect(problems).to.deep.equal([]);
      expect(story).to.deep.equal({
        ...base,
        quote: 'Words',
        name: 'Amal',
        pseudonym: true,
        location: 'East',
        warning: undefined,
        consent: { given: '2024-03-01', expires: undefined },
      });
    });

    it('consent expiring today is shown; expired yesterday is not, with a warning naming the story', () => {
      expect(
        validateStory({ ...base, consent: { given: '2024-03-01', expires: '2025-06-15' } }, NOW)
          .story?.id,
      ).to.equal('amal-2024');
      const { story, problems } = validateStory(
        { ...base, consent: { given: '2024-03-01', expires: '2025-06-14' } },
        NOW,
      );
      expect(story).to.equal(undefined);
      expect(problems).to.have.length(1);
      expect(problems[0]!.code).to.equal('story-consent-expired');
      expect(problems[0]!.level).to.equal('warn');
      expect(problems[0]!.message).to.contain('"amal-2024"').and.to.contain('2025-06-14');
    });

    for (const [name, consent] of [
      ['missing', undefined],
      ['not a date', { given: 'last spring' }],
      ['an impossible date', { given: '2024-02-30' }],
      ['in the future', { given: '2025-06-16' }],
    ] as const) {
      it(`no valid consent-given (${name}) → not shown, with an error`, () => {
        const { story, problems } = validateStory({ ...base, consent }, NOW);
        expect(story).to.equal(undefined);
        expect(problems.map((p) => [p.code, p.level])).to.deep.equal([
          ['story-no-consent', 'error'],
        ]);
      });
    }

    it('an expiry that is not a date → not shown (consent cannot be checked)', () => {
      const { story, problems } = validateStory(
        { ...base, consent: { given: '2024-03-01', expires: 'soon' } },
        NOW,
      );
      expect(story).to.equal(undefined);
      expect(problems[0]!.code).to.equal('story-consent-expired');
    });

    it('an image without alt text is dropped and reported; the story stays', () => {
      for (const alt of [undefined, '', '   ']) {
        const { story, problems } = validateStory(
          { ...base, image: { src: 'a.svg', alt } },
          NOW,
          BASE,
        );
        expect(story!.image).to.equal(undefined);
        expect(story!.body).to.equal('First paragraph.');
        expect(problems.map((p) => p.code)).to.deep.equal(['story-image-no-alt']);
        expect(problems[0]!.message).to.contain('"amal-2024"');
      }
    });

    it('an image URL that is not http(s) is dropped and reported', () => {
      for (const src of [
        'javascript:alert(1)',
        'data:image/svg+xml,<svg/>',
        'ftp://x.example/a.png',
        42,
      ]) {
        const { story, problems } = validateStory(
          { ...base, image: { src, alt: 'A field' } },
          NOW,
          BASE,
        );
        expect(story!.image, String(src)).to.equal(undefined);
        expect(problems.map((p) => p.code)).to.deep.equal(['story-image-unsafe-url']);
      }
    });

    it('a relative image URL resolves against the base; sizes must be positive numbers', () => {
      const { story } = validateStory(
        { ...base, image: { src: 'a.svg', alt: 'A field', width: 300, height: -1 } },
        NOW,
        BASE,
      );
      expect(story!.image).to.deep.equal({
        src: 'https://agency.example/stories/a.svg',
        alt: 'A field',
        width: 300,
        height: undefined,
      });
    });

    it('not an object, or neither heading nor body → not shown', () => {
      for (const input of [null, 'a story', 3, { id: 'x', consent: { given: '2024-01-01' } }]) {
        const { story, problems } = validateStory(input, NOW);
        expect(story).to.equal(undefined);
        expect(problems.map((p) => p.code)).to.deep.equal(['story-invalid']);
      }
    });
  });

  describe('visibleStories', () => {
    it('keeps the stories that may be shown, in order', () => {
      const stories = [
        { ...base, id: 'a' },
        { ...base, id: 'b', consent: { given: '2024-01-01', expires: '2025-01-01' } },
        { ...base, id: 'c', consent: undefined },
        { ...base, id: 'd', image: { src: 'javascript:x', alt: 'x' } },
      ];
      expect(visibleStories(stories, NOW).map((s) => s.id)).to.deep.equal(['a', 'd']);
    });
  });

  describe('collectStories', () => {
    it('gives every story shown its own id, as the carousel shows them, and says why', () => {
      const stories = [{ ...base, id: 'a' }, { ...base, id: '' }, { ...base, id: 'a' }, 5];
      const { shown, problems } = collectStories(stories, NOW);
      expect(shown.map((s) => s.id)).to.deep.equal(['a', 'story-2', 'a-3']);
      expect(visibleStories(stories, NOW).map((s) => s.id)).to.deep.equal(['a', 'story-2', 'a-3']);
      expect(problems.map((p) => [p.code, p.level])).to.deep.equal([
        ['story-duplicate-id', 'warn'],
        ['story-invalid', 'error'],
      ]);
    });

    it('shows the first 50 stories and says the rest are not shown', () => {
      expect(LIMITS.stories).to.equal(50);
      const stories = Array.from({ length: 60 }, (_, i) => ({ ...base, id: `s${i}` }));
      const { shown, problems } = collectStories(stories, NOW);
      expect(shown.map((s) => s.id)).to.deep.equal(stories.slice(0, 50).map((s) => s.id));
      expect(problems).to.deep.equal([
        {
          code: 'too-many-stories',
          message:
            'there are 60 stories, more than the 50 read: story 51 and the ones after it are not shown.',
          level: 'error',
        },
      ]);
    });

    it('a story with a text over 2,000 characters is not shown, and says which text', () => {
      const long = { ...base, id: 'long', body: 'a'.repeat(LIMITS.textLength + 1) };
      const { shown, problems } = collectStories([long, { ...base, body: 'a'.repeat(2000) }], NOW);
      expect(shown.map((s) => s.id)).to.deep.equal(['amal-2024']);
      expect(problems.map((p) => p.message)).to.deep.equal([
        'story "long": its body has 2001 characters, more than the 2000 a text may have; it is not shown.',
      ]);
    });
  });
});
