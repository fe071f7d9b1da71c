import { css } from 'lit';

export { tokens, type TokenName } from './tokens.js';

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
