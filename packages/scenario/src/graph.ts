/**
 * The checks a scenario needs beyond its shape: its steps form a graph that a reader can play from
 * the start to an ending whatever they choose. Every problem has its path and a sentence in plain
 * words. Linear in the size of the scenario (each node and choice is read a fixed number of times),
 * so a hostile file of 10,000 nodes is refused at once, never walked. No DOM.
 */
import {
  formatPath,
  isObject,
  matchesFormat,
  show,
  validate,
  type Fields,
  type Path,
  type Problem,
} from '@shieldkit/core/schema.js';
import {
  SCENARIO_MAX_CHOICES,
  SCENARIO_MAX_NODES,
  SCENARIO_MAX_REMEMBER,
  campaignScenario,
} from './campaign.js';

/** Limits the graph check keeps (the defaults are the content limits above). */
export interface ScenarioLimits {
  maxNodes: number;
  maxChoices: number;
  maxRemember: number;
}

export const DEFAULT_SCENARIO_LIMITS: Readonly<ScenarioLimits> = {
  maxNodes: SCENARIO_MAX_NODES,
  maxChoices: SCENARIO_MAX_CHOICES,
  maxRemember: SCENARIO_MAX_REMEMBER,
};

/**
 * Names JavaScript gives every object (`__proto__`, `constructor`, `toString` …): refused as step
 * ids, so no lookup can ever reach a built-in property instead of a step.
 */
const RESERVED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

const error = (path: Path, rest: string): Problem => ({
  path: [...path],
  message: `${path.length ? formatPath(path) : 'The scenario'}${rest}`,
  level: 'error',
});

/**
 * Every problem of a scenario's graph: `start` and every `next` name a step, every step is reached
 * from the start, every reached step can lead to an ending, no more steps and choices than the
 * limits, no reserved ids. `at` is the scenario's own path (`['scenarios', 2]` in a campaign).
 * Reads whatever shape it gets (the schema check reports wrong shapes): never throws.
 */
export function scenarioGraphProblems(
  scenario: unknown,
  at: Path = [],
  limits: ScenarioLimits = DEFAULT_SCENARIO_LIMITS,
): Problem[] {
  const out: Problem[] = [];
  if (!isObject(scenario) || !isObject(scenario['nodes'])) return out;
  const nodesPath = [...at, 'nodes'];
  const keys = Object.keys(scenario['nodes']);
  if (keys.length > limits.maxNodes) {
    out.push(
      error(
        nodesPath,
        ` has ${keys.length} steps; a scenario may have at most ${limits.maxNodes}. Split it into shorter scenarios.`,
      ),
    );
    return out;
  }
  const raw = scenario['nodes'];
  const nodes = new Map<string, Fields>();
  for (const id of keys) {
    const node = raw[id];
    if (RESERVED.has(id)) {
      // `__proto__` also breaks the id format, which the schema check already reports.
      if (matchesFormat(id, 'id'))
        out.push(
          error([...nodesPath, id], ` is a name JavaScript uses itself: choose another id.`),
        );
      continue;
    }
    if (isObject(node)) nodes.set(id, node);
  }

  /** The steps each step leads to (by id, only existing ones) and those that lead to it. */
  const next = new Map<string, string[]>();
  const previous = new Map<string, string[]>();
  const endings: string[] = [];
  const deadEnds = new Set<string>();
  for (const [id, node] of nodes) {
    const path = [...nodesPath, id];
    const choices = node['choices'];
    const list = Array.isArray(choices) ? choices : [];
    const targets: string[] = [];
    if (list.length > limits.maxChoices) {
      out.push(
        error(
          [...path, 'choices'],
          ` has ${list.length} choices; a step may have at most ${limits.maxChoices}.`,
        ),
      );
    }
    list.forEach((choice: unknown, index) => {
      if (!isObject(choice) || typeof choice['next'] !== 'string') return;
      const target = choice['next'];
      if (nodes.has(target)) {
        targets.push(target);
        const into = previous.get(target);
        if (into) into.push(id);
        else previous.set(target, [id]);
      } else {
        out.push(
          error(
            [...path, 'choices', index, 'next'],
            ` is ${show(target)}, but there is no step ${show(target)}.`,
          ),
        );
      }
    });
    next.set(id, targets);
    const remember = node['remember'];
    if (Array.isArray(remember) && remember.length > limits.maxRemember) {
      out.push(
        error(
          [...path, 'remember'],
          ` has ${remember.length} points; an ending shows at most ${limits.maxRemember}.`,
        ),
      );
    }
    if (node['end'] !== undefined) {
      endings.push(id);
      if (list.length > 0)
        out.push(
          error(
            [...path, 'choices'],
            ` is on an ending ("end"): an ending has no choices. Remove them, or remove "end".`,
          ),
        );
    } else if (list.length === 0) {
      deadEnds.add(id);
      out.push(error(path, ` leads nowhere: give it choices, or make it an ending with "end".`));
    }
  }

  const start = scenario['start'];
  const reached = new Set<string>();
  if (typeof start === 'string' && nodes.has(start)) {
    const queue = [start];
    reached.add(start);
    for (let i = 0; i < queue.length; i++) {
      for (const target of next.get(queue[i]!)!) {
        if (reached.has(target)) continue;
        reached.add(target);
        queue.push(target);
      }
    }
  } else if (typeof start === 'string') {
    out.push(error([...at, 'start'], ` is ${show(start)}, but there is no step ${show(start)}.`));
  }

  // Every step from which some path leads to an ending: walk backwards from the endings.
  const canEnd = new Set(endings);
  const queue = [...endings];
  for (let i = 0; i < queue.length; i++) {
    for (const source of previous.get(queue[i]!) ?? []) {
      if (canEnd.has(source)) continue;
      canEnd.add(source);
      queue.push(source);
    }
  }

  if (reached.size > 0) {
    for (const id of nodes.keys()) {
      if (!reached.has(id)) {
        out.push(
          error([...nodesPath, id], ` is never reached: no choice leads to it from the start.`),
        );
      } else if (!canEnd.has(id) && !deadEnds.has(id)) {
        out.push(
          error(
            [...nodesPath, id],
            ` cannot lead to an ending: every choice from here goes round in a circle or to a step that leads nowhere.`,
          ),
        );
      }
    }
    if (endings.length === 0)
      out.push(error(nodesPath, ` has no ending: mark at least one step with "end".`));
  }
  return out;
}

/**
 * A scenario's shape (the campaign schema) and its graph: every problem, in order. For a scenario on
 * its own (the `scenarios` property, `import-twee`); a campaign's are checked by the campaign's
 * validator, with their place in the file.
 */
export function validateScenario(
  scenario: unknown,
  limits: ScenarioLimits = DEFAULT_SCENARIO_LIMITS,
): Problem[] {
  return [
    ...validate(campaignScenario, scenario, { name: 'The scenario', kind: 'scenario' }),
    ...scenarioGraphProblems(scenario, [], limits),
  ];
}

/** Every problem across a list of scenarios: each one's graph, and ids used twice. */
export function scenarioListProblems(scenarios: unknown, at: Path = ['scenarios']): Problem[] {
  if (!Array.isArray(scenarios)) return [];
  const out: Problem[] = [];
  const seen = new Set<string>();
  scenarios.forEach((scenario: unknown, index) => {
    out.push(...scenarioGraphProblems(scenario, [...at, index]));
    if (!isObject(scenario) || typeof scenario['id'] !== 'string') return;
    if (seen.has(scenario['id']))
      out.push(
        error(
          [...at, index, 'id'],
          ` repeats ${show(scenario['id'])}: each scenario needs its own id.`,
        ),
      );
    seen.add(scenario['id']);
  });
  return out;
}
