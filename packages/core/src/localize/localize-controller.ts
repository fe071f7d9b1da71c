import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { TOptions } from 'i18next';
import { directionOf } from '@shieldkit/locales';
import type { CampaignSettings } from '../campaign.js';
import { reportError } from '../errors.js';
import { cachedIntl } from './intl-cache.js';
import {
  ensureLanguage,
  interpolate,
  isKnownKey,
  isLoaded,
  pickLanguage,
  translate,
} from './i18n.js';

/**
 * `rtl` when the first letter of `text` is a right-to-left one (Hebrew, Arabic, Syriac, Thaana,
 * N'Ko … and their presentation forms), else `ltr`: digits, phone numbers and Latin keywords are
 * laid out left to right even inside right-to-left text (the browser's `dir=auto` would give a value
 * without letters the direction around it, reversing "0800 123 456").
 */
export const directionOfText = (text: string): 'ltr' | 'rtl' =>
  /^\P{L}*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u.test(text) ? 'rtl' : 'ltr';

/** What the controller needs from its element. */
export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  /** The campaign the element is inside, if any. */
  campaign?: CampaignSettings;
  /** Per-embed overrides set from JavaScript: `{ 'quickExit.label': 'Leave now' }`. */
  strings?: Record<string, string>;
  /** Overrides set by attributes, already read by the element: key → text. */
  attributeStrings?(): Record<string, string | undefined>;
}

/** How long an element shows its fallback while waiting for the reader's language (ms). */
export const PENDING_LIMIT = 3000;

/** Every connected controller; one MutationObserver on the document re-resolves them all. */
const controllers = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

function watchLanguageChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => controllers.forEach((controller) => controller.refresh()));
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** The nearest `lang` on the element or an ancestor, crossing shadow roots; `undefined` when none. */
export function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    // A widget inside another widget's shadow root (a quick exit inside a banner) follows the page,
    // like its host does: the host's inner `lang` says only what is on screen there now.
    if (node instanceof Element && (node === element || !insideShieldElement(node))) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

function insideShieldElement(node: Element): boolean {
  const root = node.getRootNode();
  return root instanceof ShadowRoot && 'shieldVersion' in root.host.constructor;
}

/** `requested` when it is a valid variant of `language` (`ar-EG` of `ar`), else `language`. */
function intlLocale(requested: string, language: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(requested.trim());
    if (canonical && new Intl.Locale(canonical).language === new Intl.Locale(language).language) {
      return canonical;
    }
  } catch {
    // not a valid BCP 47 tag (e.g. `ar_EG`): format in the language itself
  }
  return language;
}

/**
 * Gives an element its language, direction and strings.
 *
 * Language: the element's `lang`, else the nearest ancestor's, else `<html lang>`, else the
 * campaign default, else English; then `xx-YY` → `xx` → `en` to a language we ship.
 * Strings: English defaults < the language's file < campaign `strings` < the `strings` property <
 * attributes. Re-renders the element when any `lang` in the document changes.
 */
export class LocalizeController implements ReactiveController {
  /** The language whose strings are on screen now. */
  language = 'en';

  /**
   * True while the reader's language is still loading (at most `PENDING_LIMIT` ms): the element
   * shows its light-DOM fallback meanwhile, rather than English that would be replaced a moment later.
   */
  pending = false;

  /**
   * The locale for `Intl` formatting: the requested tag when it is a region or script variant of the
   * language on screen (`ar-EG` keeps Egypt's Arabic-Indic digits), else the language itself.
   */
  locale = 'en';

  constructor(private readonly host: LocalizedHost) {
    host.addController(this);
  }

  /** `ltr` or `rtl`, following the language on screen. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.language);
  }

  hostConnected(): void {
    controllers.add(this);
    watchLanguageChanges();
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Re-resolves the language (after a `lang` or campaign change) and re-renders when it changed. */
  refresh(): void {
    const requested = this.requested();
    const { language, supported } = pickLanguage(requested);
    if (!supported) {
      reportError(
        this.host,
        {
          code: 'unknown-language',
          message: `there are no strings for the language "${requested}"; showing English.`,
        },
        { level: 'warn', once: `unknown-language:${requested}` },
      );
    }
    if (isLoaded(language)) {
      this.setPending(false);
      this.show(language, requested);
      return;
    }
    this.setPending(true);
    const waited = setTimeout(() => this.setPending(false), PENDING_LIMIT);
    void ensureLanguage(language, this.host).then((ok) => {
      clearTimeout(waited);
      // Still wanted? The page may have changed language while the file was loading.
      const now = this.requested();
      if (pickLanguage(now).language !== language) return;
      this.setPending(false);
      if (ok) this.show(language, now);
    });
  }

  private requested(): string {
    return inheritedLang(this.host) ?? this.host.campaign?.defaultLanguage ?? 'en';
  }

  private setPending(pending: boolean): void {
    if (pending === this.pending) return;
    this.pending = pending;
    this.host.requestUpdate();
  }

  private show(language: string, requested: string): void {
    const locale = intlLocale(requested, language);
    if (language === this.language && locale === this.locale) return;
    this.language = language;
    this.locale = locale;
    this.host.requestUpdate();
  }

  /**
   * The string for `key` in the element's language, with overrides applied. `{{count, number}}` and
   * every other `, number` placeholder is formatted for `locale` (the digits `Intl.NumberFormat`
   * uses there: Persian digits in `fa`, Bengali digits in `bn` …), never as raw Latin digits.
   */
  t(key: string, options: TOptions & Record<string, unknown> = {}): string {
    const withLocale = { locale: this.locale, ...options };
    const override = this.override(key, options);
    if (override !== undefined) return interpolate(override, withLocale, this.language);
    return translate(this.language, key, withLocale);
  }

  /**
   * The string for `key` as a template in which every inserted text value (a phone number, an SMS
   * keyword, a time, a country) is a `<bdi>` with its own direction: inside Arabic-script text a
   * TTY number "0800 123 456" stays in that order instead of showing as "456 123 0800", and the
   * words around it keep theirs. Number values (`count`) are formatted as in `t()`. Text only.
   */
  isolated(key: string, options: TOptions & Record<string, unknown> = {}): TemplateResult {
    const values: string[] = [];
    const marked: Record<string, unknown> = { ...options };
    for (const [name, value] of Object.entries(options)) {
      if (typeof value !== 'string') continue;
      marked[name] = `\uE000${values.length}\uE001`;
      values.push(value);
    }
    const parts = this.t(key, marked).split(/\uE000(\d+)\uE001/);
    return html`${parts.map((part, i) => {
      if (i % 2 === 0) return part;
      const value = values[Number(part)] ?? '';
      return html`<bdi dir=${directionOfText(value)}>${value}</bdi>`;
    })}`;
  }

  private override(key: string, options: { count?: unknown }): string | undefined {
    const candidates =
      typeof options.count === 'number'
        ? [`${key}_${cachedIntl(Intl.PluralRules, this.language, {}).select(options.count)}`, key]
        : [key];
    const layers = [
      this.host.attributeStrings?.(),
      this.host.strings,
      this.host.campaign?.strings?.[this.language],
    ];
    for (const layer of layers) {
      for (const candidate of candidates) {
        const text = layer?.[candidate];
        if (typeof text === 'string' && text.trim() !== '') return text;
      }
    }
    return undefined;
  }

  /** Warns once for each override key that no widget uses (a typo would otherwise fail silently). */
  checkOverrides(overrides: Record<string, unknown> | undefined): void {
    for (const key of Object.keys(overrides ?? {})) {
      if (!isKnownKey(key)) {
        reportError(
          this.host,
          {
            code: 'unknown-string',
            message: `there is no string "${key}" to override; it is ignored.`,
          },
          { level: 'warn', once: `unknown-string:${key}` },
        );
      }
    }
  }

  /** A number in the element's language and its numbering system. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return cachedIntl(Intl.NumberFormat, this.locale, options ?? {}).format(value);
  }

  /** A date and/or time in the element's language (pass `timeZone` for a helpline's own zone). */
  dateTime(value: Date | number, options?: Intl.DateTimeFormatOptions): string {
    return cachedIntl(Intl.DateTimeFormat, this.locale, options ?? {}).format(value);
  }
}
