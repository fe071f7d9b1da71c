import { css } from 'lit';

/**
 * A widget drawn as a panel of content (the checklist, the scenario): the host as a block, the
 * bordered box around everything (`.base`), its title, paragraphs without margins, the help area
 * (`.help`), outlined buttons (`.button`), the small print (`.note`) and a disclosure's summary.
 * The widget sets, on `:host` from its own hooks, the private `--_shield-padding`,
 * `--_shield-border-color`, `--_shield-radius`, `--_shield-background` and `--_shield-accent`;
 * its own sheet comes after this one, so its rules win.
 */
export const panelStyles = css`
  :host {
    display: block;
    overflow-wrap: anywhere;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--shield-space-3, 1rem);
    padding: var(--_shield-padding);
    border: 1px solid var(--_shield-border-color);
    border-radius: var(--_shield-radius);
    background: var(--_shield-background);
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  .help {
    display: flex;
    flex-direction: column;
    gap: var(--shield-space-2, 0.5rem);
  }
  .button {
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: var(--shield-space-2, 0.5rem);
    padding-inline: var(--shield-space-3, 1rem);
    border: 2px solid var(--_shield-accent);
    border-radius: var(--shield-radius, 0.375rem);
    background: var(--shield-color-background, #ffffff);
    color: var(--_shield-accent);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .button:hover {
    text-decoration: underline;
  }
  .note {
    color: var(--shield-color-muted, #4d4d4d);
    font-size: 0.875em;
  }
  summary {
    min-block-size: 44px;
    padding-block: 0.5rem;
    cursor: pointer;
    color: var(--shield-color-link, #0b5394);
  }
  @media (forced-colors: active) {
    .button {
      border-color: CanvasText;
    }
  }
`;
