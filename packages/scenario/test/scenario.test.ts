import '../../core/test/support/safety-guard.js';
import { expectTokenUse } from '../../core/test/support/tokens.js';
import { itForgets } from '../../core/test/support/forgets.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { collectShieldErrors, spyConsole } from '../../core/test/support/console-spy.js';
import { provideCampaign } from '../../core/test/support/campaign.js';
import { rendered } from '../../core/test/support/rendered.js';
import { loadScenarioStrings } from '@shieldkit/locales/scenarios.js';
import { styles } from '../src/scenario.styles.js';
import {
  BUILT_IN_SCENARIOS,
  BUILT_IN_SCENARIO_IDS,
  type BuiltInScenarioId,
  type CampaignScenario,
  type ScenarioEndDetail,
  type ShieldScenario,
} from '../src/index.js';
import '../src/define.js';

const EN = (await loadScenarioStrings('en'))!;

const $ = (el: ShieldScenario, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: ShieldScenario, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const part = (el: ShieldScenario, name: string) => $(el, `[part~="${name}"]`);
const choices = (el: ShieldScenario) => $$(el, '[part~=choice]') as HTMLButtonElement[];
/** The element that has focus, inside the widget's shadow root. */
const focused = (el: ShieldScenario) => el.shadowRoot!.activeElement as HTMLElement | null;

/** A widget once it shows its scenario (its texts load on demand), with everything inside rendered. */
async function scenario(template: TemplateResult): Promise<ShieldScenario> {
  const host = await fixture(template);
  const el = (
    host.localName === 'shield-scenario' ? host : host.querySelector('shield-scenario')
  ) as ShieldScenario;
  await waitUntil(() => part(el, 'base'), 'the scenario never rendered');
  return rendered(el);
}

/** Activates a button as a pointer would, then waits for what it renders. */
async function press(el: ShieldScenario, button: HTMLElement | null | undefined): Promise<void> {
  expect(button, 'button').to.be.instanceOf(HTMLButtonElement);
  button!.click();
  await el.updateComplete;
  await rendered(el);
}

/** Chooses by the choice's words, reads the feedback, continues. */
async function chooseAndContinue(el: ShieldScenario, index: number): Promise<void> {
  await press(el, choices(el)[index]);
  await press(el, part(el, 'continue-button'));
}

/** Every path of choice indexes from the start to each ending of a built-in scenario (shortest). */
function pathsToEndings(id: BuiltInScenarioId): Map<string, number[]> {
  const { start, nodes } = BUILT_IN_SCENARIOS[id] as unknown as {
    start: string;
    nodes: Record<string, { choices?: [string, string][]; end?: string }>;
  };
  const found = new Map<string, number[]>();
  const seen = new Set([start]);
  const queue: [string, number[]][] = [[start, []]];
  while (queue.length) {
    const [at, path] = queue.shift()!;
    if (nodes[at]!.end) found.set(at, path);
    nodes[at]!.choices?.forEach(([next], index) => {
      if (seen.has(next)) return;
      seen.add(next);
      queue.push([next, [...path, index]]);
    });
  }
  return found;
}

function collectEnds(): { details: ScenarioEndDetail[]; stop(): void } {
  const details: ScenarioEndDetail[] = [];
  const listener = (event: Event) =>
    void details.push((event as CustomEvent<ScenarioEndDetail>).detail);
  document.addEventListener('shield-scenario-end', listener);
  return { details, stop: () => document.removeEventListener('shield-scenario-end', listener) };
}

/** A small scenario of the page's own (campaign format, texts by language). */
const own = (): CampaignScenario => ({
  id: 'rent-offer',
  title: { en: 'A room to rent', uk: 'Кімната в оренду' },
  intro: 'Practise checking a room offer.',
  audience: 'self',
  start: 'ad',
  nodes: {
    ad: {
      text: 'A room is offered for free if you work for the owner.',
      choices: [
        { text: 'Ask for a written agreement', next: 'fine', tone: 'safer', feedback: 'Good.' },
        { text: 'Move in today', next: 'stuck', tone: 'riskier', feedback: 'Many would.' },
      ],
    },
    fine: { text: 'You found another room.', end: 'safer', remember: ['Get it in writing.'] },
    stuck: { text: 'You owe more each week.', end: 'riskier' },
  },
});

describe('<shield-scenario>', () => {
  describe('Defaults', () => {
    it('shows the page’s fallback until its texts arrive, then the job-offer-online start: title heading, practice note, intro, a native Start button', async () => {
      const host = await fixture(
        html`<div>
          <shield-scenario><p>Fallback summary</p></shield-scenario>
        </div>`,
      );
      const el = host.querySelector('shield-scenario') as ShieldScenario;
      // Before the texts are there, the light-DOM content shows through a slot.
      if (!part(el, 'base')) {
        const slot = $(el, 'slot:not([name])') as HTMLSlotElement;
        expect(slot.assignedNodes().map((n) => n.textContent)).to.include('Fallback summary');
      }
      await waitUntil(() => part(el, 'base'));
      await rendered(el);
      const title = part(el, 'title')!;
      expect([
        title.getAttribute('role'),
        title.getAttribute('aria-level'),
        text(title),
      ]).to.deep.equal(['heading', '2', 'A job offer online']);
      expect(text(part(el, 'practice'))).to.equal(EN['ui.practice']);
      expect(text(part(el, 'intro'))).to.equal(EN['job-offer-online.intro']);
      const start = part(el, 'start-button') as HTMLButtonElement;
      expect([start.localName, start.type, text(start)]).to.deep.equal([
        'button',
        'button',
        'Start',
      ]);
      expect(text(part(el, 'note'))).to.equal('Your choices are not saved or sent.');
      expect(part(el, 'nav')).to.equal(null);
      expect(part(el, 'step')).to.equal(null);
      // Nothing takes focus by itself.
      expect(focused(el)).to.equal(null);
      expect(document.activeElement).to.equal(document.body);
    });

    it('a step: "Step 1", the situation, "What do you do?", the choices as a list of real buttons, Back and Start again', async () => {
      const el = await scenario(html`<shield-scenario></shield-scenario>`);
      await press(el, part(el, 'start-button'));
      expect(text(part(el, 'step-heading'))).to.equal('Step 1');
      expect(part(el, 'step-heading')!.getAttribute('aria-level')).to.equal('3');
      expect(text(part(el, 'text'))).to.equal(EN['job-offer-online.message.text']);
      const list = part(el, 'choices')!;
      expect(list.localName).to.equal('ul');
      expect(text($(el, `#${list.getAttribute('aria-labelledby')}`))).to.equal('What do you do?');
      expect(
        choices(el).map((b) => [b.localName, b.type, b.parentElement!.localName]),
      ).to.deep.equal(Array(3).fill(['button', 'button', 'li']));
      expect(choices(el).map(text)).to.deep.equal(
        [1, 2, 3].map((n) => EN[`job-offer-online.message.choice-${n}.text`]),
      );
      expect(text(part(el, 'back-button'))).to.equal('Back');
      expect(text(part(el, 'restart-button'))).to.equal('Start again');
    });

    it('feedback: its kind in words, "You chose: …", why, never blaming, and Continue; then Step 2', async () => {
      const el = await scenario(html`<shield-scenario></shield-scenario>`);
      await press(el, part(el, 'start-button'));
      await press(el, choices(el)[1]);
      expect(choices(el)).to.deep.equal([]);
      expect(text(part(el, 'feedback-heading'))).to.equal('A riskier choice');
      expect(text(part(el, 'your-choice'))).to.equal(
        `You chose: ${EN['job-offer-online.message.choice-2.text']}`,
      );
      expect(text(part(el, 'feedback'))).to.equal(EN['job-offer-online.message.choice-2.feedback']);
      expect(text(part(el, 'feedback'))).to.match(/^Many people would/);
      await press(el, part(el, 'continue-button'));
      expect(text(part(el, 'step-heading'))).to.equal('Step 2');
      expect(text(part(el, 'text'))).to.equal(EN['job-offer-online.hurry.text']);
    });

    it('an ending: its kind in words, what to remember, where to get help with the helpline banner, the sources', async () => {
      const el = await scenario(html`<shield-scenario></shield-scenario>`);
      await press(el, part(el, 'start-button'));
      for (const index of pathsToEndings('job-offer-online').get('end-safe')!)
        await chooseAndContinue(el, index);
      expect(text(part(el, 'step-heading'))).to.equal('Ending: a safer outcome');
      expect(part(el, 'step')!.dataset.tone).to.equal('safer');
      expect(text(part(el, 'text'))).to.equal(EN['job-offer-online.end-safe.text']);
      expect([...part(el, 'remember')!.querySelectorAll('li')].map(text)).to.deep.equal(
        [1, 2, 3].map((n) => EN[`job-offer-online.end-safe.remember-${n}`]),
      );
      expect(text($(el, '[part=remember-heading]'))).to.equal('What to remember');
      expect(text($(el, '[part=help-heading]'))).to.equal('Where to get help');
      expect(part(el, 'helpline')!.localName).to.equal('shield-helpline-banner');
      const sources = part(el, 'sources') as HTMLDetailsElement;
      expect(sources.open).to.equal(false);
      expect([...sources.querySelectorAll('li')].map(text)).to.include(
        'ILO Indicators of Forced Labour (2012)',
      );
      expect(choices(el)).to.deep.equal([]);
    });

    it('uses only the colours, spaces and fonts of the design tokens', () => {
      expectTokenUse('scenario', styles);
    });
  });

  describe('Properties', () => {
    it('scenario picks a built-in; changing it starts the new one from its start', async () => {
      const el = await scenario(html`<shield-scenario scenario="transit-offer"></shield-scenario>`);
      expect(text(part(el, 'title'))).to.equal('An offer at the bus station');
      await press(el, part(el, 'start-button'));
      el.scenario = 'responder-shelter';
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Signs in a new arrival at a shelter');
      expect(part(el, 'start-button')).not.to.equal(null);
      expect(part(el, 'step')).to.equal(null);
    });

    it('heading-level sets the title’s level and the steps one below; a bad one is reported and 2 is used', async () => {
      const el = await scenario(html`<shield-scenario heading-level="4"></shield-scenario>`);
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('4');
      await press(el, part(el, 'start-button'));
      expect(part(el, 'step-heading')!.getAttribute('aria-level')).to.equal('5');
      const errors = collectShieldErrors();
      const warn = spyConsole('error');
      try {
        el.setAttribute('heading-level', '9');
        await el.updateComplete;
        expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
        expect(errors.codes).to.deep.equal(['invalid-heading-level']);
      } finally {
        errors.stop();
        warn.restore();
      }
    });

    it('scenarios: a page’s own scenario, texts by language, played like a built-in', async () => {
      const el = await scenario(
        html`<shield-scenario scenario="rent-offer" .scenarios=${[own()]}></shield-scenario>`,
      );
      expect(text(part(el, 'title'))).to.equal('A room to rent');
      await press(el, part(el, 'start-button'));
      await chooseAndContinue(el, 1);
      expect(text(part(el, 'step-heading'))).to.equal('Ending: a risky outcome');
      expect(part(el, 'remember')).to.equal(null);
    });

    it('a campaign scenario, from the campaign file (the first one when no scenario is named)', async () => {
      const host = await fixture<HTMLElement>(html`<div lang="uk"></div>`);
      const el = document.createElement('shield-scenario') as ShieldScenario;
      provideCampaign(host, { scenarios: [own()] });
      host.append(el);
      await waitUntil(() => text(part(el, 'title')) === 'Кімната в оренду');
    });

    it('country goes to the helpline banner; no-helpline leaves it out', async () => {
      const el = await scenario(html`<shield-scenario country="PL"></shield-scenario>`);
      await press(el, part(el, 'start-button'));
      for (const index of pathsToEndings('job-offer-online').get('end-debt')!)
        await chooseAndContinue(el, index);
      expect(part(el, 'helpline')!.getAttribute('country')).to.equal('PL');
      el.noHelpline = true;
      await el.updateComplete;
      expect(part(el, 'helpline')).to.equal(null);
      expect(part(el, 'help')).not.to.equal(null);
    });
  });

  describe('Keyboard', () => {
    for (const id of BUILT_IN_SCENARIO_IDS) {
      it(`plays ${id} from the start to an ending with Tab and Enter only`, async () => {
        await scenario(html`<shield-scenario scenario=${id}></shield-scenario>`);
        const el = document.querySelector('shield-scenario') as ShieldScenario;
        await sendKeys({ press: 'Tab' });
        expect(text(focused(el))).to.equal('Start');
        await sendKeys({ press: 'Enter' });
        await rendered(el);
        const [ending, path] = [...pathsToEndings(id)].at(-1)!;
        for (const index of path) {
          expect(text(focused(el))).to.match(/^Step \d+$/);
          for (let i = 0; i <= index; i++) await sendKeys({ press: 'Tab' });
          expect(focused(el)!.getAttribute('part')).to.equal('choice');
          await sendKeys({ press: 'Enter' });
          await rendered(el);
          expect(focused(el)!.getAttribute('part')).to.equal('feedback-heading');
          await sendKeys({ press: 'Tab' });
          expect(text(focused(el))).to.equal('Continue');
          await sendKeys({ press: ' ' });
          await rendered(el);
        }
        expect(focused(el)!.getAttribute('part')).to.equal('step-heading');
        expect(text(focused(el))).to.match(/^Ending/);
        expect(text(part(el, 'text'))).to.equal(EN[`${id}.${ending}.text`]);
      });
    }
  });

  describe('Focus management', () => {
    it('moves focus to the new view’s heading after each action, and to the title after Start again', async () => {
      const el = await scenario(html`<shield-scenario></shield-scenario>`);
      const focusedPart = () => focused(el)?.getAttribute('part');
      await press(el, part(el, 'start-button'));
      expect([focusedPart(), text(focused(el))]).to.deep.equal(['step-heading', 'Step 1']);
      expect(focused(el)!.tabIndex).to.equal(-1);
      await press(el, choices(el)[0]);
      expect([focusedPart(), text(focused(el))]).to.deep.equal([
        'feedback-heading',
        'A safer choice',
      ]);
      await press(el, part(el, 'continue-button'));
      expect([focusedPart(), text(focused(el))]).to.deep.equal(['step-heading', 'Step 2']);
      await press(el, part(el, 'back-button'));
      expect([focusedPart(), text(focused(el))]).to.deep.equal(['step-heading', 'Step 1']);
      await press(el, part(el, 'restart-button'));
      expect([focusedPart(), text(focused(el))]).to.deep.equal(['title', 'A job offer online']);
    });

    it('announces each step once: by the focus move, with no live region repeating it', async () => {
      const el = await scenario(html`<shield-scenario></shield-scenario>`);
      await press(el, part(el, 'start-button'));
      await press(el, choices(el)[0]);
      expect($$(el, '[role=status], [role=alert], [aria-live]')).to.deep.equal([]);
    });
  });

  describe('Back and Start again', () => {
    it('Back undoes one step: feedback → its choices, a step → the one before, the first step → the start', async () => {
      const el = await scenario(html`<shield-scenario></shield-scenario>`);
      await press(el, part(el, 'start-button'));
      await chooseAndContinue(el, 0);
      await press(el, choices(el)[1]);
      await press(el, part(el, 'back-button'));
      expect(text(part(el, 'step-heading'))).to.equal('Step 2');
      expect(choices(el).length).to.equal(2);
      await press(el, part(el, 'back-button'));
      expect(text(part(el, 'step-heading'))).to.equal('Step 1');
      expect(text(part(el, 'text'))).to.equal(EN['job-offer-online.message.text']);
      await press(el, part(el, 'back-button'));
      expect(part(el, 'start-button')).not.to.equal(null);
    });

    it('Back from an ending returns to the step before it; Start again returns to the start', async () => {
      const el = await scenario(html`<shield-scenario scenario="transit-offer"></shield-scenario>`);
      await press(el, part(el, 'start-button'));
      await chooseAndContinue(el, 0);
      await chooseAndContinue(el, 0);
      expect(text(part(el, 'step-heading'))).to.equal('Ending: a risky outcome');
      await press(el, part(el, 'back-button'));
      expect(text(part(el, 'step-heading'))).to.equal('Step 2');
      await chooseAndContinue(el, 1);
      await press(el, part(el, 'restart-button'));
      expect(part(el, 'start-button')).not.to.equal(null);
      await press(el, part(el, 'start-button'));
      expect(text(part(el, 'step-heading'))).to.equal('Step 1');
    });

    itForgets(
      (on) => `forgets the path on ${on}, without moving focus or sending anything`,
      async (leave) => {
        const el = await scenario(html`<shield-scenario report-results></shield-scenario>`);
        await press(el, part(el, 'start-button'));
        await chooseAndContinue(el, 0);
        const ends = collectEnds();
        leave();
        await el.updateComplete;
        ends.stop();
        expect(part(el, 'start-button')).not.to.equal(null);
        expect(part(el, 'step')).to.equal(null);
        expect(ends.details).to.deep.equal([]);
      },
    );
  });

  describe('Graph validation and bad input', () => {
    it('a broken scenario shows the fallback content and reports shield-error with the problem’s place', async () => {
      const broken = own();
      broken.nodes['ad']!.choices![0]!.next = 'gone';
      const errors = collectShieldErrors();
      const log = spyConsole('error');
      try {
        const el = (await fixture(
          html`<shield-scenario scenario="rent-offer" .scenarios=${[broken]}
            ><p>Our summary</p></shield-scenario
          >`,
        )) as ShieldScenario;
        await waitUntil(() => errors.codes.length > 0);
        await el.updateComplete;
        expect(errors.codes).to.deep.equal(['invalid-scenario']);
        expect(log.messages.join()).to.contain(
          'nodes.ad.choices[0].next is "gone", but there is no step "gone".',
        );
        expect(part(el, 'base')).to.equal(null);
        const slot = $(el, 'slot:not([name])') as HTMLSlotElement;
        expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['Our summary']);
        expect(el.offsetHeight).to.be.greaterThan(0);
      } finally {
        errors.stop();
        log.restore();
      }
    });

    it('an unknown scenario id: fallback content and shield-error', async () => {
      const errors = collectShieldErrors();
      const log = spyConsole('error');
      try {
        const el = (await fixture(
          html`<shield-scenario scenario="nope"><p>Our summary</p></shield-scenario>`,
        )) as ShieldScenario;
        await waitUntil(() => errors.codes.length > 0);
        expect(errors.codes).to.deep.equal(['unknown-scenario']);
        expect(log.messages.join()).to.contain('there is no scenario "nope"');
        expect(part(el, 'base')).to.equal(null);
      } finally {
        errors.stop();
        log.restore();
      }
    });

    it('hostile texts stay text: markup in a scenario is shown, never made into elements', async () => {
      const hostile = own();
      hostile.nodes['ad']!.text = '<img src=x onerror=alert(1)> **bold** [x](javascript:alert(1))';
      const el = await scenario(
        html`<shield-scenario scenario="rent-offer" .scenarios=${[hostile]}></shield-scenario>`,
      );
      await press(el, part(el, 'start-button'));
      expect(part(el, 'text')!.querySelector('img')).to.equal(null);
      expect(part(el, 'text')!.querySelector('a')).to.equal(null);
      expect(text(part(el, 'text'))).to.contain('<img src=x onerror=alert(1)>');
    });
  });

  describe('Events', () => {
    it('sends nothing at an ending without report-results', async () => {
      const ends = collectEnds();
      try {
        const el = await scenario(html`<shield-scenario></shield-scenario>`);
        await press(el, part(el, 'start-button'));
        for (const index of pathsToEndings('job-offer-online').get('end-debt')!)
          await chooseAndContinue(el, index);
        expect(text(part(el, 'step-heading'))).to.match(/^Ending/);
        expect(ends.details).to.deep.equal([]);
      } finally {
        ends.stop();
      }
    });

    it('with report-results: shield-scenario-end once per ending reached, { scenarioId, ending } only', async () => {
      const ends = collectEnds();
      try {
        const el = await scenario(html`<shield-scenario report-results></shield-scenario>`);
        await press(el, part(el, 'start-button'));
        for (const index of pathsToEndings('job-offer-online').get('end-debt')!)
          await chooseAndContinue(el, index);
        expect(ends.details).to.deep.equal([{ scenarioId: 'job-offer-online', ending: 'riskier' }]);
        // Opening the sources or going back sends nothing; reaching the ending again does.
        (part(el, 'sources') as HTMLDetailsElement).open = true;
        await press(el, part(el, 'back-button'));
        expect(ends.details.length).to.equal(1);
        await chooseAndContinue(el, pathsToEndings('job-offer-online').get('end-debt')!.at(-1)!);
        expect(ends.details).to.deep.equal([
          { scenarioId: 'job-offer-online', ending: 'riskier' },
          { scenarioId: 'job-offer-online', ending: 'riskier' },
        ]);
        expect(Object.keys(ends.details[0]!).sort()).to.deep.equal(['ending', 'scenarioId']);
      } finally {
        ends.stop();
      }
    });
  });

  describe('Accessibility', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const lang = dir === 'rtl' ? 'ar' : 'en';
      const mounted = async (id: BuiltInScenarioId) => {
        const el = await scenario(
          html`<main dir=${dir} lang=${lang}>
            <shield-scenario scenario=${id} country="UA"
              ><p slot="help">Agency help</p></shield-scenario
            >
          </main>`,
        );
        await waitUntil(() => part(el, 'base')!.getAttribute('lang') === lang);
        return el;
      };
      const page = (el: ShieldScenario) => el.parentElement!;

      for (const id of BUILT_IN_SCENARIO_IDS) {
        it(`is accessible at the start, a step, a feedback and each ending (${id}, ${dir})`, async () => {
          const el = await mounted(id);
          await expect(page(el)).to.be.accessible();
          await press(el, part(el, 'start-button'));
          await expect(page(el)).to.be.accessible();
          await press(el, choices(el)[0]);
          await expect(page(el)).to.be.accessible();
          for (const [ending, path] of pathsToEndings(id)) {
            await press(el, part(el, 'restart-button'));
            await press(el, part(el, 'start-button'));
            for (const index of path) await chooseAndContinue(el, index);
            expect(part(el, 'step')!.classList.contains('ending'), ending).to.equal(true);
            (part(el, 'sources') as HTMLDetailsElement).open = true;
            await rendered(el);
            await expect(page(el)).to.be.accessible();
          }
        });
      }
    }
  });

  describe('i18n and RTL', () => {
    it('Arabic: the scenario, its controls and its direction, right to left', async () => {
      const el = await scenario(
        html`<div lang="ar" dir="rtl"><shield-scenario></shield-scenario></div>`,
      );
      await waitUntil(() => part(el, 'base')!.getAttribute('lang') === 'ar');
      const AR = (await loadScenarioStrings('ar'))!;
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect(text(part(el, 'title'))).to.equal(AR['job-offer-online.title']);
      expect(text(part(el, 'start-button'))).to.equal('البدء');
      await press(el, part(el, 'start-button'));
      // Plain "ar" has the digits of the engine's CLDR: Latin in Chromium and Firefox, Arabic-Indic
      // in WebKitGTK's ICU (DESIGN.md "Localization": one digit style per locale, as Intl writes it).
      const one = new Intl.NumberFormat('ar').format(1);
      expect(text(part(el, 'step-heading'))).to.equal(`الخطوة ${one}`);
      expect(choices(el).map(text)).to.deep.equal(
        [1, 2, 3].map((n) => AR[`job-offer-online.message.choice-${n}.text`]),
      );
      await press(el, choices(el)[1]);
      expect(text(part(el, 'feedback-heading'))).to.equal('اختيار أكثر خطورة');
      // The choices line up at the start edge, which is the right in Arabic.
      const box = part(el, 'continue-button')!.getBoundingClientRect();
      const base = part(el, 'base')!.getBoundingClientRect();
      expect(base.right - box.right).to.be.lessThan(box.left - base.left);
    });

    it('Arabic in Egypt: the step number in Arabic-Indic digits, as Intl writes them there', async () => {
      const el = await scenario(html`<div lang="ar-EG"><shield-scenario></shield-scenario></div>`);
      await waitUntil(() => part(el, 'base')!.getAttribute('lang') === 'ar');
      await press(el, part(el, 'start-button'));
      expect(text(part(el, 'step-heading'))).to.equal('الخطوة ١');
    });

    it('Ukrainian: the whole way to an ending', async () => {
      const el = await scenario(
        html`<div lang="uk"><shield-scenario scenario="responder-shelter"></shield-scenario></div>`,
      );
      await waitUntil(() => part(el, 'base')!.getAttribute('lang') === 'uk');
      const UK = (await loadScenarioStrings('uk'))!;
      expect(text(part(el, 'title'))).to.equal(UK['responder-shelter.title']);
      await press(el, part(el, 'start-button'));
      expect(text(part(el, 'step-heading'))).to.equal('Крок 1');
      for (const index of pathsToEndings('responder-shelter').get('end-safe')!)
        await chooseAndContinue(el, index);
      expect(text(part(el, 'step-heading'))).to.equal('Кінець: безпечніший результат');
      expect([...part(el, 'remember')!.querySelectorAll('li')].map(text)).to.deep.equal(
        [1, 2, 3, 4].map((n) => UK[`responder-shelter.end-safe.remember-${n}`]),
      );
      expect(text(part(el, 'back-button'))).to.equal('Назад');
    });

    it('a language without scenario texts shows them in English, marked lang="en" and left to right', async () => {
      // Hebrew: right to left, and not one of the kit's languages (Urdu has its scenario texts now).
      const el = await scenario(
        html`<div lang="he" dir="rtl"><shield-scenario></shield-scenario></div>`,
      );
      await waitUntil(() => text(part(el, 'title')) === 'A job offer online');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('ltr');
    });

    it('follows a change of the page’s language', async () => {
      const host = await fixture<HTMLElement>(
        html`<div lang="en"><shield-scenario></shield-scenario></div>`,
      );
      const el = host.firstElementChild as ShieldScenario;
      await waitUntil(() => part(el, 'base'));
      host.lang = 'uk';
      await waitUntil(() => text(part(el, 'start-button')) === 'Почати');
    });
  });

  describe('Safety', () => {
    it('leaves no trace in the URL or the history, and runs no animation', async () => {
      const href = location.href;
      const entries = history.length;
      const el = await scenario(html`<shield-scenario></shield-scenario>`);
      await press(el, part(el, 'start-button'));
      await chooseAndContinue(el, 0);
      await press(el, part(el, 'back-button'));
      expect([location.href, history.length]).to.deep.equal([href, entries]);
      expect(el.shadowRoot!.getAnimations()).to.deep.equal([]);
    });

    it('fits 320 CSS pixels (400 % zoom of a 1280 px window) without scrolling sideways', async () => {
      const el = await scenario(
        html`<div style="inline-size: 320px"><shield-scenario></shield-scenario></div>`,
      );
      await press(el, part(el, 'start-button'));
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });
  });
});
