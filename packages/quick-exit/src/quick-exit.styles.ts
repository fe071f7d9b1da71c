import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_shield-bar-z-index: var(--shield-quick-exit-z-index, 1000);
  }
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--shield-space-2, 0.5rem);
  }
  :host([position='top']) .base,
  :host([position='bottom']) .base {
    justify-content: flex-end;
    padding-block: var(--shield-space-2, 0.5rem);
    padding-inline: var(--shield-space-3, 1rem);
    background: var(--shield-quick-exit-bar-background, var(--shield-color-background, #ffffff));
    border-block-end: 1px solid var(--shield-color-border, #6b6b6b);
  }
  :host([position='bottom']) .base {
    border-block-end: 0;
    border-block-start: 1px solid var(--shield-color-border, #6b6b6b);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: var(--shield-space-2, 0.5rem);
    padding-inline: var(--shield-space-3, 1rem);
    border: 2px solid transparent;
    border-radius: var(--shield-quick-exit-radius, var(--shield-radius, 0.375rem));
    background: var(--shield-quick-exit-background, var(--shield-color-danger, #b3261e));
    color: var(--shield-quick-exit-color, var(--shield-color-on-danger, #ffffff));
    font-size: 1.125em;
    font-weight: 700;
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  .button:hover {
    text-decoration: underline;
  }
  .indicator {
    display: inline-flex;
    gap: var(--shield-space-1, 0.25rem);
    visibility: hidden;
  }
  .indicator[data-active] {
    visibility: visible;
  }
  .light {
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .light[data-on] {
    background: currentColor;
  }
  .safety-info {
    flex-basis: 100%;
    margin: 0;
    color: var(--shield-color-muted, #4d4d4d);
    font-size: 0.875em;
  }
  .safety-info a {
    color: var(--shield-color-link, #0b5394);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .light[data-on] {
      background: Highlight;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
