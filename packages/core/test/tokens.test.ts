import './support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { baseStyles, tokens } from '../src/styles/base.js';
import { stickyBarStyles } from '../src/styles/sticky-bar.js';
import { panelStyles } from '../src/styles/panel.js';
import {
  CONTRAST_PAIRS,
  contrastRatio,
  formatRatio,
  parseHexColor,
  relativeLuminance,
} from '../src/styles/contrast.js';
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
    expectTokenUse('core', panelStyles);
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

describe('contrastRatio (WCAG 2.2)', () => {
  it('gives the known ratios, in either order', () => {
    expect(contrastRatio('#777', '#fff')).to.be.closeTo(4.478, 0.001);
    expect(formatRatio(contrastRatio('#777777', '#ffffff')!)).to.equal('4.48:1');
    expect(contrastRatio('#000', '#fff')).to.equal(21);
    expect(contrastRatio('#fff', '#000')).to.equal(21);
    expect(contrastRatio('#fff', '#FFFFFF')).to.equal(1);
    expect(contrastRatio('#767676', '#fff')).to.be.closeTo(4.54, 0.005);
    expect(contrastRatio('#f00', '#fff')).to.be.closeTo(3.998, 0.001);
    expect(contrastRatio('#b3261e', '#ffffff')).to.be.closeTo(6.53, 0.01);
    expect(relativeLuminance('#fff')).to.equal(1);
    expect(relativeLuminance('#000')).to.equal(0);
  });

  it('reads only #rgb and #rrggbb; anything else has no ratio', () => {
    expect(parseHexColor('#0b5394')).to.deep.equal([11, 83, 148]);
    expect(parseHexColor('#abc')).to.deep.equal([170, 187, 204]);
    for (const bad of ['red', '#abcd', '#ggg', 'rgb(0,0,0)', '', '#fff ', 42, undefined]) {
      expect(parseHexColor(bad), String(bad)).to.equal(undefined);
      expect(contrastRatio(String(bad), '#fff'), String(bad)).to.equal(undefined);
    }
  });

  it('never shows a ratio rounded up to a minimum it misses', () => {
    expect(formatRatio(4.496, 4.5)).to.equal('4.49:1');
    expect(formatRatio(4.496)).to.equal('4.5:1');
    expect(formatRatio(2.999, 3)).to.equal('2.99:1');
  });

  it('every default pair the widgets show together meets its minimum', () => {
    expect(CONTRAST_PAIRS.length).to.be.at.least(12);
    for (const { fore, back, minimum } of CONTRAST_PAIRS) {
      expect(contrastRatio(tokens[fore], tokens[back]), `${fore} on ${back}`).to.be.at.least(
        minimum,
      );
    }
  });
});
