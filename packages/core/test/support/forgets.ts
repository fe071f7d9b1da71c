/**
 * The moments a widget must forget what the reader did (their answers, their path, the country
 * they picked, the stories they opened): a quick exit anywhere on the page, and the page being
 * hidden, whether it is unloaded or kept in the back/forward cache. One test per moment, each with
 * its own fixture, so every widget that holds reader state is tested against the same list.
 */

/** How each moment reaches a widget: as the browser or the quick exit sends it. */
export const LEAVING: readonly (readonly [name: string, leave: () => void])[] = [
  [
    'shield-exit',
    // As <shield-quick-exit> emits it: from an element, bubbling and composed, up to window.
    () =>
      document.body.dispatchEvent(
        new CustomEvent('shield-exit', {
          detail: { trigger: 'activation' },
          bubbles: true,
          composed: true,
          cancelable: true,
        }),
      ),
  ],
  ['pagehide', () => window.dispatchEvent(new PageTransitionEvent('pagehide'))],
  [
    'pagehide into the back/forward cache',
    () => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })),
  ],
];

/**
 * Declares one test per moment of `LEAVING`, named by `title(moment)`. `body` gets `leave`: it sets
 * up the reader's state, calls `leave()`, and asserts what the reader would see afterwards.
 *
 * @example
 * itForgets((on) => `forgets the path on ${on}`, async (leave) => {
 *   const el = await fixture(html`<shield-scenario></shield-scenario>`);
 *   // …take a step…
 *   leave();
 *   await el.updateComplete;
 *   expect(part(el, 'start-button')).not.to.equal(null);
 * });
 */
export function itForgets(
  title: (moment: string) => string,
  body: (leave: () => void) => Promise<void>,
): void {
  for (const [moment, leave] of LEAVING) it(title(moment), () => body(leave));
}
