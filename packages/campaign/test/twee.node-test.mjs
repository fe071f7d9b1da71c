// `shieldkit-campaign import-twee` and the Twee 3 parser, over the examples of the Twee 3
// specification (iftechfoundation/twine-specs, twee-3-specification.md). Runs the built files:
// node --test packages/campaign/test/twee.node-test.mjs (after npm run build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLink, parseTwee, stepId, tweeToScenario } from '../dist/twee.js';

const bin = new URL('../bin/shieldkit-campaign.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'twee-'));
const write = (name, text) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

test('passage headers from the spec: name, tags, metadata, escapes', () => {
  const passages = parseTwee(
    [
      ':: StoryTitle',
      'Practice',
      '',
      ':: An overgrown path [forest spooky]',
      'Text one.',
      '',
      ':: A passage with metadata {"position":"600,400","size":"100,200"}',
      'Text two.',
      '',
      ':: Tagged and placed [a b] {"position":"1,1"}',
      ':: Escaped \\[name\\] with \\{braces\\}',
      'Text three.',
    ].join('\n'),
  );
  assert.deepEqual(
    passages.map(({ name, tags, text }) => [name, tags, text]),
    [
      ['StoryTitle', [], 'Practice'],
      ['An overgrown path', ['forest', 'spooky'], 'Text one.'],
      ['A passage with metadata', [], 'Text two.'],
      ['Tagged and placed', ['a', 'b'], ''],
      ['Escaped [name] with {braces}', [], 'Text three.'],
    ],
  );
  assert.equal(passages[1].line, 4);
});

test('the four link forms of Twine 2', () => {
  assert.deepEqual(parseLink('Go'), { text: 'Go', target: 'Go' });
  assert.deepEqual(parseLink('Go on->Next'), { text: 'Go on', target: 'Next' });
  assert.deepEqual(parseLink('Next<-Go on'), { text: 'Go on', target: 'Next' });
  assert.deepEqual(parseLink('Go on|Next'), { text: 'Go on', target: 'Next' });
  assert.equal(stepId('Ask the Recruiter!'), 'ask-the-recruiter');
});

const story = `:: StoryTitle
A room to rent

:: StoryData
{"ifid":"D674C58C-DEFA-4F70-B7A2-27742230C0FC","format":"Harlowe","start":"Offer"}

:: Notes
Not linked: it is never reached.
[[Offer]]

:: Offer
A room is offered for free if you work for the owner.
[[Ask for a written agreement->Fine]]
[[Move in today|Stuck]]

:: Fine [safer]
You found another room.
- Get it in writing.

:: Stuck [riskier]
You owe more each week.
`;

test('passages become steps, links choices, unlinked passages endings with their tag and remember points', () => {
  const { scenario, problems } = tweeToScenario(
    story.replace(/:: Notes[\s\S]*?\[\[Offer\]\]\n\n/, ''),
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(scenario, {
    id: 'a-room-to-rent',
    title: 'A room to rent',
    start: 'offer',
    nodes: {
      offer: {
        text: 'A room is offered for free if you work for the owner.',
        choices: [
          { text: 'Ask for a written agreement', next: 'fine' },
          { text: 'Move in today', next: 'stuck' },
        ],
      },
      fine: { text: 'You found another room.', end: 'safer', remember: ['Get it in writing.'] },
      stuck: { text: 'You owe more each week.', end: 'riskier' },
    },
  });
});

test('the graph is checked: an unreachable passage and a missing target are named', () => {
  const { scenario, problems } = tweeToScenario(
    story.replace('[[Move in today|Stuck]]', '[[Move in today|Nowhere]]'),
  );
  assert.equal(scenario, undefined);
  assert.deepEqual(
    problems,
    [
      'nodes.notes is never reached: no choice leads to it from the start.',
      'nodes.offer.choices[1].next is "nowhere", but there is no step "nowhere".',
      'nodes.stuck is never reached: no choice leads to it from the start.',
    ].sort((a, b) => problems.indexOf(a) - problems.indexOf(b)),
  );
});

test('macros, variables, HTML and scripts are refused with their passage and line', () => {
  const { scenario, problems } = tweeToScenario(
    [
      ':: Start',
      'Hello <<set $met to true>>',
      '(if: $met)[Again]',
      '<script>alert(1)</script>',
      '[[End]]',
      ':: End',
      'Bye.',
      ':: Code [script]',
      'window.x = 1;',
    ].join('\n'),
  );
  assert.equal(scenario, undefined);
  assert.deepEqual(problems, [
    'passage "Code" (line 8) is a script: scenarios are text only, remove it.',
    'passage "Start", line 2: a SugarCube macro <<…>> is code; a scenario is text only.',
    'passage "Start", line 3: a Harlowe macro (name: …) is code; a scenario is text only.',
    'passage "Start", line 4: HTML or a script <…> is code; a scenario is text only.',
  ]);
});

test('the CLI prints the scenario as JSON (exit 0), or every problem (exit 1)', () => {
  const good = run(
    'import-twee',
    write('good.twee', story.replace(/:: Notes[\s\S]*?\[\[Offer\]\]\n\n/, '')),
    '--id',
    'room',
  );
  assert.equal(good.status, 0, good.stderr);
  assert.equal(JSON.parse(good.stdout).id, 'room');
  assert.match(good.stderr, /3 steps/);
  const bad = run('import-twee', write('bad.twee', ':: Start\n<<goto "x">>\n'));
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /SugarCube macro/);
  assert.equal(run('import-twee').status, 2);
  assert.equal(run('import-twee', join(dir, 'missing.twee')).status, 2);
});
