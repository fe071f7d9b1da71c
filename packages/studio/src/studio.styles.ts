import { css } from 'lit';

/** The studio's layout: one column on a phone, form beside problems and preview on a wide screen. */
export const studioStyles = css`
  :host {
    display: block;
    --_shield-studio-gap: var(--shield-space-3, 1rem);
  }
  .studio {
    padding: var(--_shield-studio-gap);
    max-inline-size: 100rem;
    margin-inline: auto;
  }
  .studio.dragging {
    outline: 3px dashed var(--shield-color-primary, #0b5394);
  }
  h1 {
    font-size: 1.5rem;
    margin-block: 0 var(--shield-space-2, 0.5rem);
  }
  h2 {
    font-size: 1.25rem;
    margin-block: var(--_shield-studio-gap) var(--shield-space-2, 0.5rem);
  }
  .privacy {
    font-weight: 600;
  }
  .columns {
    display: grid;
    gap: var(--_shield-studio-gap);
  }
  @media (min-width: 64rem) {
    .columns {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    .side {
      position: sticky;
      inset-block-start: 0;
      align-self: start;
      max-block-size: 100vh;
      overflow: auto;
    }
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--shield-space-2, 0.5rem);
    align-items: center;
    margin-block: var(--shield-space-2, 0.5rem);
  }
  fieldset {
    border: 1px solid var(--shield-color-border, #6b6b6b);
    border-radius: var(--shield-radius, 0.375rem);
    margin-block: var(--shield-space-2, 0.5rem);
    padding: var(--shield-space-2, 0.5rem) var(--shield-space-3, 1rem);
  }
  legend {
    font-weight: 700;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    margin-block: var(--shield-space-2, 0.5rem);
  }
  .field.check {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
  }
  .field.check .hint {
    flex-basis: 100%;
  }
  .inline {
    display: flex;
    gap: var(--shield-space-2, 0.5rem);
  }
  .hint {
    color: var(--shield-color-muted, #4d4d4d);
    font-size: 0.875rem;
  }
  p.hint {
    margin-block: 0;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    min-block-size: 2.75rem;
  }
  input[type='checkbox'],
  input[type='radio'] {
    min-block-size: 1.25rem;
    inline-size: 1.25rem;
  }
  input[type='text'],
  input[type='url'],
  input:not([type]),
  textarea {
    inline-size: 100%;
    max-inline-size: 40rem;
  }
  .code {
    font-family: ui-monospace, monospace;
  }
  /* The embed code under its label, as wide as the section (inline, it wrapped beside the button). */
  label[for='embed-code'],
  #embed-code {
    display: block;
    margin-block-start: var(--shield-space-2, 0.5rem);
  }
  #embed-code {
    max-inline-size: none;
  }
  button {
    padding-inline: var(--shield-space-3, 1rem);
    border: 2px solid var(--shield-color-primary, #0b5394);
    border-radius: var(--shield-radius, 0.375rem);
    background: var(--shield-color-background, #ffffff);
    color: var(--shield-color-primary, #0b5394);
    cursor: pointer;
  }
  button.primary {
    background: var(--shield-color-primary, #0b5394);
    color: var(--shield-color-on-primary, #ffffff);
  }
  button.small {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-inline: var(--shield-space-2, 0.5rem);
  }
  button.link {
    border: 0;
    padding: 0;
    min-block-size: 1.5rem;
    text-align: start;
    text-decoration: underline;
    background: none;
    color: var(--shield-color-link, #0b5394);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .message:empty {
    display: none;
  }
  .message {
    padding: var(--shield-space-2, 0.5rem);
    border-inline-start: 4px solid var(--shield-color-primary, #0b5394);
    background: var(--shield-color-surface, #f2f4f7);
  }
  .message[role='alert'] {
    border-color: var(--shield-color-danger, #b3261e);
  }
  .warning,
  .problems .warning {
    color: #7a4500;
  }
  .problems ul,
  .list ol,
  .helplines ul,
  .pairs,
  .report {
    padding-inline-start: var(--shield-space-3, 1rem);
  }
  .problems li {
    margin-block: var(--shield-space-1, 0.25rem);
  }
  .item-bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--shield-space-1, 0.25rem);
    align-items: center;
  }
  .item-toggle {
    flex: 1 1 12rem;
    text-align: start;
  }
  .list li {
    position: relative;
  }
  .drag-handle {
    cursor: grab;
    touch-action: none;
    user-select: none;
  }
  li.drag-source > .item-bar {
    outline: 2px dashed var(--shield-color-primary, #0b5394);
    outline-offset: 2px;
  }
  li.drop-before::before,
  li.drop-after::after {
    content: '';
    position: absolute;
    inset-inline: 0;
    block-size: 4px;
    background: var(--shield-color-primary, #0b5394);
  }
  li.drop-before::before {
    inset-block-start: -4px;
  }
  li.drop-after::after {
    inset-block-end: -4px;
  }
  @media (forced-colors: active) {
    li.drop-before::before,
    li.drop-after::after {
      background: Highlight;
      forced-color-adjust: none;
    }
  }
  .item-body {
    padding-inline-start: var(--shield-space-2, 0.5rem);
  }
  .colour {
    display: flex;
    gap: var(--shield-space-2, 0.5rem);
    align-items: end;
  }
  .colour input[type='color'] {
    min-inline-size: 2.75rem;
    margin-block-end: var(--shield-space-2, 0.5rem);
  }
  .pairs li.fail strong {
    color: var(--shield-color-danger, #b3261e);
  }
  .swatch {
    display: inline-block;
    padding-inline: var(--shield-space-1, 0.25rem);
    border: 1px solid var(--shield-color-border, #6b6b6b);
    font-weight: 700;
  }
  .note {
    font-style: italic;
  }
  .frame {
    border: 1px solid var(--shield-color-border, #6b6b6b);
    overflow: auto;
  }
  iframe {
    display: block;
    border: 0;
    block-size: 40rem;
    max-inline-size: none;
    margin-inline: auto;
  }
  iframe.width-full {
    inline-size: 100%;
  }
  iframe.width-320 {
    inline-size: 320px;
  }
  iframe.width-768 {
    inline-size: 768px;
  }
  .grid-scroll {
    overflow: auto;
    max-block-size: 40rem;
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    border: 1px solid var(--shield-color-border, #6b6b6b);
    padding: var(--shield-space-1, 0.25rem);
    vertical-align: top;
    text-align: start;
  }
  td textarea {
    min-inline-size: 12rem;
  }
  td.missing {
    background: #fff4e5;
  }
  .flag {
    display: block;
    font-size: 0.875rem;
    font-weight: 700;
    color: #7a4500;
  }
  .field-problems {
    color: var(--shield-color-danger, #b3261e);
  }
`;
