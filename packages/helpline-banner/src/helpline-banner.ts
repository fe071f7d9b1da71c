import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ExitListenerController,
  ShieldElement,
  StickySpaceController,
  cachedIntl,
  inSeparateTasks,
  inheritedLang,
  intlWarmUp,
  toBarPosition,
  stickyBarStyles,
  type BarPosition,
} from '@shieldkit/core';
import {
  TOPICS,
  countryCode,
  placeHelplines,
  type ChannelType,
  type EmergencyNumbers,
  type Helpline,
  type Topic,
} from '@shieldkit/helplines';
import { countryFromLanguage } from './choose.js';
import { mergeAgencyRecords, recordSources } from './helpline-records.js';
import { styles } from './helpline-banner.styles.js';
import {
  DATE,
  DAY_AND_TIME,
  TIME,
  renderFallback,
  renderGroups,
  renderPicker,
  type BannerView,
} from './helpline-banner.view.js';

/** What `shield-helpline-contact` carries: which helpline and which kind of channel. Nothing else. */
export interface HelplineContactDetail {
  helplineId: string;
  channel: ChannelType;
}

declare global {
  interface ShieldEventMap {
    'shield-helpline-contact': HelplineContactDetail;
  }
}

/** Where the banner sits (the same choice as the quick exit's `position`). */
export type HelplineBannerPosition = BarPosition;
/** @deprecated Use `HelplineBannerPosition`. */
export type HelplineBannerVariant = BarPosition;

/** How often "open now" is recomputed while the banner is on the page. */
const REFRESH_MS = 60_000;

/**
 * The right helplines for a reader: their country's lines (and, for a displaced reader, their home
 * country's lines that work from abroad), with large call / text / chat links, "open now" computed
 * locally in each helpline's time zone, languages, and when the details were last checked.
 *
 * Nothing is looked up on the network: the country comes from the `country` attribute, the
 * campaign, or the region of the page's language, and the reader can change it in a picker.
 *
 * @summary Helplines for the reader's country and topic, ready to call or text.
 *
 * @slot - Fallback content: the agency's own helpline text and links. Shown before the script
 *   loads, and when Shieldkit has no helpline for the country.
 *
 * @event shield-helpline-contact - A channel link was activated. `detail`: `{ helplineId, channel }`
 *   (the kind of channel, e.g. `phone`), nothing about the reader.
 * @event shield-error - Bad configuration: an unknown country, topic or pinned helpline, or an
 *   agency record that failed validation (it is skipped).
 *
 * @csspart base - The banner.
 * @csspart title - The banner's title.
 * @csspart picker - The country picker (a native select).
 * @csspart helpline - One helpline.
 * @csspart name - A helpline's name.
 * @csspart channel - A call / text / chat link.
 * @csspart status - The open-now line.
 * @csspart checked - The "last checked" disclosure: its sources, and what they leave unconfirmed.
 * @csspart audience - "For women", "For children and young people": on a line for one group.
 * @csspart emergency - The emergency numbers of the reader's country.
 * @csspart fallback - What is shown when no helpline is known.
 * @csspart dismiss - The "Hide helplines" button.
 * @csspart show - The "Show helplines" button left after hiding.
 *
 * @cssproperty --shield-helpline-banner-background - Background. Default `--shield-color-surface`.
 * @cssproperty --shield-helpline-banner-color - Text colour. Default `--shield-color-text`.
 * @cssproperty --shield-helpline-banner-channel-background - Channel links. Default `--shield-color-primary`.
 * @cssproperty --shield-helpline-banner-channel-color - Channel link text. Default `--shield-color-on-primary`.
 * @cssproperty --shield-helpline-banner-radius - Corner radius. Default `--shield-radius`.
 * @cssproperty --shield-helpline-banner-z-index - Stacking level of a `top` or `bottom` banner. Default 999.
 */
export class ShieldHelplineBanner extends ShieldElement {
  static override styles = [...ShieldElement.styles, stickyBarStyles, styles];

  /** Wait for the reader's language only behind the page's own helpline text, never blank. */
  protected override get showsFallbackWhileLoading(): boolean {
    return (this.textContent ?? '').trim() !== '';
  }

  /** ISO 3166-1 alpha-2 code of the country the reader is in, e.g. `PL`. */
  @property() country?: string;

  /** For a displaced reader: the country they come from, e.g. `UA`. */
  @property() origin?: string;

  /** Only helplines for this topic: one of `TOPICS` in `@shieldkit/helplines`, e.g. `trafficking`. */
  @property() topic?: Topic;

  /** Show this one helpline (by id), whatever the country. */
  @property() helpline?: string;

  /** `inline` (default), or a bar stuck to the `top` or `bottom` of the viewport. */
  @property({ reflect: true }) position: HelplineBannerPosition = 'inline';

  /**
   * @deprecated Use `position` (the same values). Still works: it sets `position`, with a console
   * warning once per banner.
   */
  @property() variant?: HelplineBannerPosition;
  private variantWarned = false;

  /** Let the reader hide the banner (in memory only: it is back on the next page load). */
  @property({ type: Boolean }) dismissible = false;

  /** Show a quick exit beside the helplines. */
  @property({ type: Boolean, attribute: 'quick-exit' }) quickExit = false;

  /** Where that quick exit goes (see `<shield-quick-exit href>`). */
  @property({ attribute: 'exit-href' }) exitHref?: string;

  /** Where to send a reader when no helpline is known for their country. Default: Find A Helpline. */
  @property({ attribute: 'fallback-href' }) fallbackHref?: string;

  /** The agency's own helpline records: validated, and they win over Shieldkit's with the same id. */
  @property({ attribute: false }) helplines?: unknown;

  /** The instant "open now" is computed for. Default: the current time (refreshed every minute). */
  @property({ attribute: false }) now?: Date;

  @state() private chosenCountry?: string;
  @state() private dismissed = false;

  /** Shieldkit's dataset: loaded before the first render (its own file, off the main bundle). */
  private ours: readonly Helpline[] = [];
  private emergencyNumbers: Readonly<Record<string, EmergencyNumbers>> = {};
  private records: readonly Helpline[] = [];
  private merges = 0;
  private refreshTimer?: ReturnType<typeof setInterval>;
  private readonly sticky = new StickySpaceController(this);
  constructor() {
    super();
    // The country a reader picked says where they are: forgotten on a quick exit and on `pagehide`.
    new ExitListenerController(this, () => {
      this.chosenCountry = undefined;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.refreshTimer = setInterval(() => this.requestUpdate(), REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.refreshTimer);
  }

  /** The element is the listener of the picker's `change`: the country the reader picked. */
  handleEvent(event: Event): void {
    this.chosenCountry = (event.target as HTMLSelectElement).value || undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Merging checks a pinned id too, once the records are known.
    if (!this.hasUpdated || changed.has('helplines') || changed.has('campaign'))
      this.mergeRecords();
    else if (changed.has('helpline')) this.checkPinned();
    // The deprecated `variant` sets `position` (removed: inline), with one warning per banner.
    if (changed.has('variant')) {
      if (this.variant != null && !this.variantWarned) {
        this.variantWarned = true;
        this.reportError('deprecated-variant', 'variant is deprecated: use position.', 'warn');
      }
      this.position = this.variant = toBarPosition(this.variant, 'variant', (code, message) =>
        this.reportError(code, message),
      );
    }
    if (changed.has('position'))
      this.position = toBarPosition(this.position, 'position', (code, message) =>
        this.reportError(code, message),
      );
    if (changed.has('country') && this.country != null) this.checkCountry('country', this.country);
    if (changed.has('origin') && this.origin != null) this.checkCountry('origin', this.origin);
    if (changed.has('topic') && this.topic != null && !TOPICS.includes(this.topic)) {
      this.reportError(
        'invalid-topic',
        `topic "${this.topic}" is not one of ${TOPICS.join(', ')}; showing every topic.`,
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('position'))
      this.sticky.stickTo(this.position === 'inline' ? undefined : this.position);
  }

  private checkCountry(attribute: string, value: string): void {
    if (!countryCode(value)) {
      this.reportError(
        'invalid-country',
        `${attribute} "${value}" is not an ISO 3166-1 alpha-2 country code (like PL or UA); it is ignored.`,
      );
    }
  }

  /**
   * Ours plus the agency's own records (helpline-records.ts). Until the agency's are checked, ours
   * alone; invalid agency records are reported and skipped.
   */
  private mergeRecords(): void {
    const { ours, agency } = recordSources(this.ours, this.campaign?.helplines, this.helplines);
    const merge = ++this.merges;
    this.records = ours;
    if (agency.length === 0) {
      this.checkPinned();
      return;
    }
    void mergeAgencyRecords(ours, agency).then(
      ({ records, skipped }) => {
        if (merge !== this.merges) return;
        for (const message of skipped) this.reportError('invalid-helpline', message);
        this.records = records;
        this.checkPinned();
        this.requestUpdate();
      },
      (error: unknown) =>
        // The checker could not be fetched: agency records cannot be verified, so none is shown.
        this.reportError(
          'load-failed',
          `the checker of agency helplines could not be loaded (${String(error)}); showing Shieldkit's helplines only.`,
        ),
    );
  }

  /** Reports a pinned helpline id that no record has (once the records are known). */
  private checkPinned(): void {
    if (this.helpline && !this.records.some((r) => r.id === this.helpline)) {
      this.reportError(
        'unknown-helpline',
        `there is no helpline "${this.helpline}"; showing the country's helplines.`,
      );
    }
  }

  /** The reader's choice, else the attribute, else the campaign, else the page language's region. */
  private get currentCountry(): unknown {
    return (
      this.chosenCountry ??
      countryCode(this.country) ??
      countryCode(this.campaign?.country) ??
      countryFromLanguage(inheritedLang(this))
    );
  }

  private get currentOrigin(): unknown {
    return countryCode(this.origin) ?? this.campaign?.origin;
  }

  // The `Intl` formatters a render uses, in the reader's locale (created once, then reused).
  private regionNames(): Intl.DisplayNames {
    return cachedIntl(Intl.DisplayNames, this.localize.locale, { type: 'region' } as const);
  }
  private languageNames(): Intl.DisplayNames {
    return cachedIntl(Intl.DisplayNames, this.localize.locale, { type: 'language' } as const);
  }
  private listFormat(): Intl.ListFormat {
    return cachedIntl(Intl.ListFormat, this.localize.locale, { type: 'conjunction' } as const);
  }
  private collator(): Intl.Collator {
    return cachedIntl(Intl.Collator, this.localize.locale, {});
  }

  /**
   * Creates the formatters the first render will use, a task each: on a cheap phone the page's
   * first `Intl` object takes tens of milliseconds, and the render that follows stays short.
   */
  protected override async prepareFirstRender(): Promise<void> {
    // The dataset is a file of its own (most of its bytes are sources, shown only on request); the
    // page's own helpline text stays on screen until it is here.
    try {
      const data = await import('@shieldkit/helplines/data.js');
      this.ours = data.helplines;
      this.emergencyNumbers = data.emergencyNumbers;
    } catch (error) {
      this.reportError(
        'load-failed',
        `Shieldkit's helplines could not be loaded (${String(error)}).`,
      );
    }
    const sample = new Date(0);
    // Few steps (the nested quick exit, if any, waits for the render): each about 25 ms at 4× CPU.
    return inSeparateTasks([
      ...intlWarmUp(this.localize.locale),
      () => [this.regionNames().of('PL'), this.languageNames().of('en')],
      () => [
        this.listFormat().format(['a', 'b']),
        ...[TIME, DAY_AND_TIME, DATE].map((format) => this.localize.dateTime(sample, format)),
      ],
    ]);
  }

  private regionName(code: string): string {
    try {
      return this.regionNames().of(code) ?? code;
    } catch {
      return code;
    }
  }

  private onContact(helplineId: string, channel: ChannelType): void {
    this.emit('shield-helpline-contact', { helplineId, channel });
  }

  private readonly hide = async (): Promise<void> => {
    this.dismissed = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part=show]')?.focus();
  };

  private readonly show = async (): Promise<void> => {
    this.dismissed = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part=dismiss]')?.focus();
  };

  protected override renderContent(): TemplateResult {
    const { language, dir } = this.localize;
    if (this.dismissed) {
      return html`<div class="base dismissed" lang=${language} dir=${dir}>
        <button part="show" class="show" type="button" @click=${this.show}>
          ${this.localize.t('helplineBanner.show')}
        </button>
      </div>`;
    }
    const placement = placeHelplines(this.records, {
      country: this.currentCountry,
      origin: this.currentOrigin,
      topic: this.topic && TOPICS.includes(this.topic) ? this.topic : undefined,
      pinned: this.helpline,
      emergency: this.emergencyNumbers,
    });
    const { country } = placement;
    const view: BannerView = {
      localize: this.localize,
      now: this.now,
      fallbackHref: this.fallbackHref,
      records: this.records,
      regionName: (code) => this.regionName(code),
      languageNames: () => this.languageNames(),
      listFormat: () => this.listFormat(),
      collator: () => this.collator(),
      onContact: (helplineId, channel) => this.onContact(helplineId, channel),
      onCountryChange: this,
    };
    const pinned = this.helpline && this.records.some((r) => r.id === this.helpline);
    return html`<section
      part="base"
      class="base"
      aria-label=${this.localize.t('helplineBanner.label')}
      lang=${language}
      dir=${dir}
    >
      <div class="header">
        <p part="title" class="title">${this.localize.t('helplineBanner.title')}</p>
        <div class="tools">
          ${pinned ? nothing : renderPicker(view, country)}
          ${this.quickExit ? html`<shield-quick-exit href=${this.exitHref ?? nothing}></shield-quick-exit>` : nothing}
          ${
            this.dismissible
              ? html`<button part="dismiss" class="dismiss" type="button" @click=${this.hide}>
                  ${this.localize.t('helplineBanner.hide')}
                </button>`
              : nothing
          }
        </div>
      </div>
      ${
        placement.host.length + placement.fromOrigin.length > 0
          ? html`<div class="helplines">${renderGroups(view, placement)}</div>`
          : renderFallback(view, placement)
      }
    </section>`;
  }
}
