import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { parseCampaign, validateCampaign } from '@shieldkit/campaign';
import {
  SCENARIO_MAX_CHOICES,
  SCENARIO_MAX_NODES,
  scenarioGraphProblems,
  validateScenario,
  type CampaignScenario,
} from '../src/index.js';

/** A small valid scenario: a step with two choices, two endings. */
const good = (): CampaignScenario => ({
  id: 'practice',
  title: 'Practice',
  intro: 'Try it.',
  audience: 'self',
  start: 'a',
  nodes: {
    a: {
      text: 'A message arrives.',
      choices: [
        { text: 'Ask questions', next: 'safe', feedback: 'Good to ask.', tone: 'safer' },
        { text: 'Say yes', next: 'risky', feedback: 'Many people would.', tone: 'riskier' },
      ],
    },
    safe: { text: 'You took your time.', end: 'safer', remember: ['Ask first.'] },
    risky: { text: 'It went badly.', end: 'riskier' },
  },
  sources: [{ title: 'ILO indicators', url: 'https://www.ilo.org/' }],
});

const messages = (scenario: unknown) => validateScenario(scenario).map((p) => p.message);

describe('scenario graph validation: a corpus of broken scenarios', () => {
  it('accepts a valid scenario', () => {
    expect(validateScenario(good())).to.deep.equal([]);
  });

  it('a missing next: names the choice and the step it wanted', () => {
    const s = good();
    s.nodes['a']!.choices![1]!.next = 'nowhere';
    expect(messages(s)).to.deep.equal([
      'nodes.a.choices[1].next is "nowhere", but there is no step "nowhere".',
      'nodes.risky is never reached: no choice leads to it from the start.',
    ]);
    expect(validateScenario(s)[0]!.path).to.deep.equal(['nodes', 'a', 'choices', 1, 'next']);
  });

  it('a start that is not a step', () => {
    const s = good();
    s.start = 'b';
    expect(messages(s)).to.deep.equal(['start is "b", but there is no step "b".']);
  });

  it('an unreachable step', () => {
    const s = good();
    s.nodes['orphan'] = { text: 'Nobody comes here.', end: 'neutral' };
    expect(messages(s)).to.deep.equal([
      'nodes.orphan is never reached: no choice leads to it from the start.',
    ]);
  });

  it('a cycle with no way out: every step in it is named', () => {
    const s = good();
    s.nodes['a']!.choices![1]!.next = 'loop1';
    s.nodes['loop1'] = { text: 'Round', choices: [{ text: 'Go on', next: 'loop2' }] };
    s.nodes['loop2'] = { text: 'And round', choices: [{ text: 'Go back', next: 'loop1' }] };
    delete s.nodes['risky'];
    expect(messages(s)).to.deep.equal([
      'nodes.loop1 cannot lead to an ending: every choice from here goes round in a circle or to a step that leads nowhere.',
      'nodes.loop2 cannot lead to an ending: every choice from here goes round in a circle or to a step that leads nowhere.',
    ]);
  });

  it('a cycle with a way out is fine (the reader can go round, then leave)', () => {
    const s = good();
    s.nodes['a']!.choices!.push({ text: 'Think again', next: 'a' });
    expect(validateScenario(s)).to.deep.equal([]);
  });

  it('a step that leads nowhere, an ending with choices, no ending at all', () => {
    const s = good();
    s.nodes['safe'] = { text: 'Stuck.' };
    s.nodes['risky']!.choices = [{ text: 'Again', next: 'a' }];
    expect(messages(s)).to.deep.equal([
      'nodes.safe leads nowhere: give it choices, or make it an ending with "end".',
      'nodes.risky.choices is on an ending ("end"): an ending has no choices. Remove them, or remove "end".',
    ]);
    const none = good();
    none.nodes = { a: { text: 'A', choices: [{ text: 'again', next: 'a' }] } };
    expect(messages(none)).to.deep.equal([
      'nodes.a cannot lead to an ending: every choice from here goes round in a circle or to a step that leads nowhere.',
      'nodes has no ending: mark at least one step with "end".',
    ]);
  });

  it(`more than ${SCENARIO_MAX_CHOICES} choices on a step`, () => {
    const s = good();
    for (let i = 0; i < SCENARIO_MAX_CHOICES - 1; i++)
      s.nodes['a']!.choices!.push({ text: `More ${i}`, next: 'safe' });
    expect(s.nodes['a']!.choices!.length).to.equal(SCENARIO_MAX_CHOICES + 1);
    expect(messages(s)).to.deep.equal([
      `nodes.a.choices has ${SCENARIO_MAX_CHOICES + 1} choices; a step may have at most ${SCENARIO_MAX_CHOICES}.`,
    ]);
  });

  it('10,000 steps: refused by their number, without walking the graph', () => {
    const nodes: Record<string, unknown> = {};
    let reads = 0;
    for (let i = 0; i < 10_000; i++) {
      nodes[`n${i}`] = {
        text: 'Step',
        get choices() {
          reads++;
          return [{ text: 'On', next: `n${i + 1}` }];
        },
      };
    }
    const problems = scenarioGraphProblems({ ...good(), start: 'n0', nodes });
    expect(problems.map((p) => p.message)).to.deep.equal([
      `nodes has 10000 steps; a scenario may have at most ${SCENARIO_MAX_NODES}. Split it into shorter scenarios.`,
    ]);
    expect(reads).to.equal(0);
  });

  it('walks a 10,000-step graph in linear time when the limit allows it: each step’s choices are read once', () => {
    // A chain whose last step goes back to the first: no ending anywhere. Quadratic checks would
    // read the choices millions of times; a linear walk reads each step's once.
    const n = 10_000;
    const nodes: Record<string, unknown> = {};
    let reads = 0;
    for (let i = 0; i < n; i++) {
      nodes[`n${i}`] = {
        text: 'Step',
        get choices() {
          reads++;
          return [{ text: 'On', next: `n${(i + 1) % n}` }];
        },
      };
    }
    const problems = scenarioGraphProblems({ start: 'n0', nodes }, [], {
      maxNodes: n,
      maxChoices: 8,
      maxRemember: 8,
    });
    expect(reads).to.equal(n);
    expect(problems.length).to.equal(n + 1);
    expect(problems.at(-1)!.message).to.equal(
      'nodes has no ending: mark at least one step with "end".',
    );
  });

  it('refuses __proto__-style step ids, and a next that names one finds no step', () => {
    const s = JSON.parse(
      JSON.stringify(good()).replace(
        '"risky":{',
        '"__proto__":{"text":"x","end":"safer"},"constructor":{"text":"y","end":"safer"},"risky":{',
      ),
    ) as CampaignScenario;
    s.nodes['a']!.choices![0]!.next = 'constructor';
    expect(Object.hasOwn(s.nodes, '__proto__')).to.equal(true);
    expect(messages(s)).to.deep.equal([
      'nodes.__proto__: "__proto__" should be lower-case letters, digits and dashes only',
      'nodes.constructor is a name JavaScript uses itself: choose another id.',
      'nodes.a.choices[0].next is "constructor", but there is no step "constructor".',
      'nodes.safe is never reached: no choice leads to it from the start.',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('wrong shapes are the schema’s problems, in plain words; the graph check never throws on them', () => {
    for (const hostile of [null, 3, 'x', [], { nodes: [] }, { nodes: { a: null }, start: 7 }])
      expect(() => scenarioGraphProblems(hostile)).not.to.throw();
    expect(
      messages({ id: 'Bad Id', title: '', start: 'a', nodes: { a: { text: 'x', end: 'maybe' } } }),
    ).to.deep.equal([
      'id is "Bad Id": it should be lower-case letters, digits and dashes only',
      'title is empty',
      'nodes.a.end is "maybe", which is not one of: safer, riskier, neutral',
    ]);
  });
});

describe('scenarios in a campaign', () => {
  const campaign = (scenarios: unknown[]) => ({
    version: 1,
    id: 'test',
    languages: { default: 'en' },
    scenarios,
  });

  it('every problem has its place in the file; a broken scenario is left out alone', () => {
    const broken = good();
    broken.id = 'broken';
    broken.nodes['a']!.choices![0]!.next = 'gone';
    const twice = good();
    const input = campaign([good(), broken, twice]);
    expect(validateCampaign(input).map((p) => p.message)).to.deep.equal([
      'scenarios[1].nodes.a.choices[0].next is "gone", but there is no step "gone".',
      'scenarios[1].nodes.safe is never reached: no choice leads to it from the start.',
      'scenarios[2].id repeats "practice": each scenario needs its own id.',
    ]);
    const { campaign: parsed } = parseCampaign(input);
    expect(parsed!.scenarios!.map((s) => s.id)).to.deep.equal(['practice']);
  });

  it('checks the shape through the campaign schema', () => {
    const input = campaign([
      { ...good(), nodes: { a: { text: 'x', end: 'safer', colour: 'red' } } },
    ]);
    expect(validateCampaign(input).map((p) => p.message)).to.deep.equal([
      'scenarios[0].nodes.a.colour is not a campaign field (check the spelling)',
    ]);
  });
});
