import '../../core/test/support/safety-guard.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { collectShieldErrors, spyConsole } from '../../core/test/support/console-spy.js';
import type { ShieldHelplineBanner } from '@shieldkit/helpline-banner';
import type { ShieldQuickExit } from '@shieldkit/quick-exit';
import '@shieldkit/helpline-banner/define.js';
import '@shieldkit/red-flag-checklist/define.js';
import '@shieldkit/story-carousel/define.js';
import { mount, type ShieldCampaign } from '../src/index.js';
import '../src/define.js';

const GOOD = new URL('./fixtures/good.json', import.meta.url).href;
const exitHref = (exit: ShieldQuickExit) =>
  exit.shadowRoot?.querySelector<HTMLAnchorElement>('[part=button]')?.href;
const bannerNames = (banner: ShieldHelplineBanner) =>
  [...(banner.shadowRoot?.querySelectorAll('[part=name]') ?? [])].map((n) => n.textContent!.trim());

/** A campaign page: the campaign inline (a JSON script child), a quick exit and a nested banner. */
async function inline(campaign: object | string): Promise<ShieldCampaign> {
  const el = await fixture<ShieldCampaign>(
    html`<div>
      <shield-quick-exit></shield-quick-exit>
      <section><shield-helpline-banner></shield-helpline-banner></section>
    </div>`,
  );
  // The campaign element is built by hand: Lit does not bind inside <script>.
  const wrapper = el as unknown as HTMLDivElement;
  const element = document.createElement('shield-campaign');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof campaign === 'string' ? campaign : JSON.stringify(campaign);
  element.append(script, ...wrapper.childNodes);
  wrapper.append(element);
  return element;
}

const minimal = { version: 1, id: 'demo', languages: { default: 'en' } };

describe('<shield-campaign>', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('reads an inline JSON campaign (no request) and gives it to nested widgets', async () => {
    const campaign = {
      ...minimal,
      country: 'GB',
      quickExit: { href: 'https://weather.example/' },
      strings: { en: { 'quickExit.label': 'Leave now' } },
    };
    const el = await inline(campaign);
    const exit = el.querySelector('shield-quick-exit')!;
    const banner = el.querySelector('shield-helpline-banner')!;
    await waitUntil(
      () => exitHref(exit) === 'https://weather.example/',
      'the exit did not take the campaign href',
    );
    await waitUntil(() => bannerNames(banner)[0] === 'Modern Slavery & Exploitation Helpline');
    expect(exit.shadowRoot!.querySelector('[part=button]')!.textContent).to.contain('Leave now');
    expect(
      performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.json')),
    ).to.have.length(0);
  });

  it('fetches a campaign from src, once, and uses its default language', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<ShieldCampaign>(
      html`<shield-campaign src=${GOOD}>
        <shield-quick-exit></shield-quick-exit>
      </shield-campaign>`,
    );
    await oneEvent(el, 'shield-campaign-ready');
    const exit = el.querySelector('shield-quick-exit')!;
    await waitUntil(() =>
      exit.shadowRoot?.querySelector('[part=button]')?.textContent?.includes('Вийти'),
    );
    expect(exitHref(exit)).to.equal('https://pogoda.example/');
    expect(el.campaign!.id).to.equal('ua-pl-2026');
    expect(performance.getEntriesByName(GOOD)).to.have.length(1);
  });

  it('reaches widgets inside other widgets’ shadow roots, and widgets added later', async () => {
    const el = await inline({
      ...minimal,
      country: 'US',
      quickExit: { href: 'https://later.example/' },
    });
    const late = document.createElement('shield-helpline-banner');
    late.setAttribute('quick-exit', '');
    el.append(late);
    await waitUntil(() => bannerNames(late)[0] === 'National Human Trafficking Hotline');
    const nested = late.shadowRoot!.querySelector('shield-quick-exit')!;
    await waitUntil(() => exitHref(nested) === 'https://later.example/');
  });

  it('quickExit.safetyHref links the safety note of every quick exit without its own safety-href', async () => {
    const el = await inline({
      ...minimal,
      country: 'US',
      quickExit: { safetyHref: 'https://agency.example/safer' },
    });
    const safetyLink = (exit: Element) =>
      exit.shadowRoot?.querySelector<HTMLAnchorElement>('[part=safety-link]')?.href;
    const plain = el.querySelector('shield-quick-exit')!;
    plain.setAttribute('safety-info', '');
    const own = document.createElement('shield-quick-exit');
    own.setAttribute('safety-info', '');
    own.setAttribute('safety-href', 'https://own.example/');
    el.append(own);
    await waitUntil(
      () => safetyLink(plain) === 'https://agency.example/safer',
      'the exit without safety-href did not link the campaign page',
    );
    await waitUntil(() => safetyLink(own) === 'https://own.example/', 'its own safety-href lost');
    const banner = el.querySelector('shield-helpline-banner')!;
    banner.setAttribute('quick-exit', '');
    await waitUntil(() => banner.shadowRoot?.querySelector('shield-quick-exit'));
    const nested = banner.shadowRoot!.querySelector('shield-quick-exit')!;
    nested.setAttribute('safety-info', '');
    await waitUntil(
      () => safetyLink(nested) === 'https://agency.example/safer',
      'the exit inside the banner did not link the campaign page',
    );
  });

  it('applies the theme to the global tokens every widget inherits', async () => {
    const el = await inline({ ...minimal, theme: { primary: '#5a1a8b', radius: '0' } });
    await waitUntil(() => el.style.getPropertyValue('--shield-color-primary') === '#5a1a8b');
    const banner = el.querySelector('shield-helpline-banner')!;
    banner.country = 'US';
    await banner.updateComplete;
    const channel = banner.shadowRoot!.querySelector('[part=channel]')!;
    expect(getComputedStyle(channel).backgroundColor).to.equal('rgb(90, 26, 139)');
    expect(getComputedStyle(channel).borderTopLeftRadius).to.equal('0px');
  });

  it('a theme pair below WCAG AA keeps its default colours (the exit stays readable), says why, and the rest of the theme is used', async () => {
    const errors = spyConsole('error');
    const events = collectShieldErrors();
    try {
      const el = await inline({
        ...minimal,
        theme: { danger: '#fff', onDanger: '#fff', primary: '#5a1a8b' },
      });
      await waitUntil(() => el.style.getPropertyValue('--shield-color-primary') === '#5a1a8b');
      expect(el.style.getPropertyValue('--shield-color-danger')).to.equal('');
      expect(el.style.getPropertyValue('--shield-color-on-danger')).to.equal('');
      const exit = el.querySelector('shield-quick-exit')!;
      await exit.updateComplete;
      const button = exit.shadowRoot!.querySelector('[part=button]')!;
      // The defaults: #b3261e with #ffffff text.
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(179, 38, 30)');
      expect(getComputedStyle(button).color).to.equal('rgb(255, 255, 255)');
      expect(events.codes).to.deep.equal(['invalid-campaign']);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain(
        'theme.onDanger (#fff) on theme.danger (#fff) has a contrast of 1:1, below the 4.5:1 text needs (WCAG AA): theme.onDanger and theme.danger are left out',
      );
    } finally {
      errors.restore();
      events.stop();
    }
  });

  it('an invalid campaign: one console error listing every problem, a shield-error, and the valid parts used', async () => {
    const errors = spyConsole('error');
    const events = collectShieldErrors();
    try {
      const el = await inline({
        ...minimal,
        country: 'US',
        theme: { primary: 'blue' },
        quickExit: { href: 'javascript:alert(1)' },
      });
      const banner = el.querySelector('shield-helpline-banner')!;
      await waitUntil(
        () => bannerNames(banner)[0] === 'National Human Trafficking Hotline',
        'the country was not used',
      );
      expect(events.codes).to.deep.equal(['invalid-campaign']);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain('the campaign has 2 problems');
      expect(errors.messages[0])
        .to.contain('theme.primary is "blue"')
        .and.to.contain('quickExit.href');
      const exit = el.querySelector('shield-quick-exit')!;
      await exit.updateComplete;
      expect(exitHref(exit)).to.equal('https://www.wikipedia.org/');
      expect(el.style.getPropertyValue('--shield-color-primary')).to.equal('');
    } finally {
      errors.restore();
      events.stop();
    }
  });

  it('an unreachable campaign: reported, and the widgets keep their defaults', async () => {
    const errors = spyConsole('error');
    const events = collectShieldErrors();
    try {
      const el = await fixture<ShieldCampaign>(
        html`<shield-campaign src="./no-such-campaign.json">
          <shield-helpline-banner country="US"></shield-helpline-banner>
        </shield-campaign>`,
      );
      await waitUntil(() => events.codes.length > 0);
      expect(events.codes).to.deep.equal(['campaign-unreachable']);
      expect(errors.messages[0])
        .to.contain('the campaign could not be loaded')
        .and.to.contain('404');
      // The banner's first render runs in tasks of its own: the 404 may well come back first.
      const banner = el.querySelector('shield-helpline-banner')!;
      await banner.updateComplete;
      expect(bannerNames(banner)).to.deep.equal(['National Human Trafficking Hotline']);
    } finally {
      errors.restore();
      events.stop();
    }
  });

  describe('fetching src', () => {
    /** Replaces fetch for one test: each call gets the next answer (a promise the test may hold). */
    function stubFetch(...answers: ((init: RequestInit) => Promise<Response>)[]) {
      const original = window.fetch;
      const calls: { url: string; init: RequestInit }[] = [];
      window.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
        calls.push({ url: String(input), init });
        const answer = answers.shift();
        return answer ? answer(init) : original(input, init);
      };
      return { calls, restore: () => void (window.fetch = original) };
    }
    /** An answer that never comes, unless the request is aborted (as a real fetch behaves). */
    const never = (init: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
      );
    const json = (value: unknown, headers?: HeadersInit) =>
      Promise.resolve(new Response(JSON.stringify(value), { headers }));

    it('sends no cookies or credentials with the request', async () => {
      const stub = stubFetch(() => json(minimal));
      try {
        const el = await fixture<ShieldCampaign>(
          html`<shield-campaign src="./credentials.json"></shield-campaign>`,
        );
        await oneEvent(el, 'shield-campaign-ready');
        expect(stub.calls[0]!.init.credentials).to.equal('omit');
        expect(stub.calls[0]!.init.referrerPolicy).to.equal('no-referrer');
      } finally {
        stub.restore();
      }
    });

    it('gives up after loadTimeout (10 s by default): campaign-unreachable, widgets keep defaults', async () => {
      expect(customElements.get('shield-campaign')!).to.have.property('loadTimeout', 10_000);
      const Campaign = customElements.get('shield-campaign') as unknown as { loadTimeout: number };
      const stub = stubFetch(never);
      const errors = spyConsole('error');
      const events = collectShieldErrors();
      Campaign.loadTimeout = 20;
      try {
        await fixture<ShieldCampaign>(html`<shield-campaign src="./slow.json"></shield-campaign>`);
        await waitUntil(() => events.codes.length > 0, 'the load never gave up');
        expect(events.codes).to.deep.equal(['campaign-unreachable']);
        expect(errors.messages[0]).to.contain('did not answer');
        expect(stub.calls[0]!.init.signal!.aborted).to.equal(true);
      } finally {
        Campaign.loadTimeout = 10_000;
        stub.restore();
        errors.restore();
        events.stop();
      }
    });

    it('a slower, older load never reports over a newer one', async () => {
      let answerOld!: (response: Response) => void;
      const held = new Promise<Response>((resolve) => (answerOld = resolve));
      const stub = stubFetch(
        () => held, // ignores the abort, like a server that answers anyway
        () => json({ ...minimal, id: 'new' }),
      );
      const events = collectShieldErrors();
      const warnings = spyConsole('error');
      try {
        const el = await fixture<ShieldCampaign>(
          html`<shield-campaign src="./old.json"></shield-campaign>`,
        );
        el.src = './new.json';
        await oneEvent(el, 'shield-campaign-ready');
        expect(el.campaign!.id).to.equal('new');
        let ready = 0;
        el.addEventListener('shield-campaign-ready', () => ready++);
        answerOld(new Response('oops', { status: 500 }));
        await held;
        await new Promise((resolve) => setTimeout(resolve)); // every promise reaction has run
        expect([events.codes, warnings.messages, ready, el.campaign!.id]).to.deep.equal([
          [],
          [],
          0,
          'new',
        ]);
      } finally {
        stub.restore();
        events.stop();
        warnings.restore();
      }
    });

    it('refuses a file over 512 KB, by its Content-Length or while reading it', async () => {
      let pulls = 0;
      // An endless body: reading it whole would never finish.
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulls++;
          controller.enqueue(new TextEncoder().encode(' '.repeat(64 * 1024)));
        },
      });
      const stub = stubFetch(
        () => json(minimal, { 'Content-Length': String(600 * 1024) }),
        () => Promise.resolve(new Response(endless)),
      );
      const errors = spyConsole('error');
      const events = collectShieldErrors();
      try {
        for (const name of ['./declared-large.json', './endless.json']) {
          const el = await fixture<ShieldCampaign>(
            html`<shield-campaign src=${name}></shield-campaign>`,
          );
          await waitUntil(() => events.codes.length > 0, `${name} was not refused`);
          expect(events.codes, name).to.deep.equal(['campaign-too-large']);
          expect(errors.messages[0], name).to.contain('512 KB');
          expect(el.campaign).to.equal(undefined);
          events.codes.length = 0;
          errors.messages.length = 0;
        }
        expect(pulls).to.be.at.most(10);
      } finally {
        stub.restore();
        errors.restore();
        events.stop();
      }
    });
  });

  it('broken inline JSON is reported, never thrown', async () => {
    const errors = spyConsole('error');
    try {
      await fixture(
        html`<shield-campaign
          ><script type="application/json">
            { "version": 1,
          </script></shield-campaign
        >`,
      );
      await waitUntil(() => errors.messages.length > 0);
      expect(errors.messages[0]).to.contain('its inline JSON is not valid');
    } finally {
      errors.restore();
    }
  });
});

describe('campaign content in the widgets', () => {
  it('the checklist takes the campaign’s set, own items (in the reader’s language) and removals', async () => {
    document.documentElement.lang = 'uk';
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('shield-campaign');
      el.data = {
        ...minimal,
        languages: { default: 'uk', offered: ['uk', 'en'] },
        checklist: {
          set: 'someone-else',
          add: [
            {
              id: 'own-item',
              text: { en: 'Works every night', uk: 'Працює щоночі' },
              urgent: true,
            },
          ],
        },
      };
      const checklist = document.createElement('shield-red-flag-checklist');
      el.append(checklist);
      wrapper.append(el);
      const item = () => checklist.shadowRoot?.querySelector('[part=item][data-item="own-item"]');
      await waitUntil(
        () => item()?.textContent?.includes('Працює щоночі'),
        'the campaign item never appeared',
        {
          timeout: 4000,
        },
      );
      expect(checklist.set).to.equal('someone-else');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('the story carousel shows the campaign’s stories in the reader’s language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="uk"></div>`);
    const el = document.createElement('shield-campaign');
    el.data = {
      ...minimal,
      stories: [
        {
          id: 'olena',
          heading: { uk: 'Історія Олени', en: "Olena's story" },
          body: { uk: 'Їй запропонували роботу.', en: 'She was offered a job.' },
          consent: { given: '2026-01-01' },
        },
      ],
    };
    const carousel = document.createElement('shield-story-carousel');
    el.append(carousel);
    wrapper.append(el);
    await waitUntil(
      () => carousel.shadowRoot?.textContent?.includes('Історія Олени'),
      'no campaign story',
      {
        timeout: 4000,
      },
    );
    expect(carousel.shadowRoot!.textContent).to.contain('Їй запропонували роботу.');
    wrapper.lang = 'en';
    await waitUntil(() => carousel.shadowRoot!.textContent!.includes("Olena's story"));
  });
});

describe('mount()', () => {
  it('puts a campaign with its widgets into a target, and takes it away again', async () => {
    const target = await fixture<HTMLDivElement>(html`<div id="help"></div>`);
    const mounted = mount(
      '#help',
      { ...minimal, country: 'US' },
      { widgets: ['quick-exit', 'helpline-banner'] },
    )!;
    expect(mounted.element.parentElement).to.equal(target);
    expect([...mounted.element.children].map((c) => c.localName)).to.deep.equal([
      'shield-quick-exit',
      'shield-helpline-banner',
    ]);
    const banner = mounted.element.querySelector('shield-helpline-banner')!;
    await waitUntil(() => bannerNames(banner)[0] === 'National Human Trafficking Hotline');
    mounted.unmount();
    expect(target.children).to.have.length(0);
  });

  it('reports a missing target instead of throwing', () => {
    const errors = spyConsole('error');
    try {
      expect(mount('#nowhere', minimal)).to.equal(undefined);
      expect(mount('#1 not a selector', minimal)).to.equal(undefined);
      expect(errors.messages[0]).to.contain('mount(): there is no element "#nowhere"');
    } finally {
      errors.restore();
    }
  });
});
