import {
  parseTree,
  printParseErrorCode,
  type Node as JsonNode,
  type ParseError,
} from 'jsonc-parser';
import { LIMITS } from '@shieldkit/core/schema.js';
import { validateCampaign } from './validate.js';
import { tweeToScenario } from './twee.js';

/** What the command line needs from the outside world (real files and streams, or a test's fakes). */
export interface CliIO {
  readFile(path: string): string;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `Usage: shieldkit-campaign validate <campaign.json>
       shieldkit-campaign embed [campaign.json] [--widgets …] [--lang …] [--base URL]
       shieldkit-campaign print <campaign.json> --format <format> [--lang uk,pl] [--out file.pdf]
       shieldkit-campaign import-twee <story.twee> [--id scenario-id]

Checks a Shieldkit campaign file and lists every problem with its place in the file.
import-twee turns a Twee 3 story (Twine's text format) into a scenario for the campaign's
"scenarios" list, printed as JSON: passages become steps, [[links]] become choices.
Exit code: 0 when the file is valid, 1 when it has problems, 2 when it cannot be read.`;

/** \`import-twee <file> [--id …]\`: the scenario as JSON on stdout, or every problem. */
function importTwee(args: readonly string[], io: CliIO): number {
  const err = (line: string) => io.err(escapeControls(line));
  const [file, ...rest] = args;
  const idAt = rest.indexOf('--id');
  const id = idAt === -1 ? undefined : rest[idAt + 1];
  if (!file || (rest.length > 0 && (idAt !== 0 || rest.length !== 2 || !id))) {
    io.err(USAGE);
    return 2;
  }
  const text = readInput(file, io);
  if (text === undefined) return 2;
  const { scenario, problems } = tweeToScenario(text, id ? { id } : {});
  if (!scenario) {
    err(
      `✖ ${file} cannot be a scenario (${problems.length} problem${problems.length === 1 ? '' : 's'}):`,
    );
    for (const problem of problems) err(`  - ${problem}`);
    return 1;
  }
  // JSON escapes control characters; bidi overrides become \u escapes too (still valid JSON).
  io.out(escapeControls(JSON.stringify(scenario, null, 2)));
  err(
    `✔ ${file}: ${Object.keys(scenario.nodes).length} steps. Add it to your campaign's "scenarios" list; add "feedback" and "tone" to each choice, and an "intro".`,
  );
  return 0;
}

/** Line and column (from 1) of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** "line 3, column 5" for offsets of one text (line starts found once, then a binary search). */
function placer(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return `line ${low + 1}, column ${offset - starts[low]! + 1}`;
  };
}

/**
 * What each jsonc-parser error means, in the words of someone editing a file by hand (the
 * studio's English strings use the same words).
 */
export const JSON_SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'this is not JSON (text needs "double quotes")',
  InvalidNumberFormat: 'this number is not written as JSON writes numbers',
  PropertyNameExpected: 'a key in "double quotes" should come here',
  ValueExpected: 'a value should come here (a trailing comma?)',
  ColonExpected: 'a ":" should come here',
  CommaExpected: 'a "," should come here',
  CloseBraceExpected: 'a "}" should come here',
  CloseBracketExpected: 'a "]" should come here',
  EndOfFileExpected: 'the file should end here',
  InvalidCommentToken: 'JSON has no comments',
  UnexpectedEndOfComment: 'JSON has no comments',
  UnexpectedEndOfString: 'this text is not closed with "',
  InvalidEscapeCharacter: 'this \\ escape does not exist in JSON',
  InvalidCharacter: 'a control character (a tab or line break) inside "text"',
};

/** Where a `JSON.parse` error happened, as "line 3, column 5", when the engine says. */
export function jsonErrorPlace(text: string, error: Error): string | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(error.message);
  if (position) {
    const { line, column } = lineAndColumn(text, Number(position[1]));
    return `line ${line}, column ${column}`;
  }
  if (/Unexpected end of JSON input/.test(error.message)) {
    const { line, column } = lineAndColumn(text, text.length);
    return `line ${line}, column ${column}`;
  }
  return undefined;
}

/**
 * Characters that must not reach a terminal raw: C0 and C1 controls (escape sequences can
 * repaint the screen) and the bidirectional overrides (they reorder what is shown).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A line with every control character written as its `\uXXXX` escape. */
export function escapeControls(line: string): string {
  return line.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A subcommand's arguments: its files, the switches of `switches` given, and each flag of
 * `valueFlags` with the value after it, in order (a repeated flag is kept each time). `undefined`
 * for an unknown flag or a flag without its value (the command then shows its usage).
 */
export function parseArgs(
  args: readonly string[],
  valueFlags: ReadonlySet<string>,
  switches: ReadonlySet<string> = new Set(),
): { files: string[]; values: [flag: string, value: string][]; on: Set<string> } | undefined {
  const parsed = { files: [] as string[], values: [] as [string, string][], on: new Set<string>() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (switches.has(arg)) parsed.on.add(arg);
    else if (!arg.startsWith('--')) parsed.files.push(arg);
    else {
      const value = args[++i];
      if (!valueFlags.has(arg) || value === undefined || value.startsWith('--')) return undefined;
      parsed.values.push([arg, value]);
    }
  }
  return parsed;
}

/**
 * The text of a subcommand's input `file`, or `undefined` after saying why it cannot be read (the
 * command then exits with 2).
 */
export function readInput(file: string, io: CliIO): string | undefined {
  try {
    return io.readFile(file);
  } catch (error) {
    io.err(escapeControls(`✖ ${file} cannot be read: ${(error as Error).message}`));
    return undefined;
  }
}

/**
 * `text` parsed as JSON (a UTF-8 byte-order mark allowed), or `undefined` after saying where it is
 * not JSON (the command then exits with 1).
 */
export function parseInput(file: string, text: string, io: CliIO): { value: unknown } | undefined {
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { value: JSON.parse(json) as unknown };
  } catch (error) {
    const place = jsonErrorPlace(json, error as Error);
    io.err(
      escapeControls(
        `✖ ${file} is not valid JSON${place ? ` at ${place}` : ''}: ${(error as Error).message}`,
      ),
    );
    return undefined;
  }
}

/** Path of a property in the file, the way the validator names it (`stories[0].id`). */
const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** Every key written twice in one object, with both places. */
function duplicateKeys(tree: JsonNode | undefined, place: (offset: number) => string): string[] {
  const found: string[] = [];
  const visit = (node: JsonNode, path: string) => {
    if (node.type === 'array') node.children?.forEach((child, i) => visit(child, join(path, i)));
    if (node.type !== 'object') return;
    const seen = new Map<string, number>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key || typeof key.value !== 'string') continue;
      const first = seen.get(key.value);
      if (first !== undefined) {
        found.push(
          `${join(path, key.value)} is written twice: at ${place(first)} and at ${place(key.offset)} (the last one is used)`,
        );
      }
      seen.set(key.value, key.offset);
      if (value) visit(value, join(path, key.value));
    }
  };
  if (tree) visit(tree, '');
  return found;
}

/**
 * Parses a campaign file: syntax errors with their line and column on every Node (Node 20's own
 * messages often have no position), a UTF-8 byte-order mark accepted, duplicate keys found.
 */
export function readCampaignJson(
  source: string,
): { value: unknown; warnings: string[] } | { error: string } {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const place = placer(text);
  const errors: ParseError[] = [];
  let tree: JsonNode | undefined;
  try {
    tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch {
    errors.length = 0; // nested too deeply for the tree: JSON.parse below still says why
  }
  if (errors.length > 0) {
    const { error, offset } = errors[0]!;
    return {
      error: `at ${place(offset)}: ${JSON_SYNTAX_MESSAGES[printParseErrorCode(error)] ?? printParseErrorCode(error)}`,
    };
  }
  try {
    // The value comes from JSON.parse: a "__proto__" key stays a plain key, as in a browser.
    const value: unknown = JSON.parse(text);
    return { value, warnings: duplicateKeys(tree, place) };
  } catch (error) {
    const where = jsonErrorPlace(text, error as Error);
    return { error: `${where ? `at ${where}` : ''}: ${(error as Error).message}` };
  }
}

/** Runs `shieldkit-campaign <args>` and returns the exit code. */
export function runCli(args: readonly string[], io: CliIO): number {
  // Nothing from the file reaches the terminal raw.
  const out = (line: string) => io.out(escapeControls(line));
  const err = (line: string) => io.err(escapeControls(line));
  const [command, file, ...rest] = args;
  if (command === 'import-twee') return importTwee(args.slice(1), io);
  if (command !== 'validate' || !file || rest.length > 0) {
    io.err(USAGE);
    return 2;
  }
  const text = readInput(file, io);
  if (text === undefined) return 2;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIMITS.campaignBytes) {
    err(
      `✖ ${file} is ${Math.ceil(bytes / 1024)} KB, over the ${LIMITS.campaignBytes / 1024} KB a page reads: <shield-campaign> would refuse it and widgets use their defaults. Split it, or shorten it.`,
    );
    return 1;
  }
  const read = readCampaignJson(text);
  if ('error' in read) {
    err(`✖ ${file} is not valid JSON ${read.error}`);
    return 1;
  }
  const campaign = read.value;
  for (const warning of read.warnings) out(`! ${warning}`);
  const problems = validateCampaign(campaign);
  const errors = problems.filter((p) => p.level === 'error');
  for (const warning of problems.filter((p) => p.level === 'warning')) out(`! ${warning.message}`);
  if (errors.length === 0) {
    const id = (campaign as { id?: string }).id;
    out(`✔ ${file} is a valid Shieldkit campaign${id ? ` (${id})` : ''}.`);
    return 0;
  }
  err(`✖ ${file} has ${errors.length} problem${errors.length === 1 ? '' : 's'}:`);
  for (const problem of errors) err(`  - ${problem.message}`);
  return 1;
}
