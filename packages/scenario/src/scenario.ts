import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ExitListenerController, ShieldElement, panelStyles, pickText } from '@shieldkit/core';
import { isObject } from '@shieldkit/core/schema.js';
import { directionOf } from '@shieldkit/locales';
// The campaign's `country` is the banner's setting: its type comes with the banner's package.
import type {} from '@shieldkit/helpline-banner';
import { builtInScenario, isBuiltInScenario } from './built-in.js';
import type { CampaignScenario, ScenarioNode, ScenarioTone } from './campaign.js';
import { loadTexts, loadedTexts, scenarioLanguageFor } from './scenario-texts.js';
import { styles } from './scenario.styles.js';
import { renderScenario } from './scenario.view.js';

/** What `shield-scenario-end` carries: which scenario and how its ending turned out. Never the choices. */
export interface ScenarioEndDetail {
  scenarioId: string;
  ending: ScenarioTone;
}

declare global {
  interface ShieldEventMap {
    'shield-scenario-end': ScenarioEndDetail;
  }
}

export const DEFAULT_SCENARIO = 'job-offer-online';

const isLevel = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;

/** Checked scenarios given by a page (`scenarios`): each object is validated once. */
const checked = new WeakMap<object, string[]>();
/** Scenarios whose check is loading (`check()`), so it is asked for once. */
const checking = new WeakSet<object>();

/**
 * A role-play scenario: the reader is in a situation, chooses what to do, sees why each choice is
 * safer or riskier, and ends with what to remember and where to get help.
 *
 * One step at a time: the situation, then the choices as real buttons. After a choice its feedback
 * (never blaming) and a "Continue" button; "Back" undoes one step, "Start again" returns to the
 * start. Focus moves to the heading of each new view, so a screen reader announces it once. The
 * path lives in memory only: no storage, no URL, no history entry, no timer; it is forgotten on
 * `shield-exit` and `pagehide`.
 *
 * @summary A branching role-play scenario with safer and riskier choices explained and a helpline
 *   at every ending.
 *
 * @slot - The no-JavaScript fallback (a summary of the scenario and where to get help); also shown
 *   when the scenario is missing or broken.
 * @slot help - Your own help content, shown at every ending above the helpline banner.
 *
 * @event shield-scenario-end - Only with `report-results`: an ending was reached; `detail` is
 *   `{ scenarioId, ending }` (`safer`, `riskier` or `neutral`), never the choices.
 * @event shield-error - A scenario that is unknown or broken (its fallback content is shown), a
 *   bad `heading-level`, texts that could not be loaded; `detail` has `code` and `message`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The scenario's title (a heading, level `heading-level`).
 * @csspart practice - "A practice story. The people in it are invented."
 * @csspart intro - What the reader is about to practise.
 * @csspart start-button - "Start".
 * @csspart step - The current step, feedback or ending.
 * @csspart step-heading - "Step N", the feedback's kind or the ending's kind (focus goes here).
 * @csspart text - The situation, or how it ends.
 * @csspart choices - The list of choices.
 * @csspart choice - One choice (a button).
 * @csspart your-choice - "You chose: …" in the feedback.
 * @csspart feedback - Why the choice is safer or riskier.
 * @csspart continue-button - "Continue".
 * @csspart remember - What to remember (an ending).
 * @csspart help - Where to get help: the `help` slot and the helpline banner (an ending).
 * @csspart helpline - The `<shield-helpline-banner>`.
 * @csspart nav - "Back" and "Start again".
 * @csspart back-button - "Back".
 * @csspart restart-button - "Start again".
 * @csspart note - "Your choices are not saved or sent."
 * @csspart sources - The "Sources" disclosure.
 *
 * @cssproperty --shield-scenario-background - The background. Default `--shield-color-background`.
 * @cssproperty --shield-scenario-border-color - The outer border. Default `--shield-color-border`.
 * @cssproperty --shield-scenario-radius - The corner radius. Default `--shield-radius`.
 * @cssproperty --shield-scenario-padding - The inner space. Default `--shield-space-3`.
 * @cssproperty --shield-scenario-accent - Buttons and the safer mark. Default `--shield-color-primary`.
 * @cssproperty --shield-scenario-riskier-color - The riskier mark. Default `--shield-color-danger`.
 * @cssproperty --shield-scenario-surface - Feedback and ending panels. Default `--shield-color-surface`.
 */
export class ShieldScenario extends ShieldElement {
  static override styles = [...ShieldElement.styles, panelStyles, styles];

  /** A built-in scenario's id or one from the campaign (or `scenarios`). Default `job-offer-online`, or the campaign's first. */
  @property({ reflect: true }) scenario?: string;

  /** Scenarios of the page's own, in the campaign file's format (checked before use). */
  @property({ attribute: false }) scenarios?: unknown[];

  /** ISO 3166 country code for the helpline banner at the endings (else the campaign's `country`). */
  @property() country?: string;

  /** Leave the helpline banner out of the endings (the page shows help of its own). */
  @property({ type: Boolean, attribute: 'no-helpline' }) noHelpline = false;

  /**
   * Dispatch `shield-scenario-end` (off by default): which ending a reader reached tells what they
   * chose, so it leaves the widget only when the page asks for it.
   */
  @property({ type: Boolean, attribute: 'report-results' }) reportResults = false;

  /** The level of the title heading, 1 to 5 (steps are one level below). Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The steps taken, by id (empty: the start). In memory only. */
  @state() private path: string[] = [];
  /** The choice whose feedback is shown, on the last step. */
  @state() private chosen?: number;
  @state() private texts: 'loading' | 'ready' | 'failed' = 'loading';

  private current?: CampaignScenario;
  /** Where focus goes after the next render (only after the reader did something). */
  private moveFocus = false;
  private reported = '';

  protected readonly exitListener = new ExitListenerController(this, () => this.forget());

  /** The language whose scenario texts are on screen. */
  private get textLanguage(): string {
    return scenarioLanguageFor(this.localize.language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.headingLevel ??= 2;
    if (changed.has('headingLevel') && !isLevel(this.headingLevel)) {
      this.reportError(
        'invalid-heading-level',
        `heading-level "${this.headingLevel}" is not 1 to 5; using 2.`,
      );
      this.headingLevel = 2;
    }
    if (changed.has('scenario') && changed.get('scenario') !== undefined) this.forget();
    this.ensureTexts();
    this.current = this.texts === 'ready' ? this.resolve() : undefined;
    // A path that no longer fits (the scenario changed under it) starts again.
    if (this.path.some((id) => !this.current || !Object.hasOwn(this.current.nodes, id)))
      this.forget();
  }

  private ensureTexts(): void {
    const language = this.textLanguage;
    const codes = language === 'en' ? ['en'] : ['en', language];
    if (codes.every((code) => loadedTexts(code))) {
      this.texts = 'ready';
      return;
    }
    if (this.texts === 'failed') return;
    this.texts = 'loading';
    Promise.all(codes.map(loadTexts)).then(
      () => {
        this.texts = 'ready';
        this.requestUpdate();
      },
      (error: unknown) => {
        this.texts = 'failed';
        this.reportError(
          'scenario-load-failed',
          `the scenario texts could not be loaded (${String(error)}); the page's own content is shown.`,
        );
      },
    );
  }

  /** The scenario to play, or `undefined` (reported) when it is unknown or broken. */
  private resolve(): CampaignScenario | undefined {
    const own = [...(this.scenarios ?? []), ...(this.campaign?.scenarios ?? [])];
    const id = this.scenario ?? (own.length ? undefined : DEFAULT_SCENARIO);
    const found = own.find(
      (candidate) => isObject(candidate) && (id === undefined || candidate['id'] === id),
    );
    if (found) {
      const problems = checked.get(found as object);
      if (!problems) {
        // The validator (with the schema language) loads only for a scenario from the page or the
        // campaign: built-in scenarios never need it, and it would double the widget's file.
        this.check(found as object);
        return undefined;
      }
      if (problems.length === 0) return found as CampaignScenario;
      this.reportOnce(
        'invalid-scenario',
        `scenario "${String((found as { id?: unknown }).id)}" cannot be played; its fallback content is shown. ${problems.slice(0, 5).join(' ')}${problems.length > 5 ? ` (${problems.length - 5} more)` : ''}`,
      );
      return undefined;
    }
    if (isBuiltInScenario(id))
      return builtInScenario(id, loadedTexts(this.textLanguage) ?? {}, loadedTexts('en'));
    this.reportOnce(
      'unknown-scenario',
      `there is no scenario "${id}" (built in: job-offer-online, transit-offer, responder-shelter; or one from the campaign); its fallback content is shown.`,
    );
    return undefined;
  }

  private check(scenario: object): void {
    if (checking.has(scenario)) return;
    checking.add(scenario);
    import('./graph.js').then(
      ({ validateScenario }) => {
        checked.set(
          scenario,
          validateScenario(scenario)
            .filter((problem) => problem.level === 'error')
            .map((problem) => problem.message),
        );
        this.requestUpdate();
      },
      (error: unknown) => {
        checked.set(scenario, [`its check could not be loaded (${String(error)}).`]);
        this.requestUpdate();
      },
    );
  }

  private reportOnce(code: string, message: string): void {
    if (this.reported === message) return;
    this.reported = message;
    this.reportError(code, message);
  }

  /** Forgets the path without a word or an event: a quick exit, `pagehide`, another scenario. */
  private forget(): void {
    this.path = [];
    this.chosen = undefined;
  }

  private get node(): ScenarioNode | undefined {
    const id = this.path.at(-1);
    return id === undefined ? undefined : this.current?.nodes[id];
  }

  /** Shows `path` (and the feedback of choice `chosen` on its last step); focus follows. */
  private go(path: string[], chosen?: number): void {
    this.path = path;
    this.chosen = chosen;
    this.moveFocus = true;
    const node = this.node;
    if (node?.end && chosen === undefined && this.reportResults && this.current)
      this.emit('shield-scenario-end', { scenarioId: this.current.id, ending: node.end });
  }

  /** "Start again": back to the start. */
  restart(): void {
    this.go([]);
  }

  /** "Back": from feedback to the choices, from a step to the one before, from the first to the start. */
  back(): void {
    if (this.chosen !== undefined) this.go(this.path);
    else this.go(this.path.slice(0, -1));
  }

  private choose(index: number): void {
    this.go(this.path, index);
  }

  private continueOn(): void {
    const next = this.node?.choices?.[this.chosen ?? -1]?.next;
    if (next !== undefined) this.go([...this.path, next]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.moveFocus) return;
    this.moveFocus = false;
    this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  protected override renderContent(): TemplateResult {
    const scenario = this.current;
    if (this.texts !== 'ready' || !scenario) return html`<slot></slot>`;
    // Built-in words come from a language's scenario file: when there is none, they are English.
    const lang =
      isBuiltInScenario(scenario.id) && !this.ownScenario(scenario.id)
        ? this.textLanguage
        : this.localize.language;
    return html`<div part="base" class="base" lang=${lang} dir=${directionOf(lang)}>
      ${renderScenario({
        t: (key, options) => this.localize.t(key, options),
        word: (value) => pickText(value, this.localize.language) ?? '',
        scenario,
        node: this.node,
        steps: this.path.length,
        chosen: this.chosen,
        headingLevel: this.headingLevel,
        country: this.country,
        noHelpline: this.noHelpline,
        start: () => this.go([scenario.start]),
        choose: (index) => this.choose(index),
        continueOn: () => this.continueOn(),
        back: () => this.back(),
        restart: () => this.restart(),
      })}
    </div>`;
  }

  private ownScenario(id: string): boolean {
    return [...(this.scenarios ?? []), ...(this.campaign?.scenarios ?? [])].some(
      (candidate) => isObject(candidate) && candidate['id'] === id,
    );
  }
}
