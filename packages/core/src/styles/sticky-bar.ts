import { css } from 'lit';

/** Where a widget that can be a bar sits: in the flow, or stuck to the top or bottom of the viewport. */
export type BarPosition = 'inline' | 'top' | 'bottom';
export const BAR_POSITIONS: readonly BarPosition[] = ['inline', 'top', 'bottom'];

/**
 * The host stuck to a viewport edge when its `position` attribute is `top` or `bottom` (pair it with
 * `StickySpaceController`, which keeps the page's scroll padding clear of it). A widget sets its
 * stacking order through the private `--_shield-bar-z-index` from its public hook, e.g.
 * `:host { --_shield-bar-z-index: var(--shield-quick-exit-z-index, 1000); }`.
 */
export const stickyBarStyles = css`
  :host([position='top']),
  :host([position='bottom']) {
    position: sticky;
    z-index: var(--_shield-bar-z-index, 999);
  }
  :host([position='top']) {
    inset-block-start: 0;
  }
  :host([position='bottom']) {
    inset-block-end: 0;
  }
`;

/**
 * The value of a `position`-like attribute as a bar position: removed (null) means `inline`, and an
 * unknown value is reported as `invalid-<name>` and replaced by `inline`.
 */
export function toBarPosition(
  value: string | null | undefined,
  name: string,
  report: (code: string, message: string) => void,
): BarPosition {
  if (value == null) return 'inline';
  if ((BAR_POSITIONS as readonly string[]).includes(value)) return value as BarPosition;
  report(`invalid-${name}`, `${name} "${value}" is not inline, top or bottom; using inline.`);
  return 'inline';
}
