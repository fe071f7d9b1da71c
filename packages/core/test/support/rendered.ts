import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

type Renders = Element & { updateComplete?: Promise<unknown> };

/**
 * Like open-wc's `fixture`, but also waits for the first render of every element inside the
 * template. `fixture` only awaits the root: a plain wrapper (`<main>`, `<div>`) resolves after a
 * frame, and a Shield element's first render runs in a task of its own, which a busy machine may
 * schedule after that frame.
 */
export async function renderedFixture<T extends Element = HTMLElement>(
  template: TemplateResult,
): Promise<T> {
  const root = await fixture<T>(template);
  const elements: Renders[] = [root, ...root.querySelectorAll('*')];
  await Promise.all(elements.map((element) => element.updateComplete));
  return root;
}
