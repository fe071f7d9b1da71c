/**
 * Twee 3 (Twine's text format) → a Shieldkit scenario, for `shieldkit-campaign import-twee`.
 * Passages become steps, `[[links]]` become choices; a passage without links is an ending (its tag
 * `safer`, `riskier` or `neutral` says how it ends; lines starting with `- ` are its points to
 * remember). A scenario is data, never code: macros, variables, HTML and scripts are refused with
 * the passage and line they are on. Hand-written (a small line parser): the Twee parsers on npm are
 * GPL-3.0 (twine-utils) or parse only to HTML. Spec: https://github.com/iftechfoundation/twine-specs
 * (twee-3-specification.md). No DOM.
 */
import type { CampaignScenario, ScenarioNode } from '@shieldkit/scenario/campaign.js';
import { validateScenario } from '@shieldkit/scenario/graph.js';

export interface TweePassage {
  name: string;
  tags: string[];
  text: string;
  /** The line of the passage's header, from 1. */
  line: number;
}

/** Unescapes `\[`, `\]`, `\{`, `\}` and `\\` in a passage name or tag (the spec's escapes). */
const unescape = (text: string) => text.replace(/\\(.)/g, '$1');

/** Splits a Twee 3 source into passages (header `:: Name [tags] {metadata}`, then its text). */
export function parseTwee(source: string): TweePassage[] {
  const passages: TweePassage[] = [];
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  let current: TweePassage | undefined;
  const body: string[] = [];
  const close = () => {
    if (current) current.text = body.join('\n').trim();
    body.length = 0;
  };
  lines.forEach((line, index) => {
    if (!line.startsWith('::')) {
      if (current) body.push(line);
      return;
    }
    close();
    let rest = line.slice(2).trim();
    /** The unescaped `open` that starts the block closing `rest`, or -1. */
    const blockStart = (open: string, closing: string): number => {
      if (!rest.endsWith(closing) || rest.endsWith(`\\${closing}`)) return -1;
      const at = rest.lastIndexOf(open);
      return at !== -1 && rest[at - 1] !== '\\' ? at : -1;
    };
    // Metadata `{…}` at the end, then tags `[…]`, unless escaped.
    const metadata = blockStart('{', '}');
    if (metadata !== -1) rest = rest.slice(0, metadata).trim();
    let tags: string[] = [];
    const tagBlock = blockStart('[', ']');
    if (tagBlock !== -1) {
      tags = rest
        .slice(tagBlock + 1, -1)
        .split(/\s+/)
        .filter(Boolean)
        .map(unescape);
      rest = rest.slice(0, tagBlock).trim();
    }
    current = { name: unescape(rest), tags, text: '', line: index + 1 };
    passages.push(current);
  });
  close();
  return passages;
}

export interface TweeLink {
  text: string;
  target: string;
}

/** `[[Text]]`, `[[Text->Target]]`, `[[Target<-Text]]`, `[[Text|Target]]`. */
export function parseLink(inner: string): TweeLink {
  const arrow = inner.lastIndexOf('->');
  if (arrow !== -1)
    return { text: inner.slice(0, arrow).trim(), target: inner.slice(arrow + 2).trim() };
  const back = inner.indexOf('<-');
  if (back !== -1)
    return { text: inner.slice(back + 2).trim(), target: inner.slice(0, back).trim() };
  const bar = inner.lastIndexOf('|');
  if (bar !== -1) return { text: inner.slice(0, bar).trim(), target: inner.slice(bar + 1).trim() };
  return { text: inner.trim(), target: inner.trim() };
}

/** What makes a passage code rather than text, with how to say it. */
const CODE: readonly [RegExp, string][] = [
  [/<</, 'a SugarCube macro <<…>>'],
  [/\([a-z][\w-]*:/i, 'a Harlowe macro (name: …)'],
  [/<\/?[a-z!]/i, 'HTML or a script <…>'],
  [/(?:^|\W)[$_][A-Za-z]/, 'a story variable ($name)'],
  [/\{\{/, 'a template {{…}}'],
];

/** `My Passage!` → `my-passage` (a step id: lower-case letters, digits and dashes). */
export function stepId(name: string): string {
  const id = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  let from = 0;
  let to = id.length;
  while (id[from] === '-') from++;
  while (to > from && id[to - 1] === '-') to--;
  return id.slice(from, to) || 'step';
}

/** The `[[…]]` links of a text, and the text without them. Linear: `indexOf` steps, no pattern. */
export function splitLinks(text: string): { links: string[]; rest: string } {
  const links: string[] = [];
  let rest = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('[[', at);
    const close = open === -1 ? -1 : text.indexOf(']]', open + 2);
    if (close === -1) return { links, rest: rest + text.slice(at) };
    links.push(text.slice(open + 2, close));
    rest += text.slice(at, open);
    at = close + 2;
  }
}

const SPECIAL = new Set(['StoryTitle', 'StoryData']);
const TONES = ['safer', 'riskier', 'neutral'] as const;

export interface TweeImport {
  scenario?: CampaignScenario;
  /** Every problem, one sentence each (code in a passage, a broken graph …). Empty: usable. */
  problems: string[];
}

/** A Twee 3 source as a scenario, or the problems that stop it. */
export function tweeToScenario(source: string, options: { id?: string } = {}): TweeImport {
  const passages = parseTwee(source);
  const problems: string[] = [];
  const story = passages.filter(
    (p) => !SPECIAL.has(p.name) && !p.tags.includes('script') && !p.tags.includes('stylesheet'),
  );
  for (const p of passages) {
    if (p.tags.includes('script') || p.tags.includes('stylesheet'))
      problems.push(
        `passage "${p.name}" (line ${p.line}) is a ${p.tags.includes('script') ? 'script' : 'stylesheet'}: scenarios are text only, remove it.`,
      );
  }
  if (story.length === 0)
    return { problems: [...problems, 'the file has no passages (":: Name" lines).'] };

  const title =
    passages
      .find((p) => p.name === 'StoryTitle')
      ?.text.split('\n')[0]
      ?.trim() || story[0]!.name;
  let startName = story[0]!.name;
  const data = passages.find((p) => p.name === 'StoryData');
  if (data) {
    try {
      const parsed = JSON.parse(data.text) as { start?: unknown };
      if (typeof parsed.start === 'string') startName = parsed.start;
    } catch {
      problems.push(`StoryData (line ${data.line}) is not JSON.`);
    }
  }
  // Ids from names, unique.
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const p of story) {
    let id = stepId(p.name);
    for (let n = 2; used.has(id); n++) id = `${stepId(p.name)}-${n}`;
    used.add(id);
    if (ids.has(p.name))
      problems.push(`passage "${p.name}" (line ${p.line}) repeats a passage name.`);
    ids.set(p.name, id);
  }

  const nodes: Record<string, ScenarioNode> = {};
  for (const p of story) {
    p.text.split('\n').forEach((line, i) => {
      for (const [pattern, what] of CODE) {
        if (pattern.test(splitLinks(line).rest)) {
          problems.push(
            `passage "${p.name}", line ${p.line + 1 + i}: ${what} is code; a scenario is text only.`,
          );
          break;
        }
      }
    });
    const split = splitLinks(p.text);
    const links = split.links.map(parseLink);
    const lines = split.rest.split('\n').map((l) => l.trimEnd());
    const tone = TONES.find((t) => p.tags.includes(t));
    const id = ids.get(p.name)!;
    if (links.length) {
      nodes[id] = {
        text: lines
          .join('\n')
          .replace(/\n{3,}/g, '\n\n')
          .trim(),
        choices: links.map((link) => ({
          text: link.text,
          next: ids.get(link.target) ?? stepId(link.target),
        })),
      };
    } else {
      const remember = lines
        .filter((l) => /^\s*[-*]\s+/.test(l))
        .map((l) => l.replace(/^\s*[-*]\s+/, ''));
      const text = lines
        .filter((l) => !/^\s*[-*]\s+/.test(l))
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
      nodes[id] = { text, end: tone ?? 'neutral', ...(remember.length ? { remember } : {}) };
    }
  }
  const scenario: CampaignScenario = {
    id: options.id ?? stepId(title),
    title,
    start: ids.get(startName) ?? stepId(startName),
    nodes,
  };
  problems.push(...validateScenario(scenario).map((p) => p.message));
  return problems.length ? { problems } : { scenario, problems };
}
