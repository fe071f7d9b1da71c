export {
  scenarioGraphProblems,
  scenarioListProblems,
  validateScenario,
  DEFAULT_SCENARIO_LIMITS,
  type ScenarioLimits,
} from './graph.js';
export {
  SCENARIO_AUDIENCES,
  SCENARIO_MAX_CHOICES,
  SCENARIO_MAX_NODES,
  SCENARIO_MAX_REMEMBER,
  SCENARIO_TONES,
  type CampaignScenario,
  type ScenarioAudience,
  type ScenarioChoice,
  type ScenarioNode,
  type ScenarioTone,
} from './campaign.js';
// The campaign's schema is `@shieldkit/scenario/campaign.js`.
export {
  BUILT_IN_SCENARIOS,
  BUILT_IN_SCENARIO_IDS,
  builtInScenario,
  builtInScenarioKeys,
  isBuiltInScenario,
  type BuiltInScenarioId,
} from './built-in.js';
export { ShieldScenario, DEFAULT_SCENARIO, type ScenarioEndDetail } from './scenario.js';
