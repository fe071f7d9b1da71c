import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  LIMITS,
  ShieldElement,
  StickySpaceController,
  cachedIntl,
  inSeparateTasks,
  inheritedLang,
  intlWarmUp,
  safeUrl,
  toBarPosition,
  stickyBarStyles,
  type BarPosition,
} from '@shieldkit/core';
import {
  TOPICS,
  countryCode,
  openStatus,
  placeHelplines,
  type ChannelType,
  type EmergencyNumbers,
  type Helpline,
  type PlacedHelpline,
  type Placement,
  type ReachableChannel,
  type Source,
  type Topic,
} from '@shieldkit/helplines';
import { countryFromLanguage, pickerCountries } from './choose.js';
import { styles } from './helpline-banner.styles.js';

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const DAY_AND_TIME: Intl.DateTimeFormatOptions = { weekday: 'long', ...TIME };
const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
const MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', timeZone: 'UTC' };

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

  /** Only helplines for this topic: `trafficking`, `labour-exploitation`, `safe-migration`, `child-protection`, `domestic-abuse`. */
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
  override connectedCallback(): void {
    super.connectedCallback();
    this.refreshTimer = setInterval(() => this.requestUpdate(), REFRESH_MS);
    addEventListener('shield-exit', this);
    addEventListener('pagehide', this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.refreshTimer);
    removeEventListener('shield-exit', this);
    removeEventListener('pagehide', this);
  }

  /**
   * The element is the listener of the picker's `change` (the reader's country) and of
   * `shield-exit` and `pagehide`, on which that choice is forgotten: it says where the reader is.
   */
  handleEvent(event: Event): void {
    this.chosenCountry =
      (event.type === 'change' && (event.target as HTMLSelectElement).value) || undefined;
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
   * Ours (only the campaign's `helplines.include`, when it names some) plus the agency's own records
   * (campaign `helplines.custom`, then the `helplines` property). The validator that checks agency
   * records is loaded only when there are some, so most readers never download it. Invalid records
   * are reported and skipped.
   */
  private mergeRecords(): void {
    const include = this.campaign?.helplines?.include;
    const ours = include ? this.ours.filter((r) => include.includes(r.id)) : this.ours;
    const campaignRecords = this.campaign?.helplines?.custom ?? [];
    const own =
      this.helplines === undefined
        ? []
        : Array.isArray(this.helplines)
          ? this.helplines
          : [this.helplines];
    const agency = [...campaignRecords, ...own];
    const merge = ++this.merges;
    this.records = ours;
    if (agency.length === 0) {
      this.checkPinned();
      return;
    }
    void import('@shieldkit/helplines/merge.js').then(
      ({ mergeHelplines, formatProblem }) => {
        if (merge !== this.merges) return;
        const { records, problems } = mergeHelplines(ours, agency, LIMITS.helplineRecords);
        for (const skipped of problems) {
          const which = skipped.id ? `"${skipped.id}"` : `number ${(skipped.index ?? 0) + 1}`;
          this.reportError(
            'invalid-helpline',
            `helpline record ${which} was skipped: ${skipped.problems.map(formatProblem).join('; ')}`,
          );
        }
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

  private openText(record: Helpline): TemplateResult | string | undefined {
    const status = openStatus(record.hours, this.now ?? new Date());
    if (!status) return undefined;
    if (status.alwaysOpen) return this.localize.t('helplineBanner.openAlways');
    const time = (date: Date) => this.localize.dateTime(date, TIME);
    if (status.open) {
      return status.closesAt
        ? this.localize.isolated('helplineBanner.openUntil', { time: time(status.closesAt) })
        : this.localize.t('helplineBanner.openNow');
    }
    return status.opensAt
      ? this.localize.isolated('helplineBanner.closedUntil', {
          when: this.localize.dateTime(status.opensAt, DAY_AND_TIME),
        })
      : this.localize.t('helplineBanner.closed');
  }

  private languagesText(record: Helpline): string | undefined {
    const languages = record.languages;
    if (!languages) return undefined;
    const names = languages.codes.map((code) => {
      try {
        return this.languageNames().of(code) ?? code;
      } catch {
        return code;
      }
    });
    if (languages.interpreters !== undefined) {
      names.push(
        typeof languages.interpreters === 'number'
          ? this.localize.t('helplineBanner.interpreters', { count: languages.interpreters })
          : this.localize.t('helplineBanner.interpretersAny'),
      );
    }
    if (names.length === 0) return undefined;
    const list = this.listFormat().format(names);
    return this.localize.t('helplineBanner.languages', { list });
  }

  private renderChannel(
    record: Helpline,
    { channel, insteadOf }: ReachableChannel,
  ): TemplateResult | typeof nothing {
    const href = safeUrl(channel.href);
    if (!href) return nothing;
    // Numbers, keywords and names inside the hints are isolated (<bdi>): right-to-left text
    // would otherwise reorder "0800 123 456".
    const hints = [
      channel.type === 'sms' && channel.keyword
        ? this.localize.isolated('helplineBanner.smsKeyword', { keyword: channel.keyword })
        : undefined,
      insteadOf ? this.localize.t('helplineBanner.fromAbroad') : undefined,
      'inCountryOnly' in channel && channel.inCountryOnly
        ? this.localize.isolated('helplineBanner.inCountryOnly', {
            country: this.regionName(record.country),
          })
        : undefined,
      typeof channel.tty === 'string'
        ? this.localize.isolated('helplineBanner.tty', { number: channel.tty })
        : undefined,
    ].filter((hint): hint is TemplateResult | string => Boolean(hint));
    return html`<li class="channel-item">
      <a
        part="channel"
        class="channel"
        href=${href}
        rel="noreferrer"
        data-channel=${channel.type}
        @click=${() => this.onContact(record.id, channel.type)}
        ><span class="action">${this.localize.t(`helplineBanner.actions.${channel.type}`)}</span
        ><span class="visually-hidden"> ${record.name},</span>
        <bdi class="number" dir="ltr">${channel.display}</bdi></a
      >
      ${hints.map((hint) => html`<span class="hint">${hint}</span>`)}
    </li>`;
  }

  private date(value: string): string {
    const monthOnly = /^\d{4}-\d{2}$/.test(value);
    const date = new Date(`${monthOnly ? `${value}-01` : value}T12:00:00Z`);
    return Number.isNaN(date.getTime())
      ? value
      : this.localize.dateTime(date, monthOnly ? MONTH : DATE);
  }

  private renderSource(source: Source): TemplateResult {
    const href = safeUrl(source.url, ['https:', 'http:']);
    let site = source.url;
    try {
      site = new URL(source.url).hostname;
    } catch {
      // shown as written
    }
    return html`<li>
      ${href ? html`<a href=${href} rel="noreferrer">${site}</a>` : site}
      ${source.states ? html`<span lang="en">${source.states}</span>` : nothing}
      ${
        source.accessed
          ? html`<span class="read"
              >${this.localize.t('helplineBanner.sourceRead', { date: this.date(source.accessed) })}</span
            >`
          : nothing
      }
    </li>`;
  }

  /** "Last checked …", opening to the sources, what they say, and what they leave unconfirmed. */
  private renderChecked(record: Helpline): TemplateResult {
    const unconfirmed = (record.unconfirmed ?? []).map((part) =>
      this.localize.t(`helplineBanner.parts.${part}`),
    );
    return html`<details part="checked" class="checked">
      <summary>
        ${this.localize.t('helplineBanner.lastChecked', { date: this.date(record.verified) })}
      </summary>
      <ul class="sources">
        ${record.sources.map((source) => this.renderSource(source))}
      </ul>
      ${record.confirmed ? nothing : html`<p>${this.localize.t('helplineBanner.notConfirmed')}</p>`}
      ${
        unconfirmed.length
          ? html`<p>
              ${this.localize.t('helplineBanner.unconfirmed', { list: this.listFormat().format(unconfirmed) })}
            </p>`
          : nothing
      }
    </details>`;
  }

  private renderHelpline(placed: PlacedHelpline): TemplateResult {
    const { record } = placed;
    const open = this.openText(record);
    const languages = this.languagesText(record);
    // "For women": only on a line for one group.
    const audience =
      record.audience && record.audience !== 'everyone'
        ? `helplineBanner.audience.${record.audience}`
        : undefined;
    const id = `helpline-${record.id}`;
    return html`<article part="helpline" class="helpline" aria-labelledby=${id}>
      <p part="name" class="name" id=${id}>${record.name}</p>
      ${audience ? html`<p part="audience" class="audience">${this.localize.t(audience)}</p>` : nothing}
      ${
        record.organisation && record.organisation !== record.name
          ? html`<p class="organisation">${record.organisation}</p>`
          : nothing
      }
      <ul class="channels">
        ${placed.channels.map((reachable) => this.renderChannel(record, reachable))}
      </ul>
      <p class="details">
        ${open ? html`<span part="status" class="status">${open}</span>` : nothing}
        ${record.free === true ? html`<span class="free">${this.localize.t('helplineBanner.free')}</span>` : nothing}
        ${languages ? html`<span>${languages}</span>` : nothing}
      </p>
      ${this.renderChecked(record)}
    </article>`;
  }

  private renderGroups(placement: Placement): TemplateResult {
    const { country, origin, host, fromOrigin } = placement;
    if (!origin || !country) {
      return html`${host.map((p) => this.renderHelpline(p))}${this.renderEmergency(placement.emergency)}`;
    }
    const group = (key: string, code: string) =>
      html`<p class="group">${this.localize.t(key, { country: this.regionName(code) })}</p>`;
    return html`${group('helplineBanner.hereGroup', country)}
    ${host.length ? host.map((p) => this.renderHelpline(p)) : this.renderNoHelpline(placement)}
    ${fromOrigin.length ? html`${group('helplineBanner.originGroup', origin)}${fromOrigin.map((p) => this.renderHelpline(p))}` : nothing}
    ${host.length ? this.renderEmergency(placement.emergency) : nothing}`;
  }

  /** "No helpline listed for X yet", with a link to find one (the agency's, or Find A Helpline). */
  private renderNoHelpline(placement: Placement): TemplateResult {
    const name = this.regionName(placement.country!);
    const link = safeUrl(this.fallbackHref, ['https:', 'http:']) ?? placement.findAHelpline;
    return html`<p>${this.localize.t('helplineBanner.noHelpline', { country: name })}</p>
      ${
        link
          ? html`<p>
              <a href=${link} rel="noreferrer"
                >${this.localize.t('helplineBanner.findHelpline', { country: name })}</a
              >
            </p>`
          : nothing
      }
      ${this.renderEmergency(placement.emergency, true)}`;
  }

  /**
   * The country's emergency numbers as call links ("If you are in danger now, call: 112"), or,
   * when we have no source for them and `always` is set, the advice to call the local number.
   */
  private renderEmergency(
    emergency: EmergencyNumbers | undefined,
    always = false,
  ): TemplateResult | typeof nothing {
    if (!emergency) {
      return always ? html`<p>${this.localize.t('helplineBanner.emergency')}</p>` : nothing;
    }
    return html`<p part="emergency" class="emergency">
      ${this.localize.t('helplineBanner.emergencyCall')}
      ${emergency.numbers.map(({ number, services }) => {
        const forSome =
          services.length < 3
            ? this.localize.t('helplineBanner.emergencyServices', {
                services: this.listFormat().format(
                  services.map((service) => this.localize.t(`helplineBanner.services.${service}`)),
                ),
              })
            : undefined;
        // The space before each number keeps them apart for screen readers and in copied text.
        return html` <span
          ><a href=${`tel:${number}`}><bdi dir="ltr">${number}</bdi></a
          >${forSome ? html` ${forSome}` : nothing}</span
        >`;
      })}
    </p>`;
  }

  private renderFallback(placement: Placement): TemplateResult {
    return html`<div part="fallback" class="fallback">
      <slot></slot>
      ${
        placement.country
          ? this.renderNoHelpline(placement)
          : html`<p>${this.localize.t('helplineBanner.chooseCountryHint')}</p>
              <p>${this.localize.t('helplineBanner.emergency')}</p>`
      }
    </div>`;
  }

  private renderPicker(country: string | undefined): TemplateResult {
    const collator = this.collator();
    const options = pickerCountries(this.records, country)
      .map((code) => ({ code, name: this.regionName(code) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    // `.value` as well as `selected`: once the reader (or a script) has changed a select, a
    // `selected` attribute no longer moves its selection (Firefox follows the spec's dirtiness
    // flag), so a reset to the page's country would otherwise leave the reader's choice showing.
    return html`<div class="picker">
      <label for="country">${this.localize.t('helplineBanner.country')}</label>
      <select id="country" part="picker" .value=${country ?? ''} @change=${this}>
        ${country ? nothing : html`<option value="" selected>${this.localize.t('helplineBanner.chooseCountry')}</option>`}
        ${options.map(({ code, name }) => html`<option value=${code} ?selected=${code === country}>${name}</option>`)}
      </select>
    </div>`;
  }

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
          ${pinned ? nothing : this.renderPicker(country)}
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
          ? html`<div class="helplines">${this.renderGroups(placement)}</div>`
          : this.renderFallback(placement)
      }
    </section>`;
  }
}
