/**
 * What the studio's browser tests share: a studio on the page, finding its controls as a person
 * names them, typing, choosing files, catching a download's bytes, and waiting for the preview or
 * the shadow DOM without a clock. The preview frame loads the built studio (packages/studio/dist/,
 * `npm run build`): its widgets are the CDN files.
 */
import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { ShieldStudio, PreviewReport } from '../../src/index.js';
import { TEMPLATES } from '../../src/templates.js';

export const BASE = '/packages/studio/dist/';
export const ukrainePoland = TEMPLATES.find((t) => t.name === 'campaign-ukraine-poland')!.campaign;

/** A studio in `language` (its own words: en, ar or uk). */
export async function studio(language = 'en'): Promise<ShieldStudio> {
  const el = await fixture<ShieldStudio>(
    html`<shield-studio base=${BASE} ui-language=${language}></shield-studio>`,
  );
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: ShieldStudio, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
export const $$ = <T extends Element = HTMLElement>(el: ShieldStudio, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
/** The control (or group) of the campaign's value at `path`. */
export const field = <T extends Element = HTMLInputElement>(el: ShieldStudio, path: unknown[]): T =>
  $<T>(el, `[data-path="${CSS.escape(JSON.stringify(path))}"]`);
export const buttonNamed = (el: ShieldStudio, name: string | RegExp): HTMLButtonElement => {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => {
    const label = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found) throw new Error(`no button named ${String(name)}`);
  return found;
};
/** The element that has focus inside the studio (null when focus left it). */
export const focused = (el: ShieldStudio): HTMLElement | null =>
  el.shadowRoot!.activeElement as HTMLElement | null;

/** Whether the field at `path` has focus (false while it is not drawn yet). */
export const hasFocus = (el: ShieldStudio, path: unknown[]): boolean =>
  focused(el)?.getAttribute('data-path') === JSON.stringify(path);

/** The studio's polite announcement. */
export const announced = (el: ShieldStudio): string =>
  $(el, '[role="status"][aria-live="polite"]').textContent!.trim();

/** Waits for the render a click started, and for the focus the studio moves after it. */
export async function settle(el: ShieldStudio): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

/** Types `text` into an input as a person would (value, then an input event). */
export async function type(
  el: ShieldStudio,
  input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  text: string,
): Promise<void> {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Picks `value` in a select, as a person does (then the change event). */
export async function pick(el: ShieldStudio, select: HTMLSelectElement, value: string) {
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Chooses files on a file input, as the browser's file picker does. */
export async function choose(input: HTMLInputElement, ...files: File[]): Promise<void> {
  const transfer = new DataTransfer();
  files.forEach((file) => transfer.items.add(file));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Resolves with the bytes of the next download the studio starts (the download itself is stopped). */
export function nextDownload(el: ShieldStudio): Promise<{ name: string; text: string }> {
  return new Promise((resolve) => {
    const root = el.shadowRoot!;
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      root.removeEventListener('click', onClick, true);
      void fetch(link.href)
        .then((response) => response.text())
        .then((text) => resolve({ name: link.download, text }));
    };
    root.addEventListener('click', onClick, true);
  });
}

/** The campaign as "Download campaign.json" writes it. */
export async function downloaded(el: ShieldStudio): Promise<Record<string, unknown>> {
  const download = nextDownload(el);
  $(el, '.export button.primary').click(); // "Download campaign.json"
  return JSON.parse((await download).text) as Record<string, unknown>;
}

/** Waits for the preview to report text that `wanted` accepts (no clock: the frame's own report). */
export function previewShows(
  el: ShieldStudio,
  wanted: (r: PreviewReport) => boolean,
): Promise<PreviewReport> {
  return new Promise((resolve) => {
    if (el.previewReport && wanted(el.previewReport)) return resolve(el.previewReport);
    const listener = (event: Event) => {
      const report = (event as CustomEvent<PreviewReport>).detail;
      if (!wanted(report)) return;
      el.removeEventListener('shield-studio-preview', listener);
      resolve(report);
    };
    el.addEventListener('shield-studio-preview', listener);
  });
}

/** Resolves when `ready()` gives a value, checked after every change of the studio's shadow DOM. */
export function until<T>(el: ShieldStudio, ready: () => T | null | undefined | false): Promise<T> {
  return new Promise((resolve) => {
    const now = ready();
    if (now) return resolve(now);
    const observer = new MutationObserver(() => {
      const value = ready();
      if (!value) return;
      observer.disconnect();
      resolve(value);
    });
    observer.observe(el.shadowRoot!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

export async function openFile(el: ShieldStudio, name: string, text: string): Promise<void> {
  const changed = oneEvent(el, 'shield-studio-change');
  await choose(
    $<HTMLInputElement>(el, 'input#file'),
    new File([text], name, { type: 'application/json' }),
  );
  await changed;
  await el.updateComplete;
}

/** Opens a template the way a person does: picks it, then "Use template". */
export async function useTemplate(el: ShieldStudio, name: string): Promise<void> {
  await pick(el, $<HTMLSelectElement>(el, '#template'), name);
  buttonNamed(el, el.t('open.templateOpen')).click();
  await el.updateComplete;
}
