import { helplines as ourHelplines } from '@shieldkit/helplines';
import {
  CONTRAST_PAIRS,
  LIMITS,
  contrastRatio,
  formatPath,
  formatRatio,
  isObject,
  parseHexColor,
  tokens,
  validate,
  type Fields,
  type Problem,
  type TokenName,
} from '@shieldkit/core/schema.js';
import { CHECKLIST_SETS, DEFAULT_CHECKLIST_SET } from '@shieldkit/red-flag-checklist/sets.js';
import { scenarioListProblems } from '@shieldkit/scenario/graph.js';
import { THEME_TOKENS, campaignSchema } from './schema.js';
import { PRINT_FLAGS } from './print.js';

/**
 * One thing wrong in a campaign: where (`['stories', 2, 'image', 'alt']`; `formatPath` writes it
 * `stories[2].image.alt`) and what, in plain language.
 */
export type CampaignProblem = Problem;

/** An error at `path`; its message is the path written for people, then `rest`. */
const error = (path: (string | number)[], rest: string): CampaignProblem => ({
  path,
  message: `${formatPath(path)}${rest}`,
  level: 'error',
});

/** Rules across fields, which a JSON Schema cannot say. */
function crossCheck(campaign: Fields, out: CampaignProblem[]): void {
  const languages = campaign['languages'];
  if (
    isObject(languages) &&
    Array.isArray(languages['offered']) &&
    typeof languages['default'] === 'string'
  ) {
    if (!languages['offered'].includes(languages['default'])) {
      out.push(
        error(
          ['languages', 'default'],
          ` "${languages['default']}" should also be in languages.offered`,
        ),
      );
    }
  }
  const helplines = campaign['helplines'];
  if (isObject(helplines)) {
    const custom = Array.isArray(helplines['custom']) ? helplines['custom'] : [];
    // Each record is checked by its own validator, through the schema (`helplineRecord`); here only
    // its length, which the record validator does not know.
    custom.slice(0, LIMITS.helplineRecords).forEach((record, index) => {
      if (!isObject(record)) return;
      const long = longText(record);
      if (long) {
        const where = ['helplines', 'custom', index, long.path];
        out.push(
          error(
            where,
            ` has ${long.length.toLocaleString('en-US')} characters, more than the ${LIMITS.textLength.toLocaleString('en-US')} a text may have: helplines.custom[${index}] is left out`,
          ),
        );
      }
    });
    const known = new Set([
      ...ourHelplines.map((h) => h.id),
      ...custom.map((r) => (isObject(r) ? r['id'] : undefined)),
    ]);
    (Array.isArray(helplines['include']) ? helplines['include'] : []).forEach((id, index) => {
      if (typeof id === 'string' && !known.has(id)) {
        out.push(
          error(['helplines', 'include', index], `: there is no helpline "${id}" (check the id)`),
        );
      }
    });
  }
  checkPrintFlags(campaign, out);
  const stories = Array.isArray(campaign['stories'])
    ? campaign['stories'].slice(0, LIMITS.stories)
    : [];
  const ids = new Set<unknown>();
  stories.forEach((story, index) => {
    if (!isObject(story)) return;
    if (ids.has(story['id'])) {
      out.push(error(['stories', index, 'id'], ` repeats "${String(story['id'])}"`));
    }
    ids.add(story['id']);
    const consent = story['consent'];
    if (
      isObject(consent) &&
      typeof consent['given'] === 'string' &&
      typeof consent['expires'] === 'string'
    ) {
      if (consent['expires'] <= consent['given']) {
        out.push(error(['stories', index, 'consent', 'expires'], ' should be after consent.given'));
      }
    }
  });
  // Scenarios: their graphs (every step reachable, every path to an ending) and their ids.
  out.push(...scenarioListProblems(campaign['scenarios']));
}

/** `print.flags`: 3 to 5 ids, each an item the campaign's checklist shows (its set or its own). */
function checkPrintFlags(campaign: Fields, out: CampaignProblem[]): void {
  const print = campaign['print'];
  const flags = isObject(print) && Array.isArray(print['flags']) ? print['flags'] : undefined;
  if (!flags) return;
  if (flags.length < PRINT_FLAGS.min || flags.length > PRINT_FLAGS.max) {
    out.push(
      error(
        ['print', 'flags'],
        ` has ${flags.length} red flags: a poster shows ${PRINT_FLAGS.min} to ${PRINT_FLAGS.max}`,
      ),
    );
  }
  const checklist = isObject(campaign['checklist']) ? campaign['checklist'] : {};
  const setName = checklist['set'];
  const set =
    typeof setName === 'string' && setName in CHECKLIST_SETS
      ? CHECKLIST_SETS[setName as keyof typeof CHECKLIST_SETS]
      : CHECKLIST_SETS[DEFAULT_CHECKLIST_SET];
  const removed = Array.isArray(checklist['remove']) ? checklist['remove'] : [];
  const own = Array.isArray(checklist['add']) ? checklist['add'] : [];
  const shown = new Set<unknown>([
    ...set.map((item) => item.id).filter((id) => !removed.includes(id)),
    ...own.map((item) => (isObject(item) ? item['id'] : undefined)),
  ]);
  flags.forEach((id, index) => {
    if (typeof id === 'string' && !shown.has(id)) {
      out.push(
        error(
          ['print', 'flags', index],
          `: "${id}" is not an item of the campaign’s checklist (its set, less removed items, plus its own)`,
        ),
      );
    }
  });
}

/**
 * The first text in a helpline record longer than `LIMITS.textLength`: its path (`channels[0].note`)
 * and length. One pass over the record with a list of places to visit, not recursion, so a record
 * nested thousands deep cannot overflow the stack.
 */
function longText(record: Fields): { path: string; length: number } | undefined {
  const todo: [unknown, string][] = [[record, '']];
  for (let next = todo.pop(); next; next = todo.pop()) {
    const [value, path] = next;
    if (typeof value === 'string') {
      if (value.length > LIMITS.textLength) return { path, length: value.length };
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => todo.push([item, `${path}[${i}]`]));
    } else if (isObject(value)) {
      for (const [key, item] of Object.entries(value))
        todo.push([item, path ? `${path}.${key}` : key]);
    }
  }
  return undefined;
}

type ThemeField = keyof typeof THEME_TOKENS;

/** Token → the theme field that sets it. */
const FIELD_OF = Object.fromEntries(
  Object.entries(THEME_TOKENS).map(([field, token]) => [token, field]),
) as Partial<Record<TokenName, ThemeField>>;

/**
 * Every colour pair of `theme` below its WCAG AA minimum (`CONTRAST_PAIRS`: 4.5:1 for text, 3:1
 * for focus rings and borders), and the theme's colours that are left out for it: both colours of
 * such a pair keep their defaults, then the pairs are checked again (a colour left out can leave
 * another pair with a default it does not suit) until every pair reads. The defaults meet every
 * minimum, so this ends.
 */
export function checkContrast(theme: unknown): {
  problems: CampaignProblem[];
  leftOut: Set<string>;
} {
  const problems: CampaignProblem[] = [];
  const leftOut = new Set<string>();
  if (!isObject(theme)) return { problems, leftOut };
  const color = (token: TokenName): { value: string; field?: ThemeField } => {
    const field = FIELD_OF[token];
    const value = field && !leftOut.has(field) ? theme[field] : undefined;
    return parseHexColor(value) ? { value: value as string, field } : { value: tokens[token] };
  };
  const name = ({ value, field }: { value: string; field?: ThemeField }, token: TokenName) =>
    field
      ? `theme.${field} (${value})`
      : `the default ${FIELD_OF[token] ?? token} colour (${value})`;
  for (let changed = true; changed;) {
    changed = false;
    for (const { fore, back, minimum } of CONTRAST_PAIRS) {
      const [f, b] = [color(fore), color(back)];
      if (!f.field && !b.field) continue;
      const ratio = contrastRatio(f.value, b.value)!;
      if (ratio >= minimum) continue;
      const what =
        minimum === 3 ? (fore === '--shield-focus-color' ? 'a focus ring' : 'a border') : 'text';
      const set = [f.field, b.field].filter((field) => field !== undefined);
      problems.push({
        path: ['theme', set[0]!],
        message: `${name(f, fore)} on ${name(b, back)} has a contrast of ${formatRatio(ratio, minimum)}, below the ${minimum}:1 ${what} needs (WCAG AA): ${set.map((field) => `theme.${field}`).join(' and ')} ${set.length > 1 ? 'are' : 'is'} left out, and the default colours are used`,
        level: 'error',
      });
      for (const field of set) leftOut.add(field);
      changed = true;
    }
  }
  return { problems, leftOut };
}

/**
 * Every problem in a campaign, each with its JSON path and a plain-language message. An empty list
 * means the campaign is valid. Warnings (level `warning`) do not stop a part from being used.
 */
export function validateCampaign(campaign: unknown): CampaignProblem[] {
  return inspectCampaign(campaign).problems;
}

/**
 * The problems of a campaign (as `validateCampaign`), and those of its theme's contrast apart: the
 * theme then loses only the colours of the pairs that do not read (`leftOut`), not all of it.
 */
export function inspectCampaign(campaign: unknown): {
  problems: CampaignProblem[];
  contrast: { problems: CampaignProblem[]; leftOut: Set<string> };
} {
  const problems = validate(campaignSchema, campaign, { name: 'The campaign', kind: 'campaign' });
  const contrast = checkContrast(isObject(campaign) ? campaign['theme'] : undefined);
  if (isObject(campaign)) crossCheck(campaign, problems);
  problems.push(...contrast.problems);
  return { problems, contrast };
}
