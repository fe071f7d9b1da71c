import { fixture, html, waitUntil } from '@open-wc/testing';

/**
 * Loads `url` in an iframe, as a reader's browser would, and resolves once that page (not the
 * frame's first blank document, which is already "complete") has finished loading.
 */
export async function openPage(url: URL | string, height = 1200): Promise<HTMLIFrameElement> {
  const href = new URL(url, location.href).href;
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      title=${href}
      style="inline-size: 800px; block-size: ${height}px"
      src=${href}
    ></iframe>`,
  );
  await waitUntil(
    () =>
      frame.contentWindow?.location.href !== 'about:blank' &&
      frame.contentDocument?.readyState === 'complete',
    `${href} did not load`,
    { timeout: 4000 },
  );
  return frame;
}

/** True when every element of `tags` in the page has rendered its shadow root. */
export function upgraded(doc: Document, tags: readonly string[]): boolean {
  return tags.every((tag) => {
    // Not the shadow root's children: from the upgrade on, it holds a placeholder `<slot>`.
    const el = doc.querySelector<Element & { hasUpdated?: boolean }>(tag);
    return el?.hasUpdated === true;
  });
}
