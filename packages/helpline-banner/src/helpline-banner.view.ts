/**
 * The banner's templates: a helpline with its channels and sources, the groups of a placement,
 * the emergency numbers, the fallback and the country picker. Plain functions of what the element
 * passes in (`BannerView`); the element keeps the state and the behaviour (helpline-banner.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl, type LocalizeController } from '@shieldkit/core';
import {
  openStatus,
  type ChannelType,
  type EmergencyNumbers,
  type Helpline,
  type PlacedHelpline,
  type Placement,
  type ReachableChannel,
  type Source,
} from '@shieldkit/helplines';
import { pickerCountries } from './choose.js';

export const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
export const DAY_AND_TIME: Intl.DateTimeFormatOptions = { weekday: 'long', ...TIME };
export const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
const MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', timeZone: 'UTC' };

/** What the templates read from the banner, and what they call back. */
export interface BannerView {
  localize: LocalizeController;
  /** The instant "open now" is computed for (else the current time). */
  now?: Date;
  fallbackHref?: string;
  /** Every record the picker offers a country of. */
  records: readonly Helpline[];
  regionName(code: string): string;
  languageNames(): Intl.DisplayNames;
  listFormat(): Intl.ListFormat;
  collator(): Intl.Collator;
  onContact(helplineId: string, channel: ChannelType): void;
  /** Listener of the picker's `change`. */
  onCountryChange: EventListenerObject;
}

function openText(view: BannerView, record: Helpline): TemplateResult | string | undefined {
  const status = openStatus(record.hours, view.now ?? new Date());
  if (!status) return undefined;
  if (status.alwaysOpen) return view.localize.t('helplineBanner.openAlways');
  const time = (date: Date) => view.localize.dateTime(date, TIME);
  if (status.open) {
    return status.closesAt
      ? view.localize.isolated('helplineBanner.openUntil', { time: time(status.closesAt) })
      : view.localize.t('helplineBanner.openNow');
  }
  return status.opensAt
    ? view.localize.isolated('helplineBanner.closedUntil', {
        when: view.localize.dateTime(status.opensAt, DAY_AND_TIME),
      })
    : view.localize.t('helplineBanner.closed');
}

function languagesText(view: BannerView, record: Helpline): string | undefined {
  const languages = record.languages;
  if (!languages) return undefined;
  const names = languages.codes.map((code) => {
    try {
      return view.languageNames().of(code) ?? code;
    } catch {
      return code;
    }
  });
  if (languages.interpreters !== undefined) {
    names.push(
      typeof languages.interpreters === 'number'
        ? view.localize.t('helplineBanner.interpreters', { count: languages.interpreters })
        : view.localize.t('helplineBanner.interpretersAny'),
    );
  }
  if (names.length === 0) return undefined;
  const list = view.listFormat().format(names);
  return view.localize.t('helplineBanner.languages', { list });
}

function renderChannel(
  view: BannerView,
  record: Helpline,
  { channel, insteadOf }: ReachableChannel,
): TemplateResult | typeof nothing {
  const href = safeUrl(channel.href);
  if (!href) return nothing;
  // Numbers, keywords and names inside the hints are isolated (<bdi>): right-to-left text
  // would otherwise reorder "0800 123 456".
  const hints = [
    channel.type === 'sms' && channel.keyword
      ? view.localize.isolated('helplineBanner.smsKeyword', { keyword: channel.keyword })
      : undefined,
    insteadOf ? view.localize.t('helplineBanner.fromAbroad') : undefined,
    'inCountryOnly' in channel && channel.inCountryOnly
      ? view.localize.isolated('helplineBanner.inCountryOnly', {
          country: view.regionName(record.country),
        })
      : undefined,
    typeof channel.tty === 'string'
      ? view.localize.isolated('helplineBanner.tty', { number: channel.tty })
      : undefined,
  ].filter((hint): hint is TemplateResult | string => Boolean(hint));
  return html`<li class="channel-item">
    <a
      part="channel"
      class="channel"
      href=${href}
      rel="noreferrer"
      data-channel=${channel.type}
      @click=${() => view.onContact(record.id, channel.type)}
      ><span class="action">${view.localize.t(`helplineBanner.actions.${channel.type}`)}</span
      ><span class="visually-hidden"> ${record.name},</span>
      <bdi class="number" dir="ltr">${channel.display}</bdi></a
    >
    ${hints.map((hint) => html`<span class="hint">${hint}</span>`)}
  </li>`;
}

function dateText(view: BannerView, value: string): string {
  const monthOnly = /^\d{4}-\d{2}$/.test(value);
  const date = new Date(`${monthOnly ? `${value}-01` : value}T12:00:00Z`);
  return Number.isNaN(date.getTime())
    ? value
    : view.localize.dateTime(date, monthOnly ? MONTH : DATE);
}

function renderSource(view: BannerView, source: Source): TemplateResult {
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
            >${view.localize.t('helplineBanner.sourceRead', { date: dateText(view, source.accessed) })}</span
          >`
        : nothing
    }
  </li>`;
}

/** "Last checked …", opening to the sources, what they say, and what they leave unconfirmed. */
function renderChecked(view: BannerView, record: Helpline): TemplateResult {
  const unconfirmed = (record.unconfirmed ?? []).map((part) =>
    view.localize.t(`helplineBanner.parts.${part}`),
  );
  return html`<details part="checked" class="checked">
    <summary>
      ${view.localize.t('helplineBanner.lastChecked', { date: dateText(view, record.verified) })}
    </summary>
    <ul class="sources">
      ${record.sources.map((source) => renderSource(view, source))}
    </ul>
    ${record.confirmed ? nothing : html`<p>${view.localize.t('helplineBanner.notConfirmed')}</p>`}
    ${
      unconfirmed.length
        ? html`<p>
            ${view.localize.t('helplineBanner.unconfirmed', { list: view.listFormat().format(unconfirmed) })}
          </p>`
        : nothing
    }
  </details>`;
}

function renderHelpline(view: BannerView, placed: PlacedHelpline): TemplateResult {
  const { record } = placed;
  const open = openText(view, record);
  const languages = languagesText(view, record);
  // "For women": only on a line for one group.
  const audience =
    record.audience && record.audience !== 'everyone'
      ? `helplineBanner.audience.${record.audience}`
      : undefined;
  const id = `helpline-${record.id}`;
  return html`<article part="helpline" class="helpline" aria-labelledby=${id}>
    <p part="name" class="name" id=${id}>${record.name}</p>
    ${audience ? html`<p part="audience" class="audience">${view.localize.t(audience)}</p>` : nothing}
    ${
      record.organisation && record.organisation !== record.name
        ? html`<p class="organisation">${record.organisation}</p>`
        : nothing
    }
    <ul class="channels">
      ${placed.channels.map((reachable) => renderChannel(view, record, reachable))}
    </ul>
    <p class="details">
      ${open ? html`<span part="status" class="status">${open}</span>` : nothing}
      ${record.free === true ? html`<span class="free">${view.localize.t('helplineBanner.free')}</span>` : nothing}
      ${languages ? html`<span>${languages}</span>` : nothing}
    </p>
    ${renderChecked(view, record)}
  </article>`;
}

export function renderGroups(view: BannerView, placement: Placement): TemplateResult {
  const { country, origin, host, fromOrigin } = placement;
  if (!origin || !country) {
    return html`${host.map((p) => renderHelpline(view, p))}${renderEmergency(view, placement.emergency)}`;
  }
  const group = (key: string, code: string) =>
    html`<p class="group">${view.localize.t(key, { country: view.regionName(code) })}</p>`;
  return html`${group('helplineBanner.hereGroup', country)}
  ${host.length ? host.map((p) => renderHelpline(view, p)) : renderNoHelpline(view, placement)}
  ${fromOrigin.length ? html`${group('helplineBanner.originGroup', origin)}${fromOrigin.map((p) => renderHelpline(view, p))}` : nothing}
  ${host.length ? renderEmergency(view, placement.emergency) : nothing}`;
}

/** "No helpline listed for X yet", with a link to find one (the agency's, or Find A Helpline). */
function renderNoHelpline(view: BannerView, placement: Placement): TemplateResult {
  const name = view.regionName(placement.country!);
  const link = safeUrl(view.fallbackHref, ['https:', 'http:']) ?? placement.findAHelpline;
  return html`<p>${view.localize.t('helplineBanner.noHelpline', { country: name })}</p>
    ${
      link
        ? html`<p>
            <a href=${link} rel="noreferrer"
              >${view.localize.t('helplineBanner.findHelpline', { country: name })}</a
            >
          </p>`
        : nothing
    }
    ${renderEmergency(view, placement.emergency, true)}`;
}

/**
 * The country's emergency numbers as call links ("If you are in danger now, call: 112"), or,
 * when we have no source for them and `always` is set, the advice to call the local number.
 */
function renderEmergency(
  view: BannerView,
  emergency: EmergencyNumbers | undefined,
  always = false,
): TemplateResult | typeof nothing {
  if (!emergency) {
    return always ? html`<p>${view.localize.t('helplineBanner.emergency')}</p>` : nothing;
  }
  return html`<p part="emergency" class="emergency">
    ${view.localize.t('helplineBanner.emergencyCall')}
    ${emergency.numbers.map(({ number, services }) => {
      const forSome =
        services.length < 3
          ? view.localize.t('helplineBanner.emergencyServices', {
              services: view
                .listFormat()
                .format(
                  services.map((service) => view.localize.t(`helplineBanner.services.${service}`)),
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

export function renderFallback(view: BannerView, placement: Placement): TemplateResult {
  return html`<div part="fallback" class="fallback">
    <slot></slot>
    ${
      placement.country
        ? renderNoHelpline(view, placement)
        : html`<p>${view.localize.t('helplineBanner.chooseCountryHint')}</p>
            <p>${view.localize.t('helplineBanner.emergency')}</p>`
    }
  </div>`;
}

export function renderPicker(view: BannerView, country: string | undefined): TemplateResult {
  const collator = view.collator();
  const options = pickerCountries(view.records, country)
    .map((code) => ({ code, name: view.regionName(code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  // `.value` as well as `selected`: once the reader (or a script) has changed a select, a
  // `selected` attribute no longer moves its selection (Firefox follows the spec's dirtiness
  // flag), so a reset to the page's country would otherwise leave the reader's choice showing.
  return html`<div class="picker">
    <label for="country">${view.localize.t('helplineBanner.country')}</label>
    <select id="country" part="picker" .value=${country ?? ''} @change=${view.onCountryChange}>
      ${country ? nothing : html`<option value="" selected>${view.localize.t('helplineBanner.chooseCountry')}</option>`}
      ${options.map(({ code, name }) => html`<option value=${code} ?selected=${code === country}>${name}</option>`)}
    </select>
  </div>`;
}
