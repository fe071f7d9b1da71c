/**
 * Leaving the page: hide it at once, blank the title, show a plain "loading" overlay, then replace
 * the current history entry with the destination, sending no referrer. All of it in one task, so
 * nothing of the page is painted again after the reader asked to leave.
 */

/** The one place the page navigates; tests swap it (`setNavigation`) to stay on the page. */
export interface Navigation {
  replace(url: string): void;
  openInNewTab(url: string): void;
}

const browserNavigation: Navigation = {
  replace: (url) => location.replace(url),
  openInNewTab: (url) => void window.open(url, '_blank', 'noopener,noreferrer'),
};

let navigation = browserNavigation;

/** Test seam: route navigation elsewhere; call with no argument to restore the browser's. */
export function setNavigation(replacement?: Navigation): void {
  navigation = replacement ?? browserNavigation;
}

let overlay: HTMLElement | undefined;
let referrerMeta: HTMLMetaElement | undefined;
let savedTitle = '';

/** True between `leave()` and a back/forward-cache restore: a second exit does nothing. */
export const isLeaving = (): boolean => overlay !== undefined;

export interface LeaveOptions {
  url: string;
  newTab: boolean;
  /** The overlay's text ("Loading…") in the reader's language, with its `lang` and `dir`. */
  text: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

function createOverlay({ text, lang, dir }: LeaveOptions): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('role', 'alert');
  element.setAttribute('data-shield-exit-overlay', '');
  element.lang = lang;
  element.dir = dir;
  element.textContent = text;
  // CSSOM writes, not a style attribute: allowed under a strict CSP.
  const style = element.style;
  style.setProperty('visibility', 'visible', 'important');
  style.setProperty('position', 'fixed', 'important');
  style.setProperty('inset', '0', 'important');
  style.setProperty('z-index', '2147483647', 'important');
  style.setProperty('display', 'flex', 'important');
  style.setProperty('align-items', 'center', 'important');
  style.setProperty('justify-content', 'center', 'important');
  style.setProperty('background', '#ffffff', 'important');
  style.setProperty('color', '#1f1f1f', 'important');
  style.setProperty('font', '1.25rem system-ui, sans-serif', 'important');
  return element;
}

/** Puts the page back as it was when the browser restores it from the back/forward cache. */
function restoreOnPageShow(event: PageTransitionEvent): void {
  if (!event.persisted) return;
  window.removeEventListener('pageshow', restoreOnPageShow);
  restorePage();
}

/** Undoes `leave()`: shows the page, its title, and removes the overlay. */
export function restorePage(): void {
  document.documentElement.style.removeProperty('visibility');
  overlay?.remove();
  overlay = undefined;
  referrerMeta?.remove();
  referrerMeta = undefined;
  if (savedTitle) document.title = savedTitle;
}

/** Hides the page and navigates away. Safe to call twice: the second call does nothing. */
export function leave(options: LeaveOptions): void {
  if (overlay) return;
  document.documentElement.style.setProperty('visibility', 'hidden', 'important');
  overlay = createOverlay(options);
  document.documentElement.append(overlay);
  savedTitle = document.title;
  document.title = '';
  // A referrer policy inserted now applies to the navigation below: the destination learns nothing.
  referrerMeta = document.createElement('meta');
  referrerMeta.name = 'referrer';
  referrerMeta.content = 'no-referrer';
  document.head.append(referrerMeta);
  window.addEventListener('pageshow', restoreOnPageShow);
  if (options.newTab) navigation.openInNewTab(options.url);
  navigation.replace(options.url);
}
