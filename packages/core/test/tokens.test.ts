import './support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { baseStyles, tokens } from '../src/styles/base.js';
import { stickyBarStyles } from '../src/styles/sticky-bar.js';
import { expectTokenUse } from './support/tokens.js';

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
  it('core’s stylesheets read only global tokens (with their documented defaults) and private properties', () => {
    expectTokenUse('core', baseStyles);
    expectTokenUse('core', stickyBarStyles);
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
