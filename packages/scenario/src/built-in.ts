/**
 * The built-in scenarios: their structure here, their words in `@shieldkit/locales`
 * (`translations/scenarios/<code>.json`, one flat file per language, loaded lazily). A text's key
 * is made from its place: `<scenario>.title`, `<scenario>.intro`, `<scenario>.<step>.text`,
 * `<scenario>.<step>.choice-<n>.text` and `.feedback`, `<scenario>.<step>.remember-<n>` (n from 1).
 * Written in our own plain words from the sources in `shared/data/indicator-sources.md`.
 */
import type { CampaignScenario, ScenarioAudience, ScenarioNode, ScenarioTone } from './campaign.js';

interface BuiltInStep {
  /** Where each choice leads and how it turns out (its words come from the texts). */
  choices?: readonly (readonly [next: string, tone: ScenarioTone])[];
  end?: ScenarioTone;
  /** How many `remember` points the ending has. */
  remember?: number;
}

interface BuiltInScenario {
  audience: ScenarioAudience;
  start: string;
  nodes: Readonly<Record<string, BuiltInStep>>;
  sources: readonly string[];
}

const ILO = 'ILO Indicators of Forced Labour (2012)';
const DELPHI =
  'ILO–European Commission Operational Indicators of Trafficking in Human Beings (2009)';
const UNODC = 'UNODC Human Trafficking Indicators';
const BLUE = 'US DHS Blue Campaign and Polaris: Recognize the Signs';
const CTDC = 'Counter-Trafficking Data Collaborative: means of control';

export const BUILT_IN_SCENARIOS = {
  'job-offer-online': {
    audience: 'self',
    start: 'message',
    nodes: {
      message: {
        choices: [
          ['details', 'safer'],
          ['hurry', 'riskier'],
          ['trusted', 'safer'],
        ],
      },
      details: {
        choices: [
          ['passport', 'riskier'],
          ['check', 'safer'],
        ],
      },
      hurry: {
        choices: [
          ['end-debt', 'riskier'],
          ['check', 'safer'],
        ],
      },
      trusted: {
        choices: [
          ['end-helpline', 'safer'],
          ['hurry', 'riskier'],
        ],
      },
      passport: {
        choices: [
          ['end-debt', 'riskier'],
          ['end-helpline', 'safer'],
        ],
      },
      check: {
        choices: [
          ['end-safe', 'safer'],
          ['passport', 'riskier'],
        ],
      },
      'end-safe': { end: 'safer', remember: 3 },
      'end-helpline': { end: 'safer', remember: 3 },
      'end-debt': { end: 'riskier', remember: 3 },
    },
    sources: [ILO, DELPHI, CTDC],
  },
  'transit-offer': {
    audience: 'self',
    start: 'station',
    nodes: {
      station: {
        choices: [
          ['car', 'riskier'],
          ['questions', 'safer'],
          ['aid', 'safer'],
        ],
      },
      questions: {
        choices: [
          ['aid', 'safer'],
          ['car', 'riskier'],
        ],
      },
      car: {
        choices: [
          ['end-debt', 'riskier'],
          ['exit', 'safer'],
        ],
      },
      exit: {
        choices: [
          ['end-helpline', 'safer'],
          ['aid', 'safer'],
        ],
      },
      aid: {
        choices: [
          ['end-safe', 'safer'],
          ['questions', 'riskier'],
        ],
      },
      'end-safe': { end: 'safer', remember: 3 },
      'end-helpline': { end: 'safer', remember: 3 },
      'end-debt': { end: 'riskier', remember: 3 },
    },
    sources: [DELPHI, UNODC, ILO],
  },
  'responder-shelter': {
    audience: 'responder',
    start: 'arrival',
    nodes: {
      arrival: {
        choices: [
          ['confront', 'riskier'],
          ['alone', 'safer'],
          ['confront', 'riskier'],
        ],
      },
      confront: {
        choices: [
          ['referral', 'safer'],
          ['end-left', 'riskier'],
        ],
      },
      alone: {
        choices: [
          ['promise', 'riskier'],
          ['referral', 'safer'],
        ],
      },
      promise: {
        choices: [
          ['referral', 'safer'],
          ['end-left', 'riskier'],
        ],
      },
      referral: {
        choices: [
          ['end-safe', 'safer'],
          ['referral', 'riskier'],
        ],
      },
      'end-safe': { end: 'safer', remember: 4 },
      'end-left': { end: 'riskier', remember: 3 },
    },
    sources: [BLUE, UNODC, DELPHI],
  },
} as const satisfies Record<string, BuiltInScenario>;

export type BuiltInScenarioId = keyof typeof BUILT_IN_SCENARIOS;
export const BUILT_IN_SCENARIO_IDS = Object.keys(BUILT_IN_SCENARIOS) as BuiltInScenarioId[];

export const isBuiltInScenario = (id: string | undefined): id is BuiltInScenarioId =>
  id !== undefined && Object.hasOwn(BUILT_IN_SCENARIOS, id);

/** Every text key a built-in scenario needs, in reading order (the translators' file has these). */
export function builtInScenarioKeys(id: BuiltInScenarioId): string[] {
  const { nodes } = BUILT_IN_SCENARIOS[id] as BuiltInScenario;
  const keys = [`${id}.title`, `${id}.intro`];
  for (const [step, node] of Object.entries(nodes)) {
    keys.push(`${id}.${step}.text`);
    node.choices?.forEach((_, i) =>
      keys.push(`${id}.${step}.choice-${i + 1}.text`, `${id}.${step}.choice-${i + 1}.feedback`),
    );
    for (let i = 1; i <= (node.remember ?? 0); i++) keys.push(`${id}.${step}.remember-${i}`);
  }
  return keys;
}

/**
 * A built-in scenario in the campaign's format, its words taken from `texts` (a language's flat
 * scenario file) and, for a key it lacks, from `fallback` (English).
 */
export function builtInScenario(
  id: BuiltInScenarioId,
  texts: Readonly<Record<string, string>>,
  fallback: Readonly<Record<string, string>> = {},
): CampaignScenario {
  const { audience, start, nodes, sources } = BUILT_IN_SCENARIOS[id] as BuiltInScenario;
  const word = (key: string) => texts[`${id}.${key}`] ?? fallback[`${id}.${key}`] ?? '';
  const built: Record<string, ScenarioNode> = {};
  for (const [step, node] of Object.entries(nodes)) {
    built[step] = {
      text: word(`${step}.text`),
      ...(node.choices
        ? {
            choices: node.choices.map(([next, tone], i) => ({
              text: word(`${step}.choice-${i + 1}.text`),
              feedback: word(`${step}.choice-${i + 1}.feedback`),
              next,
              tone,
            })),
          }
        : {}),
      ...(node.end
        ? {
            end: node.end,
            remember: Array.from({ length: node.remember ?? 0 }, (_, i) =>
              word(`${step}.remember-${i + 1}`),
            ),
          }
        : {}),
    };
  }
  return {
    id,
    title: word('title'),
    intro: word('intro'),
    audience,
    start,
    nodes: built,
    sources: sources.map((title) => ({ title })),
  };
}
