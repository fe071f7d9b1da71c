import '../../core/test/support/safety-guard.js';
import { expect, waitUntil } from '@open-wc/testing';
import { openPage, upgraded } from './support/pages.js';

// These tests load the built CDN file (packages/shieldkit/dist/shieldkit.js) in real pages, as an
// agency's site would: `npm test` builds it first.

const TAGS = [
  'shield-quick-exit',
  'shield-helpline-banner',
  'shield-red-flag-checklist',
  'shield-story-carousel',
];

const fixturePage = (file: string) => openPage(new URL(`./fixtures/${file}`, import.meta.url));

/** True when every element of `tags` in the frame has rendered its shadow root. */
const rendered = (frame: HTMLIFrameElement, tags: string[]) =>
  upgraded(frame.contentDocument!, tags);

describe('the CDN file', () => {
  it('renders every widget under a strict CSP with Trusted Types, with no violation', async function () {
    this.timeout(8000);
    const frame = await fixturePage('strict-csp.html');
    const win = frame.contentWindow as Window & { cspViolations: string[] };
    await waitUntil(
      () => rendered(frame, TAGS),
      `not every widget upgraded: ${win.cspViolations?.join('; ')}`,
      {
        timeout: 5000,
      },
    );
    // The checklist and carousel were fetched on first sight, from their own files.
    const loaded = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname);
    expect(loaded).to.include.members([
      '/packages/shieldkit/dist/widgets/red-flag-checklist.js',
      '/packages/shieldkit/dist/widgets/story-carousel.js',
    ]);
    // The page really is served with the policy.
    const response = await fetch(new URL('./fixtures/strict-csp.html', import.meta.url));
    expect(response.headers.get('content-security-policy')).to.contain(
      "require-trusted-types-for 'script'",
    );
    expect(win.cspViolations).to.deep.equal([]);
    // The campaign's theme reached the widgets through the tokens.
    const campaign = frame.contentDocument!.querySelector('shield-campaign') as HTMLElement;
    await waitUntil(() => campaign.style.getPropertyValue('--shield-color-primary') === '#5a1a8b');
  });

  it('loaded twice under the strict CSP: one duplicate-copy warning, no error, a story image with no violation', async function () {
    this.timeout(8000);
    const frame = await fixturePage('strict-csp-twice.html');
    const win = frame.contentWindow as Window & { logged: string[]; cspViolations: string[] };
    const tags = ['shield-quick-exit', 'shield-helpline-banner', 'shield-story-carousel'];
    await waitUntil(() => rendered(frame, tags), `not every widget upgraded: ${win.logged}`, {
      timeout: 5000,
    });
    const response = await fetch(new URL('./fixtures/strict-csp-twice.html', import.meta.url));
    expect(response.headers.get('content-security-policy')).to.contain(
      "trusted-types lit-html 'allow-duplicates'",
    );
    const carousel = frame.contentDocument!.querySelector('shield-story-carousel')!;
    const image = () => carousel.shadowRoot?.querySelector('img');
    await waitUntil(() => image()?.complete, 'the image never showed');
    await waitUntil(() => win.logged.length > 0, 'the second copy said nothing');
    expect(
      win.logged.filter((line) => !line.startsWith('warn: Shieldkit: loaded twice')),
    ).to.deep.equal([]);
    expect(win.logged).to.have.length(1);
    expect(win.cspViolations).to.deep.equal([]);
    expect(image()!.naturalWidth).to.be.greaterThan(0);
    const name = frame
      .contentDocument!.querySelector('shield-helpline-banner')!
      .shadowRoot!.querySelector('[part=name]');
    expect(name!.textContent!.trim()).to.equal('National Human Trafficking Hotline');
  });

  it('loaded twice on one page: the first copy works, one warning, nothing thrown', async function () {
    this.timeout(8000);
    const frame = await fixturePage('twice.html');
    const win = frame.contentWindow as Window & { logged: string[] };
    await waitUntil(
      () => rendered(frame, ['shield-quick-exit', 'shield-helpline-banner']),
      'widgets did not upgrade',
      {
        timeout: 5000,
      },
    );
    await waitUntil(() => win.logged.length > 0, 'the second copy said nothing');
    expect(win.logged.filter((line) => line.startsWith('uncaught'))).to.deep.equal([]);
    expect(win.logged).to.have.length(1);
    expect(win.logged[0]).to.match(/^warn: Shieldkit: loaded twice on this page/);
    // Neither the checklist nor the carousel is on this page: their code is never downloaded.
    const loaded = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((url) => url.includes('/dist/widgets/'))).to.deep.equal([]);
    const name = frame
      .contentDocument!.querySelector('shield-helpline-banner')!
      .shadowRoot!.querySelector('[part=name]');
    expect(name!.textContent!.trim()).to.equal('National Human Trafficking Hotline');
  });
});
