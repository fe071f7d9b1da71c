import './support/safety-guard.js';
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { baseStyles, tokens } from '../src/styles/base.js';
import { styles as quickExitStyles } from '../../quick-exit/src/quick-exit.styles.js';
import { styles as storyCarouselStyles } from '../../story-carousel/src/story-carousel.styles.js';
import { styles as redFlagChecklistStyles } from '../../red-flag-checklist/src/red-flag-checklist.styles.js';
import { styles as helplineBannerStyles } from '../../helpline-banner/src/helpline-banner.styles.js';

/** Every widget stylesheet, so a token used by any of them is checked. Add new widgets here. */
const sheets: Record<string, CSSResult> = {
  base: baseStyles,
  'quick-exit': quickExitStyles,
  'story-carousel': storyCarouselStyles,
  'red-flag-checklist': redFlagChecklistStyles,
  'helpline-banner': helplineBannerStyles,
};

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('theme tokens', () => {
  it('every --shield-* custom property a stylesheet reads is a global token or a widget hook with a fallback', () => {
    for (const [name, sheet] of Object.entries(sheets)) {
      const uses = [...sheet.cssText.matchAll(/var\((--[\w-]+)\s*(,)?/g)];
      expect(uses.length, name).to.be.greaterThan(0);
      for (const [, property, comma] of uses) {
        const isToken = property! in tokens;
        const isWidgetHook = property!.startsWith(`--shield-${name}-`) && comma === ',';
        const isPrivate = property!.startsWith('--_shield-');
        expect(
          isToken || isWidgetHook || isPrivate,
          `${name} reads ${property} without defining it`,
        ).to.equal(true);
      }
    }
  });

  it('every global token is read with its documented default as the fallback', () => {
    for (const sheet of Object.values(sheets)) {
      for (const [, property, fallback] of sheet.cssText.matchAll(
        /var\((--shield-[\w-]+),\s*([^;]+?)\)\s*[;)\n ]/g,
      )) {
        if (!(property! in tokens) || fallback!.startsWith('var(')) continue;
        expect(fallback!.replace(/\s+/g, ' '), property).to.equal(
          tokens[property as keyof typeof tokens],
        );
      }
    }
  });

  it('default colour pairs meet WCAG AA contrast (4.5:1)', () => {
    const pairs: [keyof typeof tokens, keyof typeof tokens][] = [
      ['--shield-color-text', '--shield-color-background'],
      ['--shield-color-muted', '--shield-color-background'],
      ['--shield-color-text', '--shield-color-surface'],
      ['--shield-color-on-primary', '--shield-color-primary'],
      ['--shield-color-on-danger', '--shield-color-danger'],
      ['--shield-color-link', '--shield-color-background'],
      ['--shield-focus-color', '--shield-color-background'],
    ];
    for (const [fg, bg] of pairs) {
      expect(contrast(tokens[fg], tokens[bg]), `${fg} on ${bg}`).to.be.at.least(4.5);
    }
  });
});
