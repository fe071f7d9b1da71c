import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_shield-bar-z-index: var(--shield-helpline-banner-z-index, 999);
  }
  .base {
    padding-block: var(--shield-space-3, 1rem);
    padding-inline: var(--shield-space-3, 1rem);
    background: var(--shield-helpline-banner-background, var(--shield-color-surface, #f2f4f7));
    color: var(--shield-helpline-banner-color, var(--shield-color-text, #1f1f1f));
    border: 1px solid var(--shield-color-border, #6b6b6b);
    border-radius: var(--shield-helpline-banner-radius, var(--shield-radius, 0.375rem));
  }
  :host([position='top']) .base,
  :host([position='bottom']) .base {
    border-radius: 0;
    border-inline: 0;
    max-block-size: 60vh;
    overflow-y: auto;
  }
  .dismissed {
    padding-block: var(--shield-space-1, 0.25rem);
  }
  p {
    margin: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--shield-space-2, 0.5rem);
    margin-block-end: var(--shield-space-2, 0.5rem);
  }
  .title {
    font-weight: 700;
    font-size: 1.125em;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--shield-space-2, 0.5rem);
  }
  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--shield-space-1, 0.25rem);
  }
  select,
  button {
    min-block-size: 44px;
    font: inherit;
    color: inherit;
  }
  select {
    max-inline-size: 100%;
    padding-inline: var(--shield-space-2, 0.5rem);
    background: var(--shield-color-background, #ffffff);
    border: 1px solid var(--shield-color-border, #6b6b6b);
    border-radius: var(--shield-radius, 0.375rem);
  }
  button {
    padding-inline: var(--shield-space-3, 1rem);
    background: var(--shield-color-background, #ffffff);
    border: 1px solid var(--shield-color-border, #6b6b6b);
    border-radius: var(--shield-radius, 0.375rem);
    cursor: pointer;
  }
  .group {
    margin-block: var(--shield-space-3, 1rem) var(--shield-space-1, 0.25rem);
    font-weight: 700;
  }
  .helpline + .helpline {
    margin-block-start: var(--shield-space-3, 1rem);
    padding-block-start: var(--shield-space-3, 1rem);
    border-block-start: 1px solid var(--shield-color-border, #6b6b6b);
  }
  .name,
  .audience {
    font-weight: 700;
  }
  .organisation,
  .checked,
  .hint {
    color: var(--shield-color-muted, #4d4d4d);
    font-size: 0.875em;
  }
  .channels {
    display: flex;
    flex-wrap: wrap;
    gap: var(--shield-space-2, 0.5rem);
    margin-block: var(--shield-space-2, 0.5rem);
    margin-inline: 0;
    padding: 0;
    list-style: none;
  }
  .channel-item {
    display: flex;
    flex-direction: column;
    gap: var(--shield-space-1, 0.25rem);
    max-inline-size: 100%;
  }
  .channel {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--shield-space-2, 0.5rem);
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: var(--shield-space-2, 0.5rem);
    padding-inline: var(--shield-space-3, 1rem);
    border: 2px solid transparent;
    border-radius: var(--shield-helpline-banner-radius, var(--shield-radius, 0.375rem));
    background: var(
      --shield-helpline-banner-channel-background,
      var(--shield-color-primary, #0b5394)
    );
    color: var(--shield-helpline-banner-channel-color, var(--shield-color-on-primary, #ffffff));
    font-weight: 700;
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  .channel:hover {
    text-decoration: underline;
  }
  .number {
    unicode-bidi: isolate;
    font-variant-numeric: tabular-nums;
  }
  .details {
    display: flex;
    flex-wrap: wrap;
    gap: var(--shield-space-1, 0.25rem) var(--shield-space-3, 1rem);
  }
  .status {
    font-weight: 700;
  }
  a:not(.channel) {
    color: var(--shield-color-link, #0b5394);
  }
  /* Links that stand on their own line are touch targets too (WCAG 2.5.8): 44 px tall. */
  .sources a,
  .emergency a,
  .fallback a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
  }
  .checked summary {
    line-height: 44px;
  }
  .sources {
    margin: 0;
    padding-inline-start: var(--shield-space-3, 1rem);
  }
  .emergency {
    margin-block-start: var(--shield-space-3, 1rem);
  }
  .emergency a {
    min-inline-size: 44px;
  }
  .fallback > * + * {
    margin-block-start: var(--shield-space-2, 0.5rem);
  }
  @media (forced-colors: active) {
    .channel {
      border-color: LinkText;
    }
  }
`;
