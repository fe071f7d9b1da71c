import { css } from 'lit';

/** The Print view's layout: the page scaled to the column's width, never wider. */
export const printStyles = css`
  .print h2 {
    margin-block-end: 0;
  }
  button.disclosure {
    display: inline-flex;
    gap: var(--shield-space-2, 0.5rem);
    align-items: center;
    border: 0;
    padding-inline: 0;
    background: none;
    color: inherit;
    font-weight: inherit;
    font-size: inherit;
  }
  button.disclosure::before {
    content: '';
    border-block: 0.35em solid transparent;
    border-inline-start: 0.55em solid currentColor;
  }
  button.disclosure[aria-expanded='true']::before {
    border-block: 0.55em solid currentColor;
    border-block-end: 0;
    border-inline: 0.35em solid transparent;
  }
  .print-problems {
    padding-inline-start: var(--shield-space-3, 1rem);
  }
  .print-frame {
    position: relative;
    overflow: hidden;
    border: 1px solid var(--shield-color-border, #6b6b6b);
    background: #777;
    block-size: 20rem;
  }
  .print-frame iframe {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    transform-origin: top left;
  }
  [dir='rtl'] .print-frame iframe {
    transform-origin: top right;
  }
`;
