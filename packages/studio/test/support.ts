import { fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { ShieldStudio } from '../src/index.js';

// What the studio's test files share: the element as a page holds it, and finding in its shadow DOM.

/** The preview and print frames load the built studio (packages/studio/dist/, `npm run build`). */
export const BASE = '/packages/studio/dist/';

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

export const buttonNamed = (el: ShieldStudio, name: string | RegExp): HTMLButtonElement => {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => {
    const label = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found) throw new Error(`no button named ${String(name)}`);
  return found;
};
