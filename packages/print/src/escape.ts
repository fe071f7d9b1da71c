/**
 * The one escaper of the print HTML. Every text and attribute value that reaches the page goes
 * through it, so no content (a campaign's words, a helpline's name, a URL) can become markup: the
 * five characters HTML gives meaning to (`& < > " '`) are written as references. Attribute values
 * are always double-quoted in our templates.
 */
const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => REFERENCES[c]!);
}

/** Markup we wrote ourselves, as opposed to text. Only this module's `html` tag makes it. */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Markup | string | number | false | null | undefined | readonly Part[];

/** A template tag: every `${…}` is escaped text, unless it is `Markup` from another `html` call. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Markup {
  let out = strings[0]!;
  parts.forEach((part, i) => {
    out += render(part) + strings[i + 1]!;
  });
  return new Markup(out);
}

function render(part: Part): string {
  if (part instanceof Markup) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  if (part === false || part === null || part === undefined) return '';
  return escapeHtml(part);
}
