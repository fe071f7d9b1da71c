import { css } from 'lit';

/** The checklist's own rules, after core's `panelStyles` (the box, buttons, note, summary). */
export const styles = css`
  :host {
    --_shield-border-color: var(
      --shield-red-flag-checklist-border-color,
      var(--shield-color-border, #6b6b6b)
    );
    --_shield-radius: var(--shield-red-flag-checklist-radius, var(--shield-radius, 0.375rem));
    --_shield-background: var(
      --shield-red-flag-checklist-background,
      var(--shield-color-background, #ffffff)
    );
    --_shield-accent: var(--shield-red-flag-checklist-accent, var(--shield-color-primary, #0b5394));
    --_shield-result-background: var(
      --shield-red-flag-checklist-result-background,
      var(--shield-color-surface, #f2f4f7)
    );
    --_shield-urgent-color: var(
      --shield-red-flag-checklist-urgent-color,
      var(--shield-color-danger, #b3261e)
    );
    --_shield-padding: var(--shield-red-flag-checklist-padding, var(--shield-space-3, 1rem));
  }
  .group {
    min-inline-size: 0;
    margin: 0;
    padding-block: var(--shield-space-2, 0.5rem) var(--shield-space-3, 1rem);
    padding-inline: var(--shield-space-3, 1rem);
    border: 1px solid var(--shield-color-border, #6b6b6b);
    border-radius: var(--shield-radius, 0.375rem);
  }
  legend {
    padding-inline: var(--shield-space-1, 0.25rem);
    font-weight: 700;
  }
  .item {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: var(--shield-space-2, 0.5rem);
    align-items: start;
  }
  .item + .item {
    margin-block-start: var(--shield-space-1, 0.25rem);
  }
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin-block: 0.625rem 0;
    margin-inline: 0;
    accent-color: var(--_shield-accent);
  }
  label {
    display: block;
    min-block-size: 44px;
    padding-block: 0.5rem;
    cursor: pointer;
  }
  .why {
    grid-column: 2;
    padding-block-end: var(--shield-space-2, 0.5rem);
    color: var(--shield-color-muted, #4d4d4d);
    font-size: 0.875em;
  }
  .why-label {
    font-weight: 700;
  }
  .result {
    padding: var(--shield-space-3, 1rem);
    border-inline-start: 0.375rem solid var(--_shield-accent);
    border-radius: var(--shield-radius, 0.375rem);
    background: var(--_shield-result-background);
  }
  .result[data-level='urgent'] {
    border-inline-start-color: var(--_shield-urgent-color);
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--shield-space-2, 0.5rem) var(--shield-space-3, 1rem);
  }
  .sources ul {
    margin: 0;
    padding-inline-start: var(--shield-space-4, 1.5rem);
  }
  @media (forced-colors: active) {
    .result {
      border-color: CanvasText;
    }
    .result[data-level='urgent'] {
      border-inline-start-color: Highlight;
    }
  }
  @media print {
    :host(:not([printable])) {
      display: none !important;
    }
  }
`;
