import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { tokens } from '../../src/styles/base.js';

/**
 * Checks one widget's stylesheet the way STYLE.md asks: every custom property it reads is a global
 * `--shield-*` token, its own public hook `--shield-<widget>-*` (always with a fallback), or a
 * private `--_shield-*`; and every global token is read with its documented default. Each widget's
 * test calls it for its own sheet, so core's tests never import a widget.
 */
export function expectTokenUse(widget: string, sheet: CSSResult): void {
  const uses = [...sheet.cssText.matchAll(/var\((--[\w-]+)\s*(,)?/g)];
  expect(uses.length, widget).to.be.greaterThan(0);
  for (const [, property, comma] of uses) {
    const isToken = property! in tokens;
    const isWidgetHook = property!.startsWith(`--shield-${widget}-`) && comma === ',';
    const isPrivate = property!.startsWith('--_shield-');
    expect(
      isToken || isWidgetHook || isPrivate,
      `${widget} reads ${property} without defining it`,
    ).to.equal(true);
  }
  for (const [, property, fallback] of sheet.cssText.matchAll(
    /var\((--shield-[\w-]+),\s*([^;]+?)\)\s*[;)\n ]/g,
  )) {
    if (!(property! in tokens) || fallback!.startsWith('var(')) continue;
    expect(fallback!.replace(/\s+/g, ' '), property).to.equal(
      tokens[property as keyof typeof tokens],
    );
  }
}
