import './support/safety-guard.js';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { formatText, parseText, textParseWork } from '../src/text/safe-text.js';
import { safeUrl } from '../src/text/safe-url.js';

/** Renders formatted text into a fresh element and returns it. */
const render = (source: string) => fixture<HTMLDivElement>(html`<div>${formatText(source)}</div>`);

/** The tag names of every element inside, in document order. */
const tags = (root: Element) => [...root.querySelectorAll('*')].map((el) => el.localName);

describe('safeUrl', () => {
  it('keeps http, https, tel, sms and mailto links', () => {
    expect(safeUrl('https://example.org/a?b=c')).to.equal('https://example.org/a?b=c');
    expect(safeUrl('http://example.org')).to.equal('http://example.org/');
    expect(safeUrl('tel:+18883737888')).to.equal('tel:+18883737888');
    expect(safeUrl('sms:233733?body=HELP')).to.equal('sms:233733?body=HELP');
    expect(safeUrl('mailto:help@example.org')).to.equal('mailto:help@example.org');
  });

  it('refuses script, data and other schemes however they are disguised', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'not a url',
      '',
      undefined,
      42,
    ]) {
      expect(safeUrl(bad), String(bad)).to.equal(undefined);
    }
  });

  it('narrows the schemes when asked, and resolves relative URLs only against a base', () => {
    expect(safeUrl('tel:+1', ['https:', 'http:'])).to.equal(undefined);
    expect(safeUrl('/help')).to.equal(undefined);
    expect(safeUrl('/help', undefined, 'https://agency.example/page')).to.equal(
      'https://agency.example/help',
    );
  });
});

describe('formatText', () => {
  it('makes paragraphs, line breaks, emphasis, strong and links', async () => {
    const el = await render(
      'First **strong *em* strong** line\nsecond line\n\nA [helpline](tel:+18883737888).',
    );
    expect(tags(el)).to.deep.equal(['p', 'strong', 'em', 'br', 'p', 'a']);
    const [first, second] = el.querySelectorAll('p');
    expect(first!.textContent).to.equal('First strong em strong linesecond line');
    expect(second!.querySelector('a')!.getAttribute('href')).to.equal('tel:+18883737888');
    expect(second!.querySelector('a')!.rel).to.equal('noopener noreferrer');
  });

  it('shows script tags, event attributes and raw HTML as text, creating no element from them', async () => {
    const hostile =
      '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a><b onclick=alert(4)>';
    const el = await render(hostile);
    expect(tags(el)).to.deep.equal(['p']);
    expect(el.querySelector('p')!.textContent).to.equal(hostile);
  });

  it('keeps a javascript: or data: link as visible text, not a link', async () => {
    const el = await render('[click me](javascript:alert(1)) and [me too](data:text/html,hi)');
    expect(el.querySelector('a')).to.equal(null);
    expect(el.textContent).to.contain('[click me](javascript:alert(1))');
  });

  it('leaves broken or unclosed marks as text', async () => {
    const el = await render('**unclosed and *half [link](https://x.example');
    expect(tags(el)).to.deep.equal(['p']);
    expect(el.textContent).to.equal('**unclosed and *half [link](https://x.example');
  });

  it('does not treat a lone asterisk or multiplication as emphasis', () => {
    expect(parseText('2 * 3 * 4')[0]!.lines[0]).to.deep.equal([
      { type: 'text', text: '2 * 3 * 4' },
    ]);
  });

  it('ignores empty input and normalises Windows line endings', () => {
    expect(parseText('')).to.deep.equal([]);
    expect(parseText('a\r\n\r\nb')).to.have.length(2);
  });
});

describe('parsing cost', () => {
  /** The parser's work (characters visited) for one parse of `source`. */
  const work = (source: string) => {
    const before = textParseWork();
    parseText(source);
    return textParseWork() - before;
  };

  // Inputs that made the old regular expressions backtrack: 40,000 '[' took ~0.9 s.
  const hostile = (n: number) => [
    '['.repeat(n),
    '[a'.repeat(n / 2),
    '['.repeat(n / 2) + ']('.repeat(n / 4),
    '[x](' + 'a'.repeat(n),
    '*'.repeat(n),
    '**' + 'a'.repeat(n),
    '*a' + ' '.repeat(n),
    '*a '.repeat(n / 3),
    '**a'.repeat(n / 3),
    '\n \t'.repeat(n / 3),
  ];

  it('visits each character a bounded number of times, whatever the content', () => {
    for (const [i, source] of hostile(40_000).entries()) {
      const cost = work(source + String(i)); // a new text each time (no cache)
      expect(cost, `input ${i}`).to.be.at.most(8 * source.length + 64);
    }
  });

  it('grows linearly: ten times the text costs at most ten times the work', () => {
    for (const [i, small] of hostile(2_000).entries()) {
      const large = hostile(20_000)[i]!;
      expect(work(large + 'x'), `input ${i}`).to.be.at.most(10 * work(small + 'x') + 64);
    }
  });

  it('parses a text once, however often it is rendered', async () => {
    const body = 'A **story** with a [link](https://example.org/) and *emphasis*. ' + Date.now();
    class Reader extends LitElement {
      override render() {
        return formatText(body);
      }
    }
    customElements.define('parse-once-reader', Reader);
    const el = await fixture<Reader>(html`<parse-once-reader></parse-once-reader>`);
    const before = textParseWork();
    for (let i = 0; i < 5; i++) {
      el.requestUpdate();
      await el.updateComplete;
    }
    expect(textParseWork()).to.equal(before);
    expect(el.renderRoot.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/');
    expect(parseText(body)).to.equal(parseText(body));
  });
});
