import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { languages } from '@shieldkit/locales';
import { PRINT_FORMAT_NAMES, renderPrintHtml, type PrintFormat } from '../src/index.js';

// Every format in every language (and bilingual pairs) laid out by the browser, in one frame of one
// page: text stays inside its box and its sheet, text is large enough to read, QR codes are large
// enough to scan with their quiet zone whole, and the numbers are dark enough on their background,
// also once photocopied in greyscale. What fails is listed, every case at once.

const campaign = async () =>
  (
    await fetch(new URL('../../../examples/campaign-ukraine-poland/campaign.json', import.meta.url))
  ).json();

const MM = 96 / 25.4; // CSS pixels per millimetre
const PT = 96 / 72; // CSS pixels per point
const EPSILON = 0.75; // px: sub-pixel rounding

/** Smallest text, in points: cards and tear-off tabs 9 pt, everything else (posters, flyers) 14 pt. */
const minimumPt = (format: PrintFormat, element: Element) =>
  format === 'pocket-card' || element.closest('.tab') ? 9 : 14;

type Rgb = [number, number, number];
const parse = (color: string): { rgb: Rgb; alpha: number } => {
  const [r, g, b, a] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return { rgb: [r ?? 0, g ?? 0, b ?? 0], alpha: a ?? 1 };
};
const luminance = ([r, g, b]: Rgb) => {
  const c = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
};
const contrast = (a: Rgb, b: Rgb) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
};
/** What a photocopier makes of a colour (Rec. 601 luma). */
const grey = ([r, g, b]: Rgb): Rgb => {
  const y = 0.299 * r + 0.587 * g + 0.114 * b;
  return [y, y, y];
};
const background = (element: Element | null): Rgb => {
  for (let e = element; e; e = e.parentElement) {
    const { rgb, alpha } = parse(getComputedStyle(e).backgroundColor);
    if (alpha === 1) return rgb;
  }
  return [255, 255, 255];
};

const inside = (inner: DOMRect, outer: DOMRect, inset = 0) =>
  inner.left >= outer.left + inset - EPSILON &&
  inner.right <= outer.right - inset + EPSILON &&
  inner.top >= outer.top + inset - EPSILON &&
  inner.bottom <= outer.bottom - inset + EPSILON;

/** Everything wrong with the print in `doc`, one line each. */
function problems(doc: Document, format: PrintFormat): string[] {
  const found: string[] = [];
  const win = doc.defaultView!;
  const sheets = [...doc.querySelectorAll('.sheet')];
  if (sheets.length === 0) found.push('no sheet');
  for (const sheet of sheets) {
    const sheetBox = sheet.getBoundingClientRect();
    const walker = doc.createTreeWalker(sheet, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      if (!text) continue;
      const element = node.parentElement!;
      const style = win.getComputedStyle(element);
      const what = `"${text.slice(0, 30)}"`;
      const pt = parseFloat(style.fontSize) / PT;
      if (pt < minimumPt(format, element) - 0.01) found.push(`${what} is ${pt.toFixed(1)} pt`);
      const range = doc.createRange();
      range.selectNodeContents(node);
      // The box the text must stay in: its nearest block (a paragraph, list item, heading).
      let box: Element = element;
      while (win.getComputedStyle(box).display.startsWith('inline') && box.parentElement)
        box = box.parentElement;
      const boxRect = box.getBoundingClientRect();
      for (const rect of range.getClientRects()) {
        if (rect.width === 0) continue;
        // 3 mm: most printers cannot print closer to the paper's edge.
        if (!inside(rect, sheetBox, 3 * MM)) {
          found.push(`${what} leaves the sheet's printable area`);
          break;
        }
        if (rect.left < boxRect.left - EPSILON || rect.right > boxRect.right + EPSILON) {
          found.push(`${what} overflows its box`);
          break;
        }
      }
      // Clipped by an ancestor that hides overflow (a tab, a sheet)?
      for (
        let e: Element | null = box.parentElement;
        e && e !== sheet.parentElement;
        e = e.parentElement
      ) {
        if (win.getComputedStyle(e).overflow === 'visible') continue;
        if (!inside(range.getBoundingClientRect(), e.getBoundingClientRect())) {
          found.push(`${what} is cut off by ${e.className || e.tagName}`);
          break;
        }
      }
    }
    for (const number of sheet.querySelectorAll('.number')) {
      const color = parse(win.getComputedStyle(number).color).rgb;
      const behind = background(number);
      const ratio = contrast(color, behind);
      const greyRatio = contrast(grey(color), grey(behind));
      if (ratio < 7 || greyRatio < 7)
        found.push(
          `${number.textContent} has contrast ${ratio.toFixed(1)} (grey ${greyRatio.toFixed(1)})`,
        );
    }
    for (const qr of sheet.querySelectorAll('svg.qr')) {
      const rect = qr.getBoundingClientRect();
      const modules = Number(qr.getAttribute('data-modules'));
      const quiet = Number(qr.getAttribute('data-quiet'));
      const view = (qr as SVGSVGElement).viewBox.baseVal;
      if (rect.width < 20 * MM - EPSILON || Math.abs(rect.width - rect.height) > EPSILON)
        found.push(
          `a QR code is ${(rect.width / MM).toFixed(1)} × ${(rect.height / MM).toFixed(1)} mm`,
        );
      if (quiet < 4 || view.width !== modules + 2 * quiet)
        found.push(`a QR code's quiet zone is ${quiet} modules`);
      // The quiet zone is inside the SVG: the whole SVG must be visible, nothing drawn over it.
      for (
        let e: Element | null = qr.parentElement;
        e && e !== sheet.parentElement;
        e = e.parentElement
      ) {
        if (
          win.getComputedStyle(e).overflow !== 'visible' &&
          !inside(rect, e.getBoundingClientRect())
        )
          found.push(`a QR code's quiet zone is cut by ${e.className || e.tagName}`);
      }
      const hit = doc.elementFromPoint(rect.left + 1, rect.top + 1);
      if (hit && hit !== qr && !qr.contains(hit)) found.push('a QR code is covered');
    }
  }
  return found;
}

async function render(frame: HTMLIFrameElement, html: string): Promise<Document> {
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.srcdoc = html;
  await loaded;
  const doc = frame.contentDocument!;
  await doc.fonts.ready;
  return doc;
}

const PAIRS = [
  ['uk', 'pl'],
  ['ar', 'en'],
  ['fa', 'en'],
  ['my', 'th'],
  ['bn', 'hi'],
] as const;

describe('print layouts in the browser', () => {
  it('every format in every language, and bilingual pairs, fits and reads', async function () {
    // About 130 layouts in one frame: a few seconds alone, far more on a busy two-core machine.
    this.timeout(180_000);
    const file = await campaign();
    const frame = document.createElement('iframe');
    // Wide enough for an A3 sheet at 1:1, so nothing is laid out narrower than on paper.
    frame.style.cssText = 'width: 1200px; height: 1700px; border: 0';
    document.body.append(frame);
    const cases: {
      format: PrintFormat;
      langs: readonly string[];
      layout?: 'side-by-side' | 'top-bottom';
    }[] = [];
    for (const format of PRINT_FORMAT_NAMES) {
      for (const lang of languages) cases.push({ format, langs: [lang] });
      for (const pair of PAIRS) {
        cases.push({ format, langs: pair, layout: 'side-by-side' });
        if (format !== 'pocket-card') cases.push({ format, langs: pair, layout: 'top-bottom' });
      }
    }
    const failures: string[] = [];
    for (const { format, langs, layout } of cases) {
      const html = await renderPrintHtml(file, {
        format,
        languages: langs,
        ...(layout && { layout }),
        location: 'bus-station-3',
      });
      const doc = await render(frame, html);
      for (const problem of problems(doc, format))
        failures.push(`${format} ${langs.join('+')}${layout ? ` ${layout}` : ''}: ${problem}`);
    }
    frame.remove();
    expect(cases.length).to.equal(
      PRINT_FORMAT_NAMES.length * (languages.length + 2 * PAIRS.length) - PAIRS.length,
    );
    expect(failures, failures.slice(0, 400).join('\n')).to.deep.equal([]);
  });

  it('the checks fail on a print that breaks them', async () => {
    const file = await campaign();
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 1200px; border: 0';
    document.body.append(frame);
    const html = await renderPrintHtml(file, { format: 'poster-a4', languages: ['en'] });
    // Tiny grey text, a number pushed out of its box, a QR code shrunk and half hidden.
    const broken = html.replace(
      '</style>',
      `.flag { font-size: 8pt; } .number { color: #999; margin-inline-start: 200mm; }
       .qr { width: 15mm; height: 15mm; } .qr-row { overflow: hidden; height: 5mm; }</style>`,
    );
    const found = problems(await render(frame, broken), 'poster-a4');
    frame.remove();
    expect(
      found.some((p) => / is 8\.0 pt$/.test(p)),
      'small text',
    ).to.equal(true);
    expect(
      found.some((p) => /has contrast 2\.\d/.test(p)),
      'grey number',
    ).to.equal(true);
    expect(
      found.some((p) => /overflows its box|leaves the sheet/.test(p)),
      'overflow',
    ).to.equal(true);
    expect(
      found.some((p) => /^a QR code is 15\.0 × 15\.0 mm$/.test(p)),
      'small QR',
    ).to.equal(true);
    expect(
      found.some((p) => /quiet zone is cut/.test(p)),
      'cut QR',
    ).to.equal(true);
  });
});
