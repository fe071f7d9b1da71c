import { css } from 'lit';

/**
 * The global theme tokens and their defaults. Every default pair of text and background meets
 * WCAG AA contrast (4.5:1 or more); the values are checked by core's token test.
 * Widgets read them through their own hooks: `var(--shield-quick-exit-background, var(--shield-color-danger))`.
 */
export const tokens = {
  '--shield-color-text': '#1f1f1f',
  '--shield-color-muted': '#4d4d4d',
  '--shield-color-background': '#ffffff',
  '--shield-color-surface': '#f2f4f7',
  '--shield-color-border': '#6b6b6b',
  '--shield-color-primary': '#0b5394',
  '--shield-color-on-primary': '#ffffff',
  '--shield-color-danger': '#b3261e',
  '--shield-color-on-danger': '#ffffff',
  '--shield-color-link': '#0b5394',
  '--shield-focus-color': '#1f1f1f',
  '--shield-focus-halo': '#ffdd00',
  '--shield-focus-width': '3px',
  '--shield-font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  '--shield-font-size': '1rem',
  '--shield-line-height': '1.5',
  '--shield-radius': '0.375rem',
  '--shield-space-1': '0.25rem',
  '--shield-space-2': '0.5rem',
  '--shield-space-3': '1rem',
  '--shield-space-4': '1.5rem',
} as const;

export type TokenName = keyof typeof tokens;

/**
 * Shared by every widget: token defaults as `var()` fallbacks (so a page that sets `--shield-*`
 * anywhere above the element wins), box sizing, `[hidden]`, a focus ring that shows in
 * forced colours, reduced motion and a visually-hidden helper. Only logical properties.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(
      --shield-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      sans-serif
    );
    font-size: var(--shield-font-size, 1rem);
    line-height: var(--shield-line-height, 1.5);
    color: var(--shield-color-text, #1f1f1f);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: var(--shield-focus-width, 3px) solid var(--shield-focus-color, #1f1f1f);
    outline-offset: 2px;
    box-shadow: 0 0 0 calc(var(--shield-focus-width, 3px) + 2px) var(--shield-focus-halo, #ffdd00);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
