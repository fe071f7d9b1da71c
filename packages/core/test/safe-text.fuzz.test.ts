import './support/safety-guard.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { render } from 'lit';
import { formatText, parseText, textParseWork } from '../src/text/safe-text.js';
import { LINK_SCHEMES } from '../src/text/safe-url.js';
import { expectLinearReads } from './support/linear.js';

/** Pieces that attackers and accidents put into text: marks, markup, schemes, controls. */
const PIECES = [
  '[',
  ']',
  '(',
  ')',
  '*',
  '**',
  '\\',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '\t',
  'a',
  'ä',
  'ي',
  '\u202e', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u200b',
  '\u0000',
  'javascript:',
  'JaVaScRiPt:',
  'java\tscript:',
  'data:text/html,',
  'vbscript:',
  'https://a.example/x',
  'http://a.example',
  'tel:+1',
  'sms:1',
  'mailto:a@b.example',
  '//evil.example',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&lt;b&gt;',
  '"',
  "'",
  '`',
  '${x}',
  '{{x}}',
  '<!--',
  '](',
  '](javascript:alert(1))',
  '[x](https://a.example)',
];
const adversarial = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 60 })
  .map((pieces) => pieces.join(''));
const anyText = fc.oneof(adversarial, fc.string({ unit: 'binary', maxLength: 200 }));

/** Only these elements may come out of content, with only these attributes. */
const ALLOWED: Record<string, string[]> = {
  p: [],
  br: [],
  em: [],
  strong: [],
  a: ['href', 'rel', 'part'],
};

/** Renders `source` into a detached element (no page layout: fast) and returns it. */
function rendered(source: string): HTMLElement {
  const host = document.createElement('div');
  render(formatText(source), host);
  return host;
}

const count = (text: string, char: string) => text.split(char).length - 1;

describe('safe text under fuzzing (fast-check)', () => {
  it('never throws, and never makes an element, attribute or link the subset does not allow', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        const host = rendered(source);
        for (const el of host.querySelectorAll('*')) {
          const allowed = ALLOWED[el.localName];
          expect(allowed, `<${el.localName}> from ${JSON.stringify(source)}`).to.not.equal(
            undefined,
          );
          for (const attribute of el.getAttributeNames()) {
            expect(allowed).to.include(attribute);
          }
          if (el.localName === 'a') {
            const href = el.getAttribute('href')!;
            expect(LINK_SCHEMES).to.include(new URL(href).protocol);
            expect(href.toLowerCase()).to.not.match(/^\s*(javascript|data|vbscript):/);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps text as text: every <, > and & of the content is shown (outside link addresses)', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        fc.pre(!source.includes('('));
        const shown = rendered(source).textContent!;
        for (const char of ['<', '>', '&']) {
          expect(count(shown, char), `${char} in ${JSON.stringify(source)}`).to.equal(
            count(source, char),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on huge texts: 100,000 characters (50 times a campaign text) of [, (, * or bidi controls', () => {
    for (const piece of ['[', '(', '*', '\\', '[a](', '\u202e']) {
      const source = piece.repeat(Math.ceil(100_000 / piece.length));
      expect(() => parseText(source), JSON.stringify(piece)).to.not.throw();
    }
  });

  it('parses in linear work: 8 times the text is at most 10 times the visits, whatever it repeats', () => {
    let unique = 0;
    // A fresh text for each parse: the parser caches the texts it has seen.
    const parse = (source: string) => parseText(`${unique++}\n\n${source}`);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }), (unit) => {
        const piece = unit.join('');
        const make = (n: number) => piece.repeat(Math.ceil(n / piece.length));
        const before = textParseWork();
        parse(make(1000));
        const small = textParseWork() - before;
        parse(make(8000));
        const big = textParseWork() - before - small;
        expect(big, `${JSON.stringify(piece)}: ${small} → ${big}`).to.be.at.most(10 * small + 200);
      }),
      { numRuns: 40 },
    );
  });

  it('the linearity checks fail on quadratic code (they can catch what they are for)', () => {
    const quadratic = (input: number[]) => {
      let sum = 0;
      for (let i = 0; i < input.length; i++) for (let j = 0; j < i; j++) sum += input[j]!;
      return sum;
    };
    const make = (n: number) => Array.from({ length: n }, (_, i) => i);
    expect(() => expectLinearReads('quadratic', make, quadratic, 100)).to.throw(/linear is 8×/);
    // And pass linear code.
    const linear = (input: number[]) => input.reduce((a, b) => a + b, 0);
    expectLinearReads('linear', make, linear, 100);
  });
});
