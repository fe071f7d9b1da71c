/**
 * What a print shows, per language, gathered from a campaign: the words (the widgets' translations,
 * the campaign's own `strings`, the print-only phrases) and the helplines placed for the campaign's
 * country and origin. No HTML here: `render.ts` lays it out.
 */
import type { Campaign } from '@shieldkit/campaign/parse.js';
// The campaign's parts are typed by the packages that read them (declaration merging).
import type {} from '@shieldkit/core/campaign.js';
import type {} from '@shieldkit/helpline-banner/campaign.js';
import type {} from '@shieldkit/red-flag-checklist/campaign.js';
import type {} from '@shieldkit/story-carousel/campaign.js';
import {
  emergencyNumbers,
  helplines as ourHelplines,
  placeHelplines,
  type Helpline,
  type WeeklyHours,
} from '@shieldkit/helplines';
import { mergeHelplines } from '@shieldkit/helplines/merge.js';
import {
  directionOf,
  languages as shipped,
  loadChecklistStrings,
  loadLocale,
  type Strings,
} from '@shieldkit/locales';
import { CHECKLIST_SETS, DEFAULT_CHECKLIST_SET } from '@shieldkit/red-flag-checklist/sets.js';
import { PRINT_STRINGS, type PrintStrings } from './strings.js';

/** A phone-like number to print: what the reader dials, as the operator writes it. */
export interface PrintedNumber {
  display: string;
  /** `sms` numbers are printed with the keyword to send, when there is one. */
  type: 'phone' | 'sms' | 'whatsapp';
  keyword?: string;
  /** An origin line's number for callers abroad. */
  fromAbroad: boolean;
}

export interface PrintedLine {
  name: string;
  numbers: PrintedNumber[];
  free: boolean;
  /** Opening hours in words, when sourced. */
  hours?: string;
  role: 'host' | 'origin';
}

/** Everything one language block prints. */
export interface LanguageContent {
  lang: string;
  dir: 'ltr' | 'rtl';
  headline: string;
  notAlone: string;
  flags: string[];
  helpTitle: string;
  free: string;
  fromAbroad: string;
  emergencyCall: string;
  scan: string;
  askBefore: string;
  questions: readonly string[];
  neutralTitle: string;
  /** The language `neutralTitle` is written in (English when the campaign has none in `lang`). */
  neutralTitleLang: string;
  lines: PrintedLine[];
  /** The country's emergency numbers. */
  emergency: string[];
  /** A printable story's quote (consent to print given), when there is one. */
  story?: string;
  logoAlt?: string;
}

export class PrintError extends Error {
  override name = 'PrintError';
}

const get = (tree: Strings | undefined, key: string): string | undefined => {
  let node: string | Strings | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
};

/** The text of a per-language campaign value, and the language it is in. */
function pick(
  value: string | Record<string, string> | undefined,
  lang: string,
): { text: string; lang: string } | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { text: value, lang };
  for (const code of [lang, lang.split('-')[0]!, 'en']) {
    if (value[code] !== undefined) return { text: value[code], lang: code };
  }
  const [first] = Object.entries(value);
  return first && { text: first[1], lang: first[0] };
}

/** Opening hours in words: "Mon–Thu 09:00–19:00, Fri 09:00–14:00" with the language's day names. */
export function weeklyHours(weekly: WeeklyHours, lang: string): string {
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  // 2024-01-01 was a Monday.
  const name = (i: number) =>
    new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, 1 + i)),
    );
  const groups: { from: number; to: number; ranges: string }[] = [];
  days.forEach((day, i) => {
    const ranges = (weekly[day] ?? []).map(([open, close]) => `${open}–${close}`).join(', ');
    if (!ranges) return;
    const last = groups[groups.length - 1];
    if (last && last.to === i - 1 && last.ranges === ranges) last.to = i;
    else groups.push({ from: i, to: i, ranges });
  });
  return groups
    .map(({ from, to, ranges }) =>
      from === to ? `${name(from)} ${ranges}` : `${name(from)}–${name(to)} ${ranges}`,
    )
    .join(', ');
}

const PRINTED_CHANNELS = new Set(['phone', 'sms', 'whatsapp']);

/** The campaign's helpline records: ours (only `helplines.include`, when it names some) and its own. */
function records(campaign: Campaign): readonly Helpline[] {
  const include = campaign.helplines?.include;
  const ours = include ? ourHelplines.filter((r) => include.includes(r.id)) : ourHelplines;
  const custom = campaign.helplines?.custom ?? [];
  return custom.length > 0 ? mergeHelplines(ours, custom).records : ours;
}

/** Every helpline to print (host lines, then the origin's reachable from abroad) and the emergency numbers. */
export function placedLines(campaign: Campaign): {
  lines: Omit<PrintedLine, 'hours'>[];
  hours: (WeeklyHours | 'always' | undefined)[];
  emergency: string[];
} {
  const placement = placeHelplines(records(campaign), {
    country: campaign.country,
    origin: campaign.origin,
    emergency: emergencyNumbers,
  });
  const placed = [...placement.host, ...placement.fromOrigin];
  const lines: Omit<PrintedLine, 'hours'>[] = [];
  const hours: (WeeklyHours | 'always' | undefined)[] = [];
  for (const { record, role, channels } of placed) {
    const numbers = channels
      .filter(({ channel }) => PRINTED_CHANNELS.has(channel.type))
      .map(({ channel, insteadOf }) => ({
        display: channel.display,
        type: channel.type as PrintedNumber['type'],
        ...(channel.keyword !== undefined && { keyword: channel.keyword }),
        fromAbroad: insteadOf !== undefined,
      }));
    if (numbers.length === 0) continue;
    lines.push({ name: record.name, numbers, free: record.free === true, role });
    const h = record.hours;
    hours.push(h === undefined ? undefined : 'alwaysOpen' in h ? 'always' : h.weekly);
  }
  return { lines, hours, emergency: placement.emergency?.numbers.map((n) => n.number) ?? [] };
}

/** The first story whose teller agreed to print, with valid consent on `now`, and its quote. */
function printableStory(campaign: Campaign, lang: string, now: Date): string | undefined {
  const today = now.toISOString().slice(0, 10);
  for (const story of campaign.stories ?? []) {
    const { consent } = story;
    if (consent?.print !== true) continue;
    if (!consent.given || consent.given > today) continue;
    if (consent.expires !== undefined && consent.expires < today) continue;
    const quote = pick(story.quote, lang) ?? pick(story.heading, lang);
    if (quote) return quote.text;
  }
  return undefined;
}

/** The red flags a print shows: the campaign's `print.flags`, else the set's first item of each category. */
export function flagIds(campaign: Campaign, max: number): string[] {
  const set = CHECKLIST_SETS[campaign.checklist?.set ?? DEFAULT_CHECKLIST_SET];
  const removed = new Set(campaign.checklist?.remove ?? []);
  if (campaign.print?.flags) return campaign.print.flags.slice(0, max);
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const item of set) {
    if (removed.has(item.id) || seen.has(item.category)) continue;
    seen.add(item.category);
    ids.push(item.id);
  }
  return ids.slice(0, max);
}

/** Loads and gathers what one language block prints. */
export async function languageContent(
  campaign: Campaign,
  lang: string,
  flagCount: number,
  now: Date,
): Promise<LanguageContent> {
  if (!shipped.includes(lang)) {
    throw new PrintError(
      `Shieldkit has no texts in "${lang}" to print; it has ${shipped.join(', ')}.`,
    );
  }
  const [file, english, checklistEn] = await Promise.all([
    loadLocale(lang),
    loadLocale('en'),
    loadChecklistStrings('en'),
  ]);
  const own = campaign.strings?.[lang] ?? {};
  const t = (key: string): string =>
    own[key] ??
    get(file?.strings, key) ??
    get(english?.strings, key) ??
    get({ checklist: checklistEn ?? {} }, key) ??
    key;
  const words: PrintStrings = PRINT_STRINGS[lang] ?? PRINT_STRINGS['en']!;
  const setName = campaign.checklist?.set ?? DEFAULT_CHECKLIST_SET;
  const ownItems = new Map((campaign.checklist?.add ?? []).map((item) => [item.id, item]));
  const flags = flagIds(campaign, flagCount).map((id) => {
    const item = ownItems.get(id);
    return item ? (pick(item.text, lang)?.text ?? id) : t(`checklist.items.${id}`);
  });
  const { lines, hours, emergency } = placedLines(campaign);
  const title = pick(campaign.print?.neutralTitle, lang);
  const logoAlt = pick(campaign.print?.organisation?.logo?.alt, lang)?.text;
  const story = printableStory(campaign, lang, now);
  return {
    lang,
    dir: directionOf(lang),
    headline: t(`checklist.sets.${setName}.title`),
    notAlone: own['print.notAlone'] ?? words.notAlone,
    flags,
    helpTitle: t('helplineBanner.title'),
    free: t('helplineBanner.free'),
    fromAbroad: t('helplineBanner.fromAbroad'),
    emergencyCall: emergency.length > 0 ? t('helplineBanner.emergencyCall') : '',
    scan: own['print.scan'] ?? words.scan,
    askBefore: own['print.askBefore'] ?? words.askBefore,
    questions: words.questions,
    neutralTitle: title?.text ?? '',
    neutralTitleLang: title?.lang ?? lang,
    lines: lines.map((line, i) => {
      const h = hours[i];
      const text = h === 'always' ? t('helplineBanner.openAlways') : h && weeklyHours(h, lang);
      return { ...line, ...(text && { hours: text }) };
    }),
    ...(story !== undefined && { story }),
    ...(logoAlt !== undefined && { logoAlt }),
    emergency,
  };
}
