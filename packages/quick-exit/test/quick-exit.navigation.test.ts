import '../../core/test/support/safety-guard.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

// These tests load pages in an iframe, as a reader's browser would, and follow real navigations.
// They live apart from quick-exit.test.ts so the frame's own copy of the element does not mix
// with the main test page's.
describe('<shield-quick-exit> in a real page', () => {
  it('without the script, the light-DOM link is a working link', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        title="no-js"
        src=${new URL('./fixtures/no-js-page.html', import.meta.url).href}
      ></iframe>`,
    );
    await waitUntil(
      () =>
        frame.contentDocument?.readyState === 'complete' &&
        frame.contentDocument.querySelector('a'),
    );
    const doc = frame.contentDocument!;
    expect(frame.contentWindow!.customElements.get('shield-quick-exit')).to.equal(undefined);
    const link = doc.querySelector('a')!;
    expect(link.getClientRects().length).to.be.greaterThan(0);
    const arrived = oneEvent(frame, 'load');
    link.click();
    await arrived;
    expect(frame.contentWindow!.location.pathname).to.match(/\/fixtures\/safe\.html$/);
  });

  it('really leaves: a local page is replaced in history and sends no referrer', async () => {
    const safe = new URL('./fixtures/safe.html', import.meta.url).href;
    const page = new URL('./fixtures/exit-page.html', import.meta.url);
    page.searchParams.set('to', safe);
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="exit" src=${page.href}></iframe>`,
    );
    await waitUntil(
      () =>
        frame.contentDocument?.querySelector('shield-quick-exit')?.shadowRoot?.querySelector('a')
          ?.href === safe,
      'the exit in the frame did not upgrade',
      { timeout: 4000 },
    );
    const historyLength = history.length;
    const arrived = oneEvent(frame, 'load');
    frame
      .contentDocument!.querySelector('shield-quick-exit')!
      .shadowRoot!.querySelector('a')!
      .click();
    await arrived;
    expect(frame.contentWindow!.location.href).to.equal(safe);
    expect(frame.contentDocument!.referrer).to.equal('');
    expect(history.length, 'replace() adds no history entry').to.equal(historyLength);
  });
});
