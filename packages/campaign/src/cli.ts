import { validateCampaign } from './validate.js';

/** What the command line needs from the outside world (real files and streams, or a test's fakes). */
export interface CliIO {
  readFile(path: string): string;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `Usage: shieldkit-campaign validate <campaign.json>
       shieldkit-campaign embed [campaign.json] [--widgets …] [--lang …] [--base URL]

Checks a Shieldkit campaign file and lists every problem with its place in the file.
Exit code: 0 when the file is valid, 1 when it has problems, 2 when it cannot be read.`;

/** Line and column (from 1) of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

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

/** Runs `shieldkit-campaign <args>` and returns the exit code. */
export function runCli(args: readonly string[], io: CliIO): number {
  const [command, file, ...rest] = args;
  if (command !== 'validate' || !file || rest.length > 0) {
    io.err(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.err(`✖ ${file} cannot be read: ${(error as Error).message}`);
    return 2;
  }
  let campaign: unknown;
  try {
    campaign = JSON.parse(text);
  } catch (error) {
    const place = jsonErrorPlace(text, error as Error);
    io.err(
      `✖ ${file} is not valid JSON${place ? ` at ${place}` : ''}: ${(error as Error).message}`,
    );
    return 1;
  }
  const problems = validateCampaign(campaign);
  const errors = problems.filter((p) => p.level === 'error');
  for (const warning of problems.filter((p) => p.level === 'warning'))
    io.out(`! ${warning.message}`);
  if (errors.length === 0) {
    const id = (campaign as { id?: string }).id;
    io.out(`✔ ${file} is a valid Shieldkit campaign${id ? ` (${id})` : ''}.`);
    return 0;
  }
  io.err(`✖ ${file} has ${errors.length} problem${errors.length === 1 ? '' : 's'}:`);
  for (const problem of errors) io.err(`  - ${problem.message}`);
  return 1;
}
