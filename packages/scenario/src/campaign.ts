/**
 * What `<shield-scenario>` reads from a campaign: the `scenarios` part of the campaign file, as a
 * schema (the campaign validator, the JSON Schema and the TypeScript type all come from it), and
 * the limits its graph check keeps. No DOM.
 */
import { list, localized, map, object, oneOf, text, type Infer } from '@shieldkit/core/schema.js';

/**
 * Content limits of a scenario. Named constants, so they can move into a shared limits object
 * without touching the checks that read them.
 */
export const SCENARIO_MAX_NODES = 200;
export const SCENARIO_MAX_CHOICES = 8;
/** The most `remember` points an ending shows. */
export const SCENARIO_MAX_REMEMBER = 8;

/** Who a scenario is written for: the reader, someone the reader worries about, a responder. */
export const SCENARIO_AUDIENCES = ['self', 'others', 'responder'] as const;
export type ScenarioAudience = (typeof SCENARIO_AUDIENCES)[number];

/** How a choice or an ending turns out, said in words next to it (never by colour alone). */
export const SCENARIO_TONES = ['safer', 'riskier', 'neutral'] as const;
export type ScenarioTone = (typeof SCENARIO_TONES)[number];

const choice = object(
  'A choice the reader can make.',
  {
    text: localized('What the reader does, per language.'),
    next: text('The id of the node this choice leads to.', 'id'),
    feedback: localized(
      'Why this choice is safer or riskier, per language. Never blame: "Many people would — here is why it is risky".',
    ),
    tone: oneOf(SCENARIO_TONES, 'Whether the choice is safer, riskier or neither.'),
  },
  { text: 'a choice needs its words', next: 'a choice needs the node it leads to' },
);

const scenarioNode = object(
  'One step of a scenario: a situation with choices, or an ending.',
  {
    text: localized('The situation (or how it ends), per language.'),
    choices: list(choice, `What the reader can do (at most ${SCENARIO_MAX_CHOICES}).`),
    end: oneOf(SCENARIO_TONES, 'Makes this node an ending: how it turns out.'),
    remember: list(
      localized('A point to remember, per language.'),
      'What to remember (an ending).',
    ),
  },
  { text: 'a step needs its words' },
);

const source = object(
  'Where the scenario’s facts come from.',
  {
    title: text('The source’s title.'),
    url: text('Where to read it.', 'https-url'),
  },
  { title: 'a source needs its title' },
);

/** A role-play scenario as a campaign file holds it (texts per language). */
export const campaignScenario = object(
  'A role-play scenario: a situation, choices, why each is safer or riskier, and endings.',
  {
    id: text('A stable id for the scenario (the `scenario` attribute names it).', 'id'),
    title: localized('The scenario’s title, per language.'),
    intro: localized('What the reader is about to practise, per language.'),
    audience: oneOf(SCENARIO_AUDIENCES, 'Who it is for: self, others or responder.'),
    start: text('The id of the first node.', 'id'),
    nodes: map('id', scenarioNode, `The steps, by id (at most ${SCENARIO_MAX_NODES}).`),
    sources: list(source, 'Where the facts come from.'),
  },
  {
    id: 'every scenario needs an id',
    title: 'a scenario needs a title',
    start: 'a scenario needs the node it starts at',
    nodes: 'a scenario needs its steps',
  },
);

/** The campaign's `scenarios`: each is used or left out on its own. */
export const scenariosCampaign = list(campaignScenario, 'Role-play scenarios.', { itemized: true });

export type CampaignScenario = Infer<typeof campaignScenario>;
export type ScenarioNode = Infer<typeof scenarioNode>;
export type ScenarioChoice = Infer<typeof choice>;

declare global {
  interface ShieldCampaignSettings {
    /** Role-play scenarios, with texts per language. */
    scenarios?: CampaignScenario[];
  }
}
