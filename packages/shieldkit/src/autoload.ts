import { reportError } from '@shieldkit/core';

/**
 * Loads an element's code the first time its tag appears in the document (now, or later: a
 * MutationObserver watches until every tag has been seen). Until then the element shows its
 * light-DOM fallback, as it would without JavaScript.
 *
 * Elements created only inside other shadow roots are not seen: import their `define.js` instead.
 */
export function autoload(loaders: Record<string, () => Promise<unknown>>): void {
  const waiting = new Map(Object.entries(loaders));
  const seen = (root: Element | Document, tag: string) =>
    (root instanceof Element && root.localName === tag) || root.querySelector(tag) !== null;

  const scan = (root: Element | Document): void => {
    for (const [tag, load] of waiting) {
      if (!seen(root, tag)) continue;
      waiting.delete(tag);
      load().catch((error: unknown) =>
        reportError(document, {
          code: 'load-failed',
          message: `<${tag}> could not be loaded (${String(error)}); its content stays as written.`,
        }),
      );
    }
    if (waiting.size === 0) observer.disconnect();
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  scan(document);
}
