/**
 * Colour contrast as WCAG 2.2 defines it, for the campaign validator (a theme that would make the
 * quick exit or a helpline number unreadable is refused) and for tools that show ratios live. No
 * DOM: it runs in Node too.
 */
import type { TokenName } from './tokens.js';

/** The red, green and blue of `#rgb` or `#rrggbb` (0–255 each), or `undefined` for anything else. */
export function parseHexColor(value: unknown): [number, number, number] | undefined {
  if (typeof value !== 'string' || !/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value)) return undefined;
  const hex =
    value.length === 4
      ? [...value.slice(1)].map((digit) => digit + digit).join('')
      : value.slice(1);
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** The relative luminance of a colour (0 black to 1 white, WCAG 2.2), or `undefined` if unreadable. */
export function relativeLuminance(color: string): number | undefined {
  const rgb = parseHexColor(color);
  if (!rgb) return undefined;
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The contrast ratio of two colours (1 to 21, the order does not matter), unrounded: `#777` on
 * `#fff` is 4.478…, which tools show as 4.48:1. `undefined` when either is not `#rgb`/`#rrggbb`.
 */
export function contrastRatio(a: string, b: string): number | undefined {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  if (la === undefined || lb === undefined) return undefined;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** One colour shown on another, and the contrast it needs (WCAG 2.2 AA). */
export interface ContrastPair {
  /** The text, ring or border. */
  fore: TokenName;
  /** What it is shown on. */
  back: TokenName;
  /** 4.5 for text (1.4.3), 3 for focus rings and borders (1.4.11, 2.4.13). */
  minimum: 4.5 | 3;
}

/** Every pair of colour tokens the widgets show together: each default meets its minimum. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { fore: '--shield-color-text', back: '--shield-color-background', minimum: 4.5 },
  { fore: '--shield-color-text', back: '--shield-color-surface', minimum: 4.5 },
  { fore: '--shield-color-muted', back: '--shield-color-background', minimum: 4.5 },
  { fore: '--shield-color-muted', back: '--shield-color-surface', minimum: 4.5 },
  { fore: '--shield-color-link', back: '--shield-color-background', minimum: 4.5 },
  { fore: '--shield-color-link', back: '--shield-color-surface', minimum: 4.5 },
  { fore: '--shield-color-on-primary', back: '--shield-color-primary', minimum: 4.5 },
  { fore: '--shield-color-on-danger', back: '--shield-color-danger', minimum: 4.5 },
  { fore: '--shield-focus-color', back: '--shield-color-background', minimum: 3 },
  { fore: '--shield-focus-color', back: '--shield-color-surface', minimum: 3 },
  { fore: '--shield-color-border', back: '--shield-color-background', minimum: 3 },
  { fore: '--shield-color-border', back: '--shield-color-surface', minimum: 3 },
];

/** A ratio as people read it (`4.48:1`), never rounded up to a minimum it does not meet. */
export function formatRatio(ratio: number, minimum?: number): string {
  let shown = Math.round(ratio * 100) / 100;
  if (minimum !== undefined && ratio < minimum && shown >= minimum)
    shown = Math.floor(ratio * 100) / 100;
  return `${shown}:1`;
}
