import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from './safe-url.js';

/**
 * The formatting subset content may use (stories, notes, campaign text). It is parsed by our own
 * code into a small tree and rendered as Lit templates: no string ever becomes HTML, so anything
 * outside the subset (`<script>`, `onerror=`, a `javascript:` link, broken markup) stays visible text.
 *
 * | write                | get                                                 |
 * |----------------------|-----------------------------------------------------|
 * | a blank line         | a new paragraph                                     |
 * | a line break         | a line break                                        |
 * | `*words*`            | emphasis                                            |
 * | `**words**`          | strong importance                                   |
 * | `[words](url)`       | a link, when url is http, https, tel, sms or mailto |
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'em' | 'strong'; children: Inline[] }
  | { type: 'link'; href: string; text: string };

/** A paragraph: lines separated by line breaks. */
export interface Paragraph {
  lines: Inline[][];
}

/** JavaScript's `\s`: the characters that may not open or close emphasis, nor appear in a URL. */
const isSpace = (c: number): boolean =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

const STAR = 0x2a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

let work = 0;

/** How many characters the parser has visited since the page loaded (tests check it stays linear). */
export const textParseWork = (): number => work;

/**
 * For each index i of a line, the nearest index j >= i where a mark can close, computed in one
 * backward pass: the parser then decides every mark in constant time, so a line costs a fixed
 * number of visits per character whatever it holds (regular expressions backtracked here: 40,000
 * `[` took about a second, and a cheap phone is ten times slower).
 */
interface Marks {
  star: Int32Array; // next '*'
  double: Int32Array; // next '**'
  close: Int32Array; // next ']'
  urlEnd: Int32Array; // next '(', ')' or white space
}

function scanMarks(s: string): Marks {
  const n = s.length;
  const marks: Marks = {
    star: new Int32Array(n + 2),
    double: new Int32Array(n + 2),
    close: new Int32Array(n + 2),
    urlEnd: new Int32Array(n + 2),
  };
  const { star, double, close, urlEnd } = marks;
  star[n] = star[n + 1] = double[n] = double[n + 1] = close[n] = close[n + 1] = n;
  urlEnd[n] = urlEnd[n + 1] = n;
  for (let i = n - 1; i >= 0; i--) {
    work++;
    const c = s.charCodeAt(i);
    star[i] = c === STAR ? i : star[i + 1]!;
    double[i] = c === STAR && s.charCodeAt(i + 1) === STAR ? i : double[i + 1]!;
    close[i] = c === CLOSE_BRACKET ? i : close[i + 1]!;
    urlEnd[i] = c === OPEN_PAREN || c === CLOSE_PAREN || isSpace(c) ? i : urlEnd[i + 1]!;
  }
  return marks;
}

/** Parses the marks of `s` between `from` and `to` (a line, or the inside of a mark). */
function parseRange(s: string, marks: Marks, from: number, to: number): Inline[] {
  const out: Inline[] = [];
  let textStart = from;
  let p = from;
  const flush = (end: number) => {
    if (end > textStart) out.push({ type: 'text', text: s.slice(textStart, end) });
  };
  while (p < to) {
    work++;
    const c = s.charCodeAt(p);
    if (c === STAR) {
      // **strong**: the nearest closing ** after at least one character.
      if (p + 1 < to && s.charCodeAt(p + 1) === STAR && p + 3 < to) {
        const q = marks.double[p + 3]!;
        if (q + 2 <= to) {
          flush(p);
          out.push({ type: 'strong', children: parseRange(s, marks, p + 2, q) });
          p = textStart = q + 2;
          continue;
        }
      }
      // *em*: up to the next *, neither starting nor ending with white space.
      const first = p + 1 < to ? s.charCodeAt(p + 1) : -1;
      if (first !== -1 && first !== STAR && !isSpace(first)) {
        const q = marks.star[p + 1]!;
        if (q < to && !isSpace(s.charCodeAt(q - 1))) {
          flush(p);
          out.push({ type: 'em', children: parseRange(s, marks, p + 1, q) });
          p = textStart = q + 1;
          continue;
        }
      }
    } else if (c === OPEN_BRACKET) {
      // [text](url): text up to the next ], then (, a URL without white space or brackets, then ).
      const q = marks.close[p + 1]!;
      if (q > p + 1 && q + 1 < to && s.charCodeAt(q + 1) === OPEN_PAREN) {
        const r = marks.urlEnd[q + 2]!;
        if (r > q + 2 && r < to && s.charCodeAt(r) === CLOSE_PAREN) {
          const href = safeUrl(s.slice(q + 2, r));
          if (href) {
            flush(p);
            out.push({ type: 'link', href, text: s.slice(p + 1, q) });
            textStart = r + 1;
          }
          // An unsafe link stays text, and nothing inside it is a mark.
          p = r + 1;
          continue;
        }
      }
    }
    p++;
  }
  flush(to);
  return out;
}

/** Parses the inline marks of one line. Unclosed or unknown marks are kept as text. */
export function parseInline(source: string): Inline[] {
  const line = String(source);
  return parseRange(line, scanMarks(line), 0, line.length);
}

function parseUncached(source: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let block: string[] = [];
  const end = () => {
    const text = block.join('\n').trim();
    if (text) paragraphs.push({ lines: text.split('\n').map(parseInline) });
    block = [];
  };
  for (const line of source.split('\n')) {
    work += line.length + 1;
    // A line of nothing but spaces and tabs ends a paragraph.
    if (line.replaceAll(' ', '').replaceAll('\t', '') === '') end();
    else block.push(line);
  }
  end();
  return paragraphs;
}

/** The parsed texts of this page (each text is parsed once, however often it is rendered). */
const parsed = new Map<string, Paragraph[]>();
const CACHE_SIZE = 200;

/** Deep-freezes a parse, so the cached tree cannot be changed by whoever receives it. */
function freeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) freeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Parses text in the subset into paragraphs of lines (the same text gives the same frozen tree). */
export function parseText(source: string): Paragraph[] {
  const text = String(source).replace(/\r\n?/g, '\n');
  let paragraphs = parsed.get(text);
  if (paragraphs) {
    // Most recently used last: the oldest text is the first one dropped.
    parsed.delete(text);
  } else {
    paragraphs = freeze(parseUncached(text));
    if (parsed.size >= CACHE_SIZE) parsed.delete(parsed.keys().next().value!);
  }
  parsed.set(text, paragraphs);
  return paragraphs;
}

function renderInline(node: Inline): TemplateResult | string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'em':
      return html`<em>${node.children.map(renderInline)}</em>`;
    case 'strong':
      return html`<strong>${node.children.map(renderInline)}</strong>`;
    case 'link':
      return html`<a href=${node.href} rel="noopener noreferrer" part="link">${node.text}</a>`;
  }
}

function renderLine(line: Inline[], index: number): TemplateResult {
  return html`${index > 0 ? html`<br />` : nothing}${line.map(renderInline)}`;
}

/** Renders text in the subset as `<p>` elements (no whitespace is added around the content). */
export function formatText(source: string): TemplateResult {
  return html`${parseText(source).map(({ lines }) => html`<p>${lines.map(renderLine)}</p>`)}`;
}
