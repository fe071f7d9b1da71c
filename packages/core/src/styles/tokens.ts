/**
 * The global theme tokens and their defaults. Every default pair of text and background meets
 * WCAG AA contrast (`CONTRAST_PAIRS`); the values are checked by core's token test. No DOM and no
 * Lit here: the campaign validator reads the defaults in Node.
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
