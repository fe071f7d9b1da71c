/** Helpers for the studio's browser tests: the element, its shadow DOM, a download's bytes. */
import { fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ShieldStudio } from '../../src/index.js';

/** The built studio's folder (`npm run build`): the preview frame loads its widgets from there. */
export const BASE = '/packages/studio/dist/';

export async function studio(uiLanguage = 'en'): Promise<ShieldStudio> {
  const el = await fixture<ShieldStudio>(
    html`<shield-studio base=${BASE} ui-language=${uiLanguage}></shield-studio>`,
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

/** The element whose `data-path` is `path`. */
export const field = <T extends Element = HTMLInputElement>(el: ShieldStudio, path: unknown[]): T =>
  $<T>(el, `[data-path="${CSS.escape(JSON.stringify(path))}"]`);

/** The studio's polite announcement. */
export const announced = (el: ShieldStudio): string =>
  $(el, '[role="status"][aria-live="polite"]').textContent!.trim();

/** The element that has focus inside the studio. */
export const focused = (el: ShieldStudio): HTMLElement | null =>
  el.shadowRoot!.activeElement as HTMLElement | null;

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

/** The first button whose accessible name (aria-label, else text) is `name`. */
export const buttonNamed = (el: ShieldStudio, name: string | RegExp): HTMLButtonElement => {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => {
    const label = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found) throw new Error(`no button named ${String(name)}`);
  return found;
};

/** Types `text` into a field as a person would (value, then input and change events). */
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

/** Whether the field at `path` has focus (false while it is not drawn yet). */
export const hasFocus = (el: ShieldStudio, path: unknown[]): boolean =>
  focused(el)?.getAttribute('data-path') === JSON.stringify(path);
