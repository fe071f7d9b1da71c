/**
 * The script of the studio's print frame (`dist/print/print.js`). The frame is sandboxed with
 * `allow-scripts allow-modals` and without `allow-same-origin`, so it cannot reach the studio's
 * page: the page `renderPrintHtml()` made arrives by `postMessage`, becomes this frame's document
 * (parsed, never run: a parsed document's scripts are inert and the CSP allows only this file),
 * and "print" opens the browser's print dialog for exactly that document. Nothing is exported and
 * nothing is imported (the file is copied, not bundled).
 */

interface Page {
  type: 'page';
  id: number;
  html: string;
}

/** Trusted Types, where the browser has them (TypeScript's DOM types do not). */
interface HtmlPolicy {
  createHTML(html: string): unknown;
}
const { trustedTypes } = window as {
  trustedTypes?: { createPolicy(name: string, rules: HtmlPolicy): HtmlPolicy };
};

const studio = window.parent;
// The one place HTML enters this frame (its CSP names this policy): the print page's markup,
// whose every text `@shieldkit/print` escaped.
const policy = trustedTypes?.createPolicy('shieldkit-print', { createHTML: (html) => html });
let shown = 0;

function show({ id, html }: Page): void {
  const parsed = new DOMParser().parseFromString(
    (policy ? policy.createHTML(html) : html) as string,
    'text/html',
  );
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  shown = id;
  const root = document.documentElement;
  studio.postMessage(
    { type: 'shown', id, width: root.scrollWidth, height: root.scrollHeight },
    '*',
  );
}

window.addEventListener('message', (event) => {
  if (event.source !== studio) return;
  const data = event.data as Partial<Page> | { type?: unknown; id?: unknown } | null;
  if (
    data?.type === 'page' &&
    typeof data.id === 'number' &&
    typeof (data as Page).html === 'string'
  )
    show(data as Page);
  // Prints only the page the studio asked for (not one still on its way).
  else if (data?.type === 'print' && data.id === shown && shown > 0) window.print();
});

studio.postMessage({ type: 'ready' }, '*');
