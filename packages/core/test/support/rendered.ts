import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

type Renders = Element & { updateComplete?: Promise<unknown> };

/** Every element inside `root`, also inside the (open) shadow roots of the elements in it. */
function descendants(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...descendants(element.shadowRoot));
  }
  return found;
}

/**
 * Waits for the first render of `root` and of every element inside it, including the widgets that
 * renders put into shadow roots (a quick exit inside a banner, a banner inside a checklist), which
 * render in tasks of their own after their host. Waits again while renders bring new elements.
 */
export async function rendered<T extends Element>(root: T): Promise<T> {
  let awaited = new Set<Element>();
  for (;;) {
    const elements = [root, ...(root.shadowRoot ? descendants(root.shadowRoot) : [])];
    elements.push(...descendants(root));
    if (elements.every((element) => awaited.has(element))) return root;
    await Promise.all(elements.map((element) => (element as Renders).updateComplete));
    awaited = new Set(elements);
  }
}

/**
 * Like open-wc's `fixture`, but also waits for the first render of every element inside the
 * template (see `rendered`). `fixture` only awaits the root: a plain wrapper (`<main>`, `<div>`)
 * resolves after a frame, and a Shield element's first render runs in a task of its own, which a
 * busy machine may schedule after that frame.
 */
export async function renderedFixture<T extends Element = HTMLElement>(
  template: TemplateResult,
): Promise<T> {
  return rendered(await fixture<T>(template));
}
