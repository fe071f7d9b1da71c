/**
 * The script of the studio's preview frame (`dist/preview/preview.js`). The frame is sandboxed
 * without `allow-same-origin`, so it cannot reach the studio's page: the campaign arrives by
 * `postMessage` and the frame answers with what its widgets show. Nothing here is exported; the
 * widgets come from the CDN build beside it (`kit/shieldkit.js`).
 */

interface Shown {
  type: 'campaign';
  campaign: unknown;
  lang: string;
  dir: string;
  widgets: string[];
}

const KNOWN = ['quick-exit', 'helpline-banner', 'red-flag-checklist', 'story-carousel'];
const studio = window.parent;
const root = document.getElementById('preview') ?? document.body;
let observer: MutationObserver | undefined;
let reportQueued = false;
let shownWidgets: string[] = [];
let exitHref = '';

/** The text of an element and of every shadow root inside it. */
function textOf(node: Node): string {
  let out = '';
  const visit = (current: Node): void => {
    if (current.nodeType === Node.TEXT_NODE) out += current.textContent ?? '';
    if (current instanceof Element && current.shadowRoot) visit(current.shadowRoot);
    if (current instanceof HTMLElement && ['STYLE', 'SCRIPT'].includes(current.tagName)) return;
    current.childNodes.forEach(visit);
  };
  visit(node);
  return out.replace(/\s+/g, ' ').trim();
}

function report(): void {
  reportQueued = false;
  studio.postMessage(
    {
      type: 'shown',
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      widgets: shownWidgets,
      text: textOf(root).slice(0, 20_000),
    },
    '*',
  );
}

/**
 * Reports once per batch of changes while the widgets render (their languages and data arrive
 * later). A microtask, not an animation frame: the browser pauses frames (and slows timers) in a
 * cross-origin frame scrolled out of view.
 */
function queueReport(): void {
  if (reportQueued) return;
  reportQueued = true;
  queueMicrotask(report);
}

function watch(element: Element): void {
  observer?.observe(element, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  if (element.shadowRoot)
    observer?.observe(element.shadowRoot, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  for (const child of element.shadowRoot?.querySelectorAll('*') ?? []) watch(child);
}

function show({ campaign, lang, dir, widgets }: Shown): void {
  const quickExit = (campaign as { quickExit?: { href?: unknown } } | null)?.quickExit;
  exitHref = typeof quickExit?.href === 'string' ? quickExit.href : '';
  observer?.disconnect();
  observer = new MutationObserver(() => {
    root.querySelectorAll('*').forEach(watch);
    queueReport();
  });
  document.documentElement.lang = lang;
  document.documentElement.dir = dir === 'rtl' ? 'rtl' : 'ltr';
  shownWidgets = widgets.filter((name) => KNOWN.includes(name));
  const wrapper = document.createElement('shield-campaign') as HTMLElement & { data?: unknown };
  wrapper.data = campaign;
  for (const name of shownWidgets) wrapper.append(document.createElement(`shield-${name}`));
  root.replaceChildren(wrapper);
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  root.querySelectorAll('*').forEach(watch);
  void Promise.all(shownWidgets.map((name) => customElements.whenDefined(`shield-${name}`))).then(
    () => {
      root.querySelectorAll('*').forEach(watch);
      queueReport();
    },
  );
  queueReport();
}

window.addEventListener('message', (event) => {
  if (event.source !== studio) return;
  const data = event.data as Partial<Shown> | null;
  if (data?.type !== 'campaign' || !Array.isArray(data.widgets)) return;
  show(data as Shown);
});

// The quick exit would leave the page: stay in the studio and say where it would have gone.
document.addEventListener(
  'shield-exit',
  (event) => {
    event.preventDefault();
    const target = event.target as { destination?: unknown; href?: unknown } | null;
    const href = target?.destination ?? target?.href;
    studio.postMessage(
      { type: 'exit', href: typeof href === 'string' && href ? href : exitHref },
      '*',
    );
  },
  true,
);

studio.postMessage({ type: 'ready' }, '*');
