import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ExitListenerController,
  ShieldElement,
  addStrings,
  i18n,
  panelStyles,
  pickText,
} from '@shieldkit/core';
// The campaign's `country` is the banner's setting: its type comes with the banner's package.
import { nestedBanner } from '@shieldkit/helpline-banner';
import { loadChecklistStrings } from '@shieldkit/locales';
import englishStrings from '@shieldkit/locales/languages/en-checklist.js';
import { resolveChecklistItems, type ChecklistItemInput } from './items.js';
import { scoreChecklist, type ChecklistLevel, type ChecklistThresholds } from './scoring.js';
import {
  CHECKLIST_SETS,
  CHECKLIST_SOURCES,
  type ChecklistItem,
  type ChecklistSetName,
} from './sets.js';
import { DEFAULT_CHECKLIST_SET } from './campaign.js';
import { styles } from './red-flag-checklist.styles.js';
import { renderChecklist } from './red-flag-checklist.view.js';

/** What `shield-checklist-result` carries: the set and the level. Never the answers. */
export interface ChecklistResultDetail {
  set: ChecklistSetName;
  level: ChecklistLevel;
}

declare global {
  interface ShieldEventMap {
    'shield-checklist-result': ChecklistResultDetail;
  }
}

export { DEFAULT_CHECKLIST_SET };

/** How long the level must stay the same before `shield-checklist-result` is dispatched (ms). */
export const CHECKLIST_RESULT_DELAY = 500;

let englishItems: Promise<boolean> | undefined;

/** Adds the English item texts (their own lazily loaded module) to i18next, once per page. */
function loadEnglishItems(): Promise<boolean> {
  englishItems ??= loadChecklistStrings('en').then(
    (tree) => {
      i18n.addResourceBundle('en', 'translation', { checklist: tree }, true, true);
      return true;
    },
    () => {
      englishItems = undefined; // the next element tries again
      return false;
    },
  );
  return englishItems;
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1;

/**
 * An interactive checklist of trafficking red flags that teaches the signs and routes to help.
 *
 * The reader ticks what applies (native checkboxes, a fieldset per category). A calm result area
 * (a polite live region, announced once per change of level) gives guidance: what to watch for,
 * talk to someone you trust or call a helpline, or emergency guidance first when an urgent item is
 * ticked. It never says what the reader's situation "is". Answers live in memory only: never in
 * storage, a URL or an event (the result level only with `report-results`); they are cleared by the "Clear answers" button, on `shield-exit` and
 * on `pagehide`.
 *
 * @summary A red-flag checklist (job offer, "is this happening to me", signs in someone else, a
 *   responder screening aid) that never stores answers and always routes to help.
 *
 * @slot - The no-JavaScript fallback (e.g. a link to your help page). Hidden once the element upgrades.
 * @slot help - Your own help content (a helpline, an office, a link), shown under the result.
 *
 * @event shield-checklist-result - Only with `report-results`: the level settled for 500 ms after
 *   a change; `detail` is `{ set, level }` (`none`, `some` or `urgent`), never the ticked items.
 * @event shield-error - Bad configuration (unknown `set`, an invalid item, a bad threshold);
 *   `detail` has `code` and `message`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The checklist's title (a heading, level `heading-level`).
 * @csspart intro - The instructions under the title.
 * @csspart loading - "Loading…" while the texts load, or the message if they fail.
 * @csspart group - A category's fieldset.
 * @csspart legend - A category's name.
 * @csspart item - One item: its checkbox, label and "why it matters" (`data-item` holds its id).
 * @csspart checkbox - An item's checkbox.
 * @csspart label - An item's text.
 * @csspart why - An item's "why it matters" (responder set and agency items that have one).
 * @csspart result - The guidance for the current level (has `data-level`).
 * @csspart help - The help area: the `help` slot, the helpline banner, the quick exit.
 * @csspart helpline - The `<shield-helpline-banner>` shown when a country is known.
 * @csspart quick-exit - The `<shield-quick-exit>` shown with the `quick-exit` attribute.
 * @csspart actions - The clear button and the privacy note.
 * @csspart clear-button - "Clear answers".
 * @csspart note - "Your answers are not saved or sent" and the caution.
 * @csspart sources - The "Sources" disclosure.
 * @csspart sources-summary - Its summary.
 *
 * @cssproperty --shield-red-flag-checklist-background - The background. Default `--shield-color-background`.
 * @cssproperty --shield-red-flag-checklist-border-color - The outer border. Default `--shield-color-border`.
 * @cssproperty --shield-red-flag-checklist-radius - The outer corner radius. Default `--shield-radius`.
 * @cssproperty --shield-red-flag-checklist-padding - The inner space. Default `--shield-space-3`.
 * @cssproperty --shield-red-flag-checklist-accent - Checkboxes, the result bar, the button. Default `--shield-color-primary`.
 * @cssproperty --shield-red-flag-checklist-urgent-color - The result bar when urgent. Default `--shield-color-danger`.
 * @cssproperty --shield-red-flag-checklist-result-background - The result area. Default `--shield-color-surface`.
 */
export class ShieldRedFlagChecklist extends ShieldElement {
  static override styles = [...ShieldElement.styles, panelStyles, styles];

  constructor() {
    super();
    // This widget's English strings travel with its code (see @shieldkit/locales).
    addStrings('en', englishStrings);
  }

  /** The indicator set: `job-offer` (default), `my-situation`, `someone-else` or `responder`. */
  @property({ reflect: true }) set: ChecklistSetName = DEFAULT_CHECKLIST_SET;

  /** Agency items, plain text: an item with a shipped id rewrites it, a new id adds one. */
  @property({ attribute: false }) items?: ChecklistItemInput[];

  /** Ids of shipped items to leave out. (Not `remove`: that is `Element.remove()`.) */
  @property({ attribute: false }) removeItems?: string[];

  /** When the result changes: `{ some: 1 }` by default; `urgent` (a count) is off by default. */
  @property({ attribute: false }) thresholds?: ChecklistThresholds;

  /** How many ticked items give the `some` guidance (beats `thresholds.some`). Default 1. */
  @property({ type: Number, attribute: 'some-threshold' }) someThreshold?: number;

  /** How many ticked items give the `urgent` guidance even without an urgent item (beats `thresholds.urgent`). */
  @property({ type: Number, attribute: 'urgent-threshold' }) urgentThreshold?: number;

  /** ISO 3166 country code for the helpline banner (else the campaign's `country`). */
  @property() country?: string;

  /** Also render a `<shield-quick-exit>` in the help area (the page usually has its own). */
  @property({ type: Boolean, attribute: 'quick-exit' }) quickExit = false;

  /**
   * Dispatch `shield-checklist-result` (off by default). The level is derived from the answers — in
   * `job-offer` only one item is urgent, so `urgent` tells any analytics script on the page what
   * the reader ticked — so it leaves the widget only when the page asks for it (or the campaign's
   * `checklist.reportResults`).
   */
  @property({ type: Boolean, attribute: 'report-results' }) reportResults = false;

  /** Allow printing (off by default: a printout can endanger the reader). */
  @property({ type: Boolean, reflect: true }) printable = false;

  /** The level of the title heading, 1 to 6. Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The ticked item ids: in memory only. */
  @state() private checked = new Set<string>();
  @state() private texts: 'loading' | 'ready' | 'failed' = 'loading';
  @state() private clearedNote = '';

  private list: ChecklistItem[] = [];
  private level: ChecklistLevel = 'none';
  private effective: ChecklistThresholds = {};
  /** The language the list was resolved in (campaign items have texts per language). */
  private listLanguage?: string;
  /** The page set `set` itself (attribute or property): the campaign's set does not replace it. */
  private authorSet = false;
  private refusedThresholds = new Map<string, unknown>();
  private lastDispatched: ChecklistLevel = 'none';
  private resultTimer?: ReturnType<typeof setTimeout>;

  // Answers are forgotten when a quick exit starts anywhere on the page and on `pagehide`.
  protected readonly exitListener = new ExitListenerController(this, () => this.forget());

  override connectedCallback(): void {
    this.authorSet ||= this.hasAttribute('set');
    super.connectedCallback();
    if (this.texts === 'ready') return;
    void loadEnglishItems().then((ok) => {
      if (!ok) {
        this.reportError(
          'checklist-load-failed',
          'the checklist texts could not be loaded; only the help area is shown.',
        );
      }
      this.texts = ok ? 'ready' : 'failed';
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.resultTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const anyOf = (keys: string[]) =>
      keys.some((key) => (changed as Map<PropertyKey, unknown>).has(key));
    this.set ??= DEFAULT_CHECKLIST_SET; // a removed attribute means the default
    if (changed.has('set') && !Object.hasOwn(CHECKLIST_SETS, this.set ?? '')) {
      this.reportError(
        'invalid-set',
        `set "${this.set}" is not job-offer, my-situation, someone-else or responder; using ${DEFAULT_CHECKLIST_SET}.`,
      );
      this.set = DEFAULT_CHECKLIST_SET;
    }
    if (changed.has('set') && this.hasUpdated) this.forget();
    if (changed.has('campaign') && this.campaign?.checklist?.set && !this.authorSet) {
      this.set = this.campaign.checklist.set as ChecklistSetName;
    }
    const language = this.localize.language;
    if (anyOf(['set', 'items', 'removeItems', 'campaign']) || language !== this.listLanguage) {
      this.listLanguage = language;
      this.list = this.resolveList();
      const ids = new Set(this.list.map((item) => item.id));
      const kept = [...this.checked].filter((id) => ids.has(id));
      if (kept.length !== this.checked.size) this.checked = new Set(kept);
    }
    if (anyOf(['thresholds', 'someThreshold', 'urgentThreshold', 'campaign'])) {
      this.effective = this.resolveThresholds();
    }
    // A removed attribute sets null: that means the default, not an error.
    this.headingLevel ??= 2;
    if (changed.has('headingLevel') && !(isCount(this.headingLevel) && this.headingLevel <= 6)) {
      this.reportError(
        'invalid-heading-level',
        `heading-level "${this.headingLevel}" is not 1 to 6; using 2.`,
      );
      this.headingLevel = 2;
    }
    this.level = scoreChecklist(this.list, this.checked, this.effective);
  }

  /** The shipped set, then the campaign's changes, then this element's `items` and `removeItems`. */
  private resolveList(): ChecklistItem[] {
    const report = (code: string, message: string, level?: 'error' | 'warn') =>
      this.reportError(code, message, level);
    // The campaign's own items (texts by language) and removals apply to the campaign's set.
    const fromCampaign = this.campaign?.checklist;
    const applies = fromCampaign && (!fromCampaign.set || fromCampaign.set === this.set);
    const language = this.localize.language;
    const base = applies
      ? resolveChecklistItems(
          CHECKLIST_SETS[this.set],
          fromCampaign.add?.map(({ text, ...item }) => ({
            ...item,
            text: pickText(text, language),
          })),
          fromCampaign.remove,
          report,
        )
      : CHECKLIST_SETS[this.set];
    return resolveChecklistItems(base, this.items, this.removeItems, report);
  }

  /** Attributes beat the `thresholds` property; a value that is not a whole number ≥ 1 is refused. */
  private resolveThresholds(): ChecklistThresholds {
    const result: ChecklistThresholds = {};
    const refused = this.refusedThresholds;
    this.refusedThresholds = new Map();
    for (const name of ['some', 'urgent'] as const) {
      const value =
        (name === 'some' ? this.someThreshold : this.urgentThreshold) ??
        this.thresholds?.[name] ??
        (name === 'some' ? this.campaign?.checklist?.someThreshold : undefined);
      if (value === undefined || value === null) continue;
      if (isCount(value)) {
        result[name] = value;
        continue;
      }
      this.refusedThresholds.set(name, value);
      // Reported once, not again each time the other threshold changes.
      if (!Object.is(refused.get(name), value))
        this.reportError(
          'invalid-threshold',
          `the ${name} threshold "${value}" is not a whole number of 1 or more; it is ignored.`,
        );
    }
    return result;
  }

  /** Unticks everything at once (the DOM too, so nothing survives into a page snapshot). */
  private untickAll(): void {
    this.checked = new Set();
    this.renderRoot
      ?.querySelectorAll<HTMLInputElement>('input[type=checkbox]')
      .forEach((box) => (box.checked = false));
  }

  /** Forgets the answers without a word or an event: a quick exit, `pagehide`, another set. */
  private forget(): void {
    clearTimeout(this.resultTimer);
    this.untickAll();
    this.lastDispatched = 'none';
    this.clearedNote = '';
  }

  /** Clears every answer, as the "Clear answers" button does. */
  clearAnswers(): void {
    this.untickAll();
    this.clearedNote = this.localize.t('checklist.cleared');
    this.scheduleResult();
  }

  private toggle(id: string, event: Event): void {
    const next = new Set(this.checked);
    if ((event.target as HTMLInputElement).checked) next.add(id);
    else next.delete(id);
    this.checked = next;
    this.clearedNote = '';
    this.scheduleResult();
  }

  /** Dispatches `{ set, level }` once the level has been the same for CHECKLIST_RESULT_DELAY ms and changed. */
  private scheduleResult(): void {
    clearTimeout(this.resultTimer);
    this.resultTimer = setTimeout(() => {
      const level = scoreChecklist(this.list, this.checked, this.effective);
      if (level === this.lastDispatched) return;
      this.lastDispatched = level;
      const optedIn = this.reportResults || this.campaign?.checklist?.reportResults === true;
      if (optedIn) this.emit('shield-checklist-result', { set: this.set, level });
    }, CHECKLIST_RESULT_DELAY);
  }

  private renderHelp(): TemplateResult {
    // A country of its own or the campaign's: only the element's own is passed on, the banner
    // reads the campaign itself.
    const withBanner = Boolean(this.country?.trim() || this.campaign?.country);
    return html`<div part="help" class="help">
      <slot name="help"></slot>
      ${withBanner ? nestedBanner(this.country, 'helpline') : nothing}
      ${this.quickExit ? html`<shield-quick-exit part="quick-exit"></shield-quick-exit>` : nothing}
    </div>`;
  }

  protected override renderContent(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    // The reader's language is core's job: while it loads, ShieldElement shows the page's own
    // content instead of this. Here only the English item texts (their own module) can be missing.
    const ready = this.texts === 'ready';
    return html`
      <div part="base" class="base" lang=${this.localize.language} dir=${this.localize.dir}>
        ${
          ready
            ? renderChecklist({
                t,
                set: this.set,
                level: this.level,
                list: this.list,
                checked: this.checked,
                headingLevel: this.headingLevel,
                toggle: (id, event) => this.toggle(id, event),
              })
            : html`<p part="loading" role="status">
                ${t(this.texts === 'failed' ? 'checklist.loadFailed' : 'checklist.loading')}
              </p>`
        }
        ${this.renderHelp()}
        ${
          ready
            ? html`<div part="actions" class="actions">
                  <button
                    part="clear-button"
                    class="button clear"
                    type="button"
                    @click=${this.clearAnswers}
                  >
                    ${t('checklist.clear')}
                  </button>
                  <p part="note" class="note">
                    ${t('checklist.privacy')} ${t('checklist.caution')}
                  </p>
                </div>
                <div role="status" class="visually-hidden">${this.clearedNote}</div>
                <details part="sources" class="sources">
                  <summary part="sources-summary">${t('checklist.sources')}</summary>
                  <p>${t('checklist.sourcesIntro')}</p>
                  <ul>
                    ${CHECKLIST_SOURCES.map((name) => html`<li lang="en">${name}</li>`)}
                  </ul>
                </details>`
            : nothing
        }
      </div>
    `;
  }
}
