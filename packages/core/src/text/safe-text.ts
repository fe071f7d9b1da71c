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

const INLINE = /\*\*(.+?)\*\*|\*([^*\s](?:[^*]*[^*\s])?)\*|\[([^\]\n]+)\]\(([^()\s]+)\)/;

/** Parses the inline marks of one line. Unclosed or unknown marks are kept as text. */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let rest = source;
  while (rest) {
    const match = INLINE.exec(rest);
    if (!match) break;
    if (match.index > 0) out.push({ type: 'text', text: rest.slice(0, match.index) });
    const [whole, strong, em, linkText, linkUrl] = match;
    if (strong !== undefined) out.push({ type: 'strong', children: parseInline(strong) });
    else if (em !== undefined) out.push({ type: 'em', children: parseInline(em) });
    else {
      const href = safeUrl(linkUrl);
      out.push(href ? { type: 'link', href, text: linkText! } : { type: 'text', text: whole });
    }
    rest = rest.slice(match.index + whole.length);
  }
  if (rest) out.push({ type: 'text', text: rest });
  return out;
}

/** Parses text in the subset into paragraphs of lines. */
export function parseText(source: string): Paragraph[] {
  return String(source)
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => ({ lines: block.split('\n').map(parseInline) }));
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
