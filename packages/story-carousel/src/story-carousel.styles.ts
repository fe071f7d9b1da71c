import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_shield-story-accent: var(
      --shield-story-carousel-accent,
      var(--shield-color-primary, #0b5394)
    );
    --_shield-story-on-accent: var(
      --shield-story-carousel-on-accent,
      var(--shield-color-on-primary, #ffffff)
    );
    --_shield-story-radius: var(--shield-story-carousel-radius, var(--shield-radius, 0.375rem));
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--shield-space-3, 1rem);
  }
  .toolbar,
  .controls,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--shield-space-2, 0.5rem);
  }
  .controls {
    justify-content: space-between;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--shield-space-1, 0.25rem);
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: var(--shield-space-1, 0.25rem);
    padding-inline: var(--shield-space-3, 1rem);
    border: 2px solid var(--_shield-story-accent);
    border-radius: var(--_shield-story-radius);
    background: var(--shield-color-background, #ffffff);
    color: var(--_shield-story-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .button.primary,
  .toggle[aria-pressed='true'] {
    background: var(--_shield-story-accent);
    color: var(--_shield-story-on-accent);
  }
  .button:hover {
    text-decoration: underline;
  }
  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
  }
  /* The chevron points to the end of the line: "next" forwards, "previous" backwards, mirrored in RTL. */
  .back,
  .base[dir='rtl'] .forward {
    transform: scaleX(-1);
  }
  .base[dir='rtl'] .back {
    transform: none;
  }
  .picker {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
  }
  .pick {
    display: inline-grid;
    place-items: center;
    inline-size: 44px;
    block-size: 44px;
    padding: 0;
    border: 0;
    background: none;
    cursor: pointer;
  }
  .pick::before {
    content: '';
    inline-size: 0.875rem;
    block-size: 0.875rem;
    border: 2px solid var(--_shield-story-accent);
    border-radius: 50%;
  }
  .pick[aria-current='true'] {
    cursor: default;
  }
  .pick[aria-current='true']::before {
    background: var(--_shield-story-accent);
  }
  .slides {
    touch-action: pan-y;
  }
  .story {
    padding: var(--shield-space-4, 1.5rem);
    border-radius: var(--_shield-story-radius);
    background: var(--shield-story-carousel-background, var(--shield-color-surface, #f2f4f7));
    color: var(--shield-story-carousel-color, var(--shield-color-text, #1f1f1f));
    overflow-wrap: anywhere;
  }
  .slide {
    animation: shield-story-in 250ms ease-out;
  }
  @keyframes shield-story-in {
    from {
      opacity: 0;
    }
  }
  .heading {
    margin-block: 0 var(--shield-space-2, 0.5rem);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .figure {
    margin-block: 0 var(--shield-space-3, 1rem);
    margin-inline: 0;
  }
  .image {
    display: block;
    inline-size: 100%;
    block-size: auto;
    object-fit: cover;
    border-radius: var(--_shield-story-radius);
    background: var(--shield-color-background, #ffffff);
  }
  /* A sized image keeps the ratio of its width and height attributes (the browser maps them to
     aspect-ratio: no inline style, which a strict CSP would block); others get 3:2. */
  .image:not([width][height]) {
    aspect-ratio: 3 / 2;
  }
  .body p,
  .warning p {
    margin-block: 0 var(--shield-space-2, 0.5rem);
    max-inline-size: 70ch;
  }
  .body a {
    color: var(--shield-color-link, #0b5394);
  }
  .quote {
    margin-block: var(--shield-space-3, 1rem);
    margin-inline: 0;
    padding-inline-start: var(--shield-space-3, 1rem);
    border-inline-start: 4px solid var(--_shield-story-accent);
    font-size: 1.125em;
    font-style: italic;
  }
  .quote p {
    margin: 0;
  }
  .attribution {
    display: flex;
    flex-wrap: wrap;
    gap: var(--shield-space-1, 0.25rem) var(--shield-space-3, 1rem);
    margin-block: var(--shield-space-2, 0.5rem) 0;
    color: var(--shield-color-muted, #4d4d4d);
    font-size: 0.875em;
  }
  .warning {
    padding: var(--shield-space-3, 1rem);
    border: 2px solid var(--shield-color-border, #6b6b6b);
    border-radius: var(--_shield-story-radius);
    background: var(--shield-color-background, #ffffff);
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--shield-space-3, 1rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .body:focus,
  .story:focus {
    outline: none;
  }
  .body:focus-visible,
  .story:focus-visible {
    outline: var(--shield-focus-width, 3px) solid var(--shield-focus-color, #1f1f1f);
  }
  @media (prefers-reduced-motion: reduce) {
    .slide {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .button,
    .story,
    .warning {
      border: 2px solid ButtonText;
    }
    .button.primary,
    .toggle[aria-pressed='true'],
    .pick[aria-current='true']::before {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .pick::before {
      border-color: ButtonText;
    }
  }
  @media print {
    .toolbar,
    .controls {
      display: none;
    }
  }
`;
