import '../../core/test/support/safety-guard.js';
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from './support/pages.js';
import { validateCampaign } from '../../campaign/src/index.js';

// Every runnable example, loaded as a reader's browser would (`npm test` builds the CDN file and
// the Vite examples first). An example that does not render is a broken promise to agencies.

const root = new URL('../../../examples/', import.meta.url);

const open = async (path: string) => (await openPage(new URL(path, root), 900)).contentDocument!;

/** Waits until every Shieldkit element in the page (outside shadow roots) has rendered. */
async function allUpgraded(doc: Document, path: string): Promise<string[]> {
  const tags = () =>
    [...doc.querySelectorAll('*')].filter(
      (el) =>
        el.localName.startsWith('shield-') &&
        el.localName !== 'shield-story' &&
        el.localName !== 'shield-campaign',
    );
  await waitUntil(
    () => tags().length > 0 && tags().every((el) => (el.shadowRoot?.childElementCount ?? 0) > 0),
    `${path}: not upgraded: ${tags()
      .filter((el) => !el.shadowRoot?.childElementCount)
      .map((el) => el.localName)
      .join(', ')}`,
    { timeout: 5000 },
  );
  return [...new Set(tags().map((el) => el.localName))];
}

describe('examples', () => {
  it('the demo page shows every element', async function () {
    this.timeout(8000);
    const doc = await open('index.html');
    expect(await allUpgraded(doc, 'index.html')).to.include.members([
      'shield-quick-exit',
      'shield-helpline-banner',
      'shield-red-flag-checklist',
      'shield-story-carousel',
      'shield-scenario',
    ]);
  });

  it('cdn-script-tag: one script and a campaign file', async function () {
    this.timeout(8000);
    const doc = await open('cdn-script-tag/');
    await allUpgraded(doc, 'cdn-script-tag');
    const campaign = doc.querySelector('shield-campaign') as HTMLElement & {
      campaign?: { id?: string };
    };
    await waitUntil(() => campaign.campaign?.id === 'example-us', 'the campaign file was not used');
  });

  it('campaign-ukraine-poland: Ukrainian first, the displacement banner, the campaign story', async function () {
    this.timeout(8000);
    const doc = await open('campaign-ukraine-poland/');
    await allUpgraded(doc, 'campaign-ukraine-poland');
    const banner = doc.querySelector('shield-helpline-banner')!;
    await waitUntil(
      () => banner.shadowRoot!.textContent!.includes('+38 044 284 19 15'),
      'no from-abroad line',
    );
    // A Polish line where the reader is, and Ukraine's short codes never shown in Poland.
    const text = banner.shadowRoot!.textContent!;
    expect(text).to.include('+48 22 628 99 99');
    expect([...banner.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')))
      .to.include('tel:112')
      .and.not.include('tel:527');
    const carousel = doc.querySelector('shield-story-carousel')!;
    await waitUntil(
      () => carousel.shadowRoot!.textContent!.includes('Пропозиція роботи'),
      'no Ukrainian story',
      {
        timeout: 4000,
      },
    );
  });

  it('rtl-arabic: every widget right to left, in Arabic', async function () {
    this.timeout(8000);
    const doc = await open('rtl-arabic/');
    await allUpgraded(doc, 'rtl-arabic');
    const exit = doc.querySelector('shield-quick-exit')!;
    await waitUntil(() => exit.shadowRoot!.textContent!.includes('الخروج'), 'not in Arabic');
    expect(exit.shadowRoot!.querySelector<HTMLElement>('[part=base]')!.dir).to.equal('rtl');
  });

  it('strict-csp: served with the strict policy, and every widget renders', async function () {
    this.timeout(8000);
    const response = await fetch(new URL('strict-csp/', root));
    expect(response.headers.get('content-security-policy')).to.contain(
      "require-trusted-types-for 'script'",
    );
    const doc = await open('strict-csp/');
    expect(await allUpgraded(doc, 'strict-csp')).to.have.members([
      'shield-quick-exit',
      'shield-helpline-banner',
      'shield-red-flag-checklist',
      'shield-story-carousel',
    ]);
  });

  for (const example of ['npm-vite', 'react']) {
    it(`${example}: the Vite build renders`, async function () {
      this.timeout(8000);
      const doc = await open(`${example}/dist/index.html`);
      await allUpgraded(doc, example);
    });
  }

  for (const file of ['cdn-script-tag/campaign.json', 'campaign-ukraine-poland/campaign.json']) {
    it(`${file} is a valid campaign`, async () => {
      const campaign = await (await fetch(new URL(file, root))).json();
      expect(validateCampaign(campaign)).to.deep.equal([]);
    });
  }
});
