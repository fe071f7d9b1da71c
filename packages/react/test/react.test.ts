import '../../core/test/support/safety-guard.js';
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, createRef, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { spyConsole } from '../../core/test/support/console-spy.js';
import { ShieldQuickExit as QuickExitElement } from '@shieldkit/quick-exit';
// The navigation seam is internal (not exported by the package): tests reach it by path.
import { restorePage, setNavigation } from '../../quick-exit/src/exit.js';
import { ShieldHelplineBanner as HelplineBannerElement } from '@shieldkit/helpline-banner';
import { ShieldRedFlagChecklist as ChecklistElement } from '@shieldkit/red-flag-checklist';
import {
  ShieldStory as StoryElement,
  ShieldStoryCarousel as CarouselElement,
  type Story,
} from '@shieldkit/story-carousel';
import { ShieldCampaign as CampaignElement } from '@shieldkit/campaign';
import { ShieldScenario as ScenarioElement } from '@shieldkit/scenario';
import {
  ShieldCampaign,
  ShieldHelplineBanner,
  ShieldQuickExit,
  ShieldRedFlagChecklist,
  ShieldScenario,
  ShieldStory,
  ShieldStoryCarousel,
} from '../src/index.js';

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

let root: Root | undefined;
let container: HTMLElement | undefined;

/** Renders `node` with react-dom/client into a fresh div on the page, synchronously. */
function render(node: ReactNode): HTMLElement {
  if (!container) {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  }
  flushSync(() => root!.render(node));
  return container;
}

/** The one element named `tag` that React rendered, once Lit has rendered it. */
async function rendered<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  tag: string,
): Promise<T> {
  const el = container!.querySelector<T>(tag)!;
  expect(el, `<${tag}> in the page`).to.be.an.instanceof(HTMLElement);
  await el.updateComplete;
  return el;
}

let departures: string[] = [];

beforeEach(() => {
  departures = [];
  setNavigation({
    replace: (url) => void departures.push(url),
    openInNewTab: (url) => void departures.push(`new tab: ${url}`),
  });
});

afterEach(() => {
  if (root) flushSync(() => root!.unmount());
  container?.remove();
  root = container = undefined;
  restorePage();
  setNavigation();
});

describe('@shieldkit/react', () => {
  describe('ShieldQuickExit', () => {
    it('creates an upgraded <shield-quick-exit> with props as properties and reflected attributes', async () => {
      render(
        createElement(
          ShieldQuickExit,
          {
            href: 'https://weather.example/',
            position: 'top',
            shortcut: 'escape',
            newTab: true,
            label: 'Leave now',
          },
          createElement('a', { href: 'https://weather.example/' }, 'Exit this page'),
        ),
      );
      const el = await rendered<QuickExitElement>('shield-quick-exit');
      expect(el).to.be.an.instanceof(QuickExitElement);
      expect([el.href, el.position, el.shortcut, el.newTab]).to.deep.equal([
        'https://weather.example/',
        'top',
        'escape',
        true,
      ]);
      expect(el.getAttribute('position')).to.equal('top');
      const button = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=button]')!;
      expect(button.href).to.equal('https://weather.example/');
      expect(text(button)).to.contain('Leave now');
      // The children stay in the light DOM as the no-JavaScript fallback.
      expect(el.querySelector('a')!.textContent).to.equal('Exit this page');
    });

    it('onShieldExit is called with the trigger when the reader activates the exit', async () => {
      const calls: unknown[] = [];
      render(
        createElement(ShieldQuickExit, {
          href: 'https://weather.example/',
          onShieldExit: (event) => void calls.push(event.detail),
        }),
      );
      const el = await rendered<QuickExitElement>('shield-quick-exit');
      el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=button]')!.click();
      expect(calls).to.deep.equal([{ trigger: 'activation' }]);
      expect(departures).to.deep.equal(['https://weather.example/']);
    });

    it('onShieldExit runs just before the page is hidden, and may cancel the exit', async () => {
      const seen: string[] = [];
      const visibility = () => document.documentElement.style.getPropertyValue('visibility');
      render(
        createElement(ShieldQuickExit, {
          href: 'https://weather.example/',
          onShieldExit: () => void seen.push(visibility() || 'visible'),
        }),
      );
      const el = await rendered<QuickExitElement>('shield-quick-exit');
      el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=button]')!.click();
      expect([seen, visibility(), departures]).to.deep.equal([
        ['visible'],
        'hidden',
        ['https://weather.example/'],
      ]);
      restorePage();
      departures = [];
      render(
        createElement(ShieldQuickExit, {
          href: 'https://weather.example/',
          onShieldExit: (event) => event.preventDefault(),
        }),
      );
      el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=button]')!.click();
      expect([visibility(), departures]).to.deep.equal(['', []]);
    });

    it('onShieldError reports bad props; a new handler replaces the old one', async () => {
      const errors = spyConsole('error');
      try {
        const first: string[] = [];
        const second: string[] = [];
        render(
          createElement(ShieldQuickExit, {
            position: 'sideways' as 'top',
            onShieldError: (event) => void first.push(event.detail.code),
          }),
        );
        const el = await rendered<QuickExitElement>('shield-quick-exit');
        expect(first).to.deep.equal(['invalid-position']);
        expect(el.position).to.equal('inline');
        render(
          createElement(ShieldQuickExit, {
            position: 'sideways' as 'top',
            shortcut: 'f5' as 'shift',
            onShieldError: (event) => void second.push(event.detail.code),
          }),
        );
        await el.updateComplete;
        expect(first).to.deep.equal(['invalid-position']);
        expect(second).to.deep.equal(['invalid-position', 'invalid-shortcut']);
        expect(errors.messages).to.have.length(3);
      } finally {
        errors.restore();
      }
    });

    it('a ref is the element itself; unmounting removes it', async () => {
      const ref = createRef<QuickExitElement>();
      render(createElement(ShieldQuickExit, { ref }));
      const el = await rendered<QuickExitElement>('shield-quick-exit');
      expect(ref.current).to.equal(el);
      flushSync(() => root!.render(null));
      expect(container!.querySelector('shield-quick-exit')).to.equal(null);
      expect(ref.current).to.equal(null);
    });
  });

  describe('ShieldHelplineBanner', () => {
    it('creates an upgraded <shield-helpline-banner> with props set, including non-attribute ones', async () => {
      const now = new Date(2026, 0, 15, 12, 0, 0);
      render(
        createElement(ShieldHelplineBanner, {
          country: 'US',
          position: 'bottom',
          dismissible: true,
          now,
          strings: { 'helplineBanner.title': 'Talk to someone' },
        }),
      );
      const el = await rendered<HelplineBannerElement>('shield-helpline-banner');
      expect(el).to.be.an.instanceof(HelplineBannerElement);
      expect([el.country, el.position, el.dismissible]).to.deep.equal(['US', 'bottom', true]);
      expect(el.getAttribute('position')).to.equal('bottom');
      expect(el.now).to.equal(now);
      expect(el.strings).to.deep.equal({ 'helplineBanner.title': 'Talk to someone' });
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part=channel]').length > 0);
      expect(el.shadowRoot!.querySelector('[part=dismiss]')).to.be.an.instanceof(HTMLElement);
      expect(el.shadowRoot!.textContent).to.contain('Talk to someone');
    });

    it('onShieldHelplineContact is called with only the helpline id and the channel', async () => {
      const calls: unknown[] = [];
      render(
        createElement(ShieldHelplineBanner, {
          country: 'US',
          onShieldHelplineContact: (event) => void calls.push(event.detail),
        }),
      );
      const el = await rendered<HelplineBannerElement>('shield-helpline-banner');
      const channels = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=channel]')];
      const sms = channels.find((link) => link.href.startsWith('sms:'))!;
      sms.addEventListener('click', (event) => event.preventDefault());
      sms.click();
      expect(calls).to.deep.equal([{ helplineId: 'us-nhth', channel: 'sms' }]);
    });
  });

  describe('ShieldRedFlagChecklist', () => {
    it('creates an upgraded <shield-red-flag-checklist>; onShieldChecklistResult gets { set, level }', async () => {
      const results: unknown[] = [];
      render(
        createElement(ShieldRedFlagChecklist, {
          set: 'job-offer',
          headingLevel: 3,
          someThreshold: 1,
          reportResults: true, // the result is dispatched only when the page opts in
          onShieldChecklistResult: (event) => void results.push(event.detail),
        }),
      );
      const el = await rendered<ChecklistElement>('shield-red-flag-checklist');
      expect(el).to.be.an.instanceof(ChecklistElement);
      expect([el.set, el.headingLevel, el.someThreshold]).to.deep.equal(['job-offer', 3, 1]);
      expect(el.getAttribute('set')).to.equal('job-offer');
      await waitUntil(() => el.shadowRoot!.querySelector('input[type=checkbox]'));
      expect(el.shadowRoot!.querySelector('[part=title]')!.getAttribute('aria-level')).to.equal(
        '3',
      );
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
      await waitUntil(() => results.length > 0, 'no result', { timeout: 2000 });
      expect(results).to.deep.equal([{ set: 'job-offer', level: 'some' }]);
    });
  });

  describe('ShieldScenario', () => {
    it('creates an upgraded <shield-scenario>; onShieldScenarioEnd gets { scenarioId, ending } with reportResults', async () => {
      const ends: unknown[] = [];
      render(
        createElement(ShieldScenario, {
          scenario: 'transit-offer',
          headingLevel: 3,
          noHelpline: true,
          reportResults: true,
          onShieldScenarioEnd: (event) => void ends.push(event.detail),
        }),
      );
      const el = await rendered<ScenarioElement>('shield-scenario');
      expect(el).to.be.an.instanceof(ScenarioElement);
      expect([el.scenario, el.headingLevel, el.noHelpline]).to.deep.equal([
        'transit-offer',
        3,
        true,
      ]);
      const $ = (part: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${part}]`);
      await waitUntil(() => $('start-button'));
      const press = async (part: string) => {
        $(part)!.click();
        await el.updateComplete;
      };
      await press('start-button');
      for (let i = 0; i < 2; i++) {
        await press('choice');
        await press('continue-button');
      }
      expect(ends).to.deep.equal([{ scenarioId: 'transit-offer', ending: 'riskier' }]);
    });
  });

  describe('ShieldStoryCarousel and ShieldStory', () => {
    const NOW = new Date(2025, 5, 15, 12, 0, 0);
    const story = (id: string): Story => ({
      id,
      heading: `Heading ${id}`,
      body: `Body of ${id}.`,
      consent: { given: '2024-01-01' },
    });

    it('takes stories as a property; onShieldStoryChange gets { index, storyId }', async () => {
      const stories = [story('a'), story('b')];
      const changes: unknown[] = [];
      render(
        createElement(ShieldStoryCarousel, {
          stories,
          now: NOW,
          list: false,
          onShieldStoryChange: (event) => void changes.push(event.detail),
        }),
      );
      const el = await rendered<CarouselElement>('shield-story-carousel');
      expect(el).to.be.an.instanceof(CarouselElement);
      expect(el.stories).to.equal(stories);
      el.shadowRoot!.querySelector<HTMLElement>('[part~=next]')!.click();
      await el.updateComplete;
      expect(changes).to.deep.equal([{ index: 1, storyId: 'b' }]);
    });

    it('reads <ShieldStory> children: their props become the attributes the carousel reads', async () => {
      render(
        createElement(
          ShieldStoryCarousel,
          { now: NOW, list: true },
          createElement(
            ShieldStory,
            {
              'story-id': 'amal',
              heading: 'I thought it was a real job',
              location: 'Eastern region',
              'consent-given': '2024-03-01',
            },
            createElement('p', null, 'First paragraph.'),
          ),
        ),
      );
      const el = await rendered<CarouselElement>('shield-story-carousel');
      const child = el.querySelector('shield-story')!;
      expect(child).to.be.an.instanceof(StoryElement);
      expect(
        ['story-id', 'heading', 'location', 'consent-given'].map((a) => child.getAttribute(a)),
      ).to.deep.equal(['amal', 'I thought it was a real job', 'Eastern region', '2024-03-01']);
      await waitUntil(() => text(el.shadowRoot!.querySelector('[part~=heading]')) !== '');
      expect(text(el.shadowRoot!.querySelector('[part~=heading]'))).to.equal(
        'I thought it was a real job',
      );
      expect(text(el.shadowRoot!.querySelector('[part~=item]'))).to.contain('First paragraph.');
    });
  });

  describe('ShieldCampaign', () => {
    it('provides its data to the widgets React renders inside it; onShieldCampaignReady gets { id, problems }', async () => {
      const ready: unknown[] = [];
      const data = {
        version: 1,
        id: 'ua-pl-2026',
        languages: { default: 'en', offered: ['en'] },
        country: 'PL',
        strings: { en: { 'quickExit.label': 'Leave this page now' } },
      };
      render(
        createElement(
          ShieldCampaign,
          { data, onShieldCampaignReady: (event) => void ready.push(event.detail) },
          createElement('section', null, createElement(ShieldQuickExit)),
        ),
      );
      const campaign = container!.querySelector('shield-campaign')!;
      expect(campaign).to.be.an.instanceof(CampaignElement);
      expect(campaign.data).to.equal(data);
      await waitUntil(() => ready.length > 0, 'campaign not ready', { timeout: 2000 });
      expect(ready).to.deep.equal([{ id: 'ua-pl-2026', problems: 0 }]);
      const exit = await rendered<QuickExitElement>('shield-quick-exit');
      await waitUntil(() => text(exit.shadowRoot!.querySelector('[part=button]')).includes('now'));
      expect(text(exit.shadowRoot!.querySelector('[part=button]'))).to.contain(
        'Leave this page now',
      );
    });
  });
});
