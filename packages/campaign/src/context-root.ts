import { ContextRoot } from '@lit/context';

const attached = Symbol.for('shieldkit.context-root');

/**
 * Lets widgets that upgrade before `<shield-campaign>` (script order, a lazily loaded campaign)
 * still receive it: an `@lit/context` root keeps their requests and answers them when the campaign
 * arrives. One per page, however many copies of Shieldkit call it.
 */
export function attachContextRoot(): void {
  const root = document.documentElement as HTMLElement & { [attached]?: true };
  if (root[attached]) return;
  root[attached] = true;
  new ContextRoot().attach(root);
}
