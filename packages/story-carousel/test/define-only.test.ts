import '../../core/test/support/safety-guard.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// Only the carousel's registration, as an app that installs @shieldkit/story-carousel from npm.
import '@shieldkit/story-carousel/define.js';

describe('@shieldkit/story-carousel/define.js alone', () => {
  it('brings a working call to action: the helpline banner after the story', async () => {
    const el = await fixture(
      html`<shield-story-carousel country="US">
        <shield-story heading="A story" consent-given="2024-01-01"><p>Its text.</p></shield-story>
      </shield-story-carousel>`,
    );
    const banner = await waitUntil(
      () => el.shadowRoot?.querySelector('[part=cta] shield-helpline-banner'),
      'no banner in the call to action',
    ).then(() => el.shadowRoot!.querySelector('[part=cta] shield-helpline-banner')!);
    expect(customElements.get('shield-helpline-banner')).not.to.equal(undefined);
    await waitUntil(
      () => banner.shadowRoot?.querySelector('[part=name]')?.textContent?.trim(),
      'the banner never showed a helpline',
    );
    expect(banner.shadowRoot!.querySelector('[part=name]')!.textContent!.trim()).to.equal(
      'National Human Trafficking Hotline',
    );
    const link = banner.shadowRoot!.querySelector<HTMLAnchorElement>('[part~=channel]');
    expect(link?.href).to.match(/^tel:\+1/);
  });
});
