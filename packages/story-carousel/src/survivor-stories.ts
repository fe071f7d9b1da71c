/**
 * Survivor stories as data: reading them from `<shield-story>` elements, and deciding which may be
 * shown. No DOM is touched here except the element being read; everything else is plain functions.
 */
import { safeUrl, pickText, type Localized } from '@shieldkit/core';
import { calendarDay, isCalendarDate } from '@shieldkit/core/schema.js';
import type { CampaignStory } from './campaign.js';

/** An optional picture for a story. `alt` is required: an image without it is never shown. */
export interface StoryImage {
  /** An http(s) URL (relative URLs are resolved against the page). */
  src: string;
  /** What the image shows, for readers who cannot see it. */
  alt: string;
  /** Intrinsic size in CSS pixels, to reserve the space before it loads (default box: 3∶2). */
  width?: number;
  height?: number;
}

/** Informed consent on record for a story: when it was given, and when it runs out. */
export interface StoryConsent {
  /** `YYYY-MM-DD`. A story without a valid date of consent is not shown. */
  given?: string;
  /** `YYYY-MM-DD`. The story is shown up to and including this day, never after. */
  expires?: string;
}

/** One story. `body` uses the safe text subset of `@shieldkit/core` (`formatText`). */
export interface Story {
  /** A campaign's own id for the story (`amal-2024`). Carried by events; never personal data. */
  id: string;
  heading?: string;
  body: string;
  /** A short quote in the survivor's own words. */
  quote?: string;
  /** The name shown with the story (a pseudonym unless the survivor chose otherwise). */
  name?: string;
  /** True when the name was changed: shows "Name changed to protect identity". */
  pseudonym?: boolean;
  /** Coarse location only: a region or a country, never a town, a street or a workplace. */
  location?: string;
  image?: StoryImage;
  /** A content note: the body stays out of the page until the reader chooses to see it. */
  warning?: string;
  consent?: StoryConsent;
}

/** Something wrong with a story, for the console and a `shield-error` event. */
export interface StoryProblem {
  code:
    | 'story-invalid'
    | 'story-duplicate-id'
    | 'story-no-consent'
    | 'story-consent-expired'
    | 'story-image-no-alt'
    | 'story-image-unsafe-url';
  message: string;
  level: 'error' | 'warn';
}

/** `YYYY-MM-DD` (spaces around it allowed) → the date when it is a real calendar date. */
const calendarDate = (value: unknown): string | undefined =>
  typeof value === 'string' && isCalendarDate(value.trim()) ? value.trim() : undefined;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

const size = (value: unknown): number | undefined => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
};

/** Whitespace from HTML source (indentation, line wraps) collapsed to single spaces. */
const collapse = (value: string | null): string => (value ?? '').replace(/\s+/g, ' ').trim();

/** Elements whose text is not body text: headings, the quote, a `<details>` summary, media. */
const NOT_BODY =
  'h1, h2, h3, h4, h5, h6, blockquote, summary, figure, img, script, style, template';

/** The text of `node` outside the elements of `NOT_BODY`. */
function bodyText(node: Node): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) out += child.textContent;
    else if (child instanceof Element && !child.matches(NOT_BODY)) out += ` ${bodyText(child)} `;
  }
  return out;
}

/**
 * Reads a `<shield-story>` element into a story. The body is the element's TEXT, never its HTML:
 * its `<p>` elements (also inside a `<details>`, the no-JavaScript way to hold a story behind its
 * content note), joined by blank lines; without `<p>`, all its text. The heading is the `heading`
 * attribute, else the text of its first heading element; the quote is a `<blockquote>`'s text.
 * Relative image URLs are resolved against the element's base URL.
 */
export function readStoryElement(el: Element, index = 0): Story {
  const attr = (name: string): string | undefined => text(el.getAttribute(name));
  const paragraphs = [...el.querySelectorAll('p')]
    .filter((p) => !p.closest('blockquote, summary, figure'))
    .map((p) => collapse(p.textContent))
    .filter(Boolean);
  const body = paragraphs.length ? paragraphs.join('\n\n') : collapse(bodyText(el));
  const src = attr('image');
  const pseudonym = el.getAttribute('pseudonym');
  const story: Story = {
    id: attr('story-id') ?? `story-${index + 1}`,
    body,
    heading:
      attr('heading') ??
      (text(collapse(el.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? null)) ||
        undefined),
    quote: text(collapse(el.querySelector('blockquote')?.textContent ?? null)),
    name: text(pseudonym),
    pseudonym: pseudonym !== null,
    location: attr('location'),
    warning: attr('warning'),
    consent: { given: attr('consent-given'), expires: attr('consent-expires') },
  };
  if (src !== undefined) {
    story.image = {
      src: safeUrl(src, ['https:', 'http:'], el.baseURI) ?? src,
      alt: el.getAttribute('image-alt') ?? '',
      width: size(el.getAttribute('image-width')),
      height: size(el.getAttribute('image-height')),
    };
  }
  return story;
}

/**
 * Checks one story against the clock `now`. Returns the story as it may be shown (`undefined`
 * when it must not be shown at all) and what was wrong, for the console.
 *
 * - not an object, or neither heading nor body → not shown (`story-invalid`);
 * - no valid `consent.given`, or a date after `now` → not shown (`story-no-consent`);
 * - `consent.expires` before today, or not a date → not shown, a warning naming the story
 *   (`story-consent-expired`);
 * - an image without a non-empty `alt` → the image is dropped (`story-image-no-alt`);
 * - an image whose URL is not http(s) → the image is dropped (`story-image-unsafe-url`).
 *
 * `base` resolves relative image URLs (pass the page's `document.baseURI`).
 */
export function validateStory(
  input: unknown,
  now: Date,
  base?: string,
): { story: Story | undefined; problems: StoryProblem[] } {
  const problems: StoryProblem[] = [];
  const refuse = (
    code: StoryProblem['code'],
    message: string,
    level: StoryProblem['level'] = 'error',
  ) => {
    problems.push({ code, message, level });
    return { story: undefined, problems };
  };
  if (typeof input !== 'object' || input === null) {
    return refuse('story-invalid', 'a story is not an object; it is not shown.');
  }
  const raw = input as Partial<Record<keyof Story, unknown>>;
  // Never an id made from the story's text: ids travel in events. The carousel numbers the rest.
  const id = text(raw.id) ?? '';
  const name = id ? `"${id}"` : '(without an id)';
  const heading = text(raw.heading);
  const body = typeof raw.body === 'string' ? raw.body.trim() : '';
  if (!heading && !body) {
    return refuse(
      'story-invalid',
      `story ${name} has neither a heading nor a body; it is not shown.`,
    );
  }

  const consent = (
    typeof raw.consent === 'object' && raw.consent !== null ? raw.consent : {}
  ) as Record<string, unknown>;
  const day = calendarDay(now);
  const given = calendarDate(consent['given']);
  if (!given || given > day) {
    return refuse(
      'story-no-consent',
      `story ${name} has no valid consent-given date (YYYY-MM-DD, not in the future); it is not shown.`,
    );
  }
  if (consent['expires'] !== undefined) {
    const expires = calendarDate(consent['expires']);
    if (!expires || expires < day) {
      return refuse(
        'story-consent-expired',
        expires
          ? `story ${name} is past its consent expiry date (${expires}); it is not shown. Remove it from the page.`
          : `story ${name} has a consent-expires value that is not a date (YYYY-MM-DD); it is not shown.`,
        'warn',
      );
    }
  }

  const story: Story = {
    id,
    body,
    heading,
    quote: text(raw.quote),
    name: text(raw.name),
    pseudonym: raw.pseudonym === true,
    location: text(raw.location),
    warning: text(raw.warning),
    consent: { given, expires: calendarDate(consent['expires']) },
  };

  if (typeof raw.image === 'object' && raw.image !== null) {
    const image = raw.image as Record<string, unknown>;
    const src = safeUrl(image['src'], ['https:', 'http:'], base);
    const alt = text(image['alt']);
    if (!src) {
      problems.push({
        code: 'story-image-unsafe-url',
        message: `story ${name} has an image URL that is not http(s); the image is not shown.`,
        level: 'error',
      });
    } else if (!alt) {
      problems.push({
        code: 'story-image-no-alt',
        message: `story ${name} has an image without alt text (image-alt); the image is not shown.`,
        level: 'error',
      });
    } else {
      story.image = { src, alt, width: size(image['width']), height: size(image['height']) };
    }
  }
  return { story, problems };
}

/**
 * The stories that may be shown at `now`, in order, cleaned (see `validateStory`), with every
 * problem found. Every story shown has its own id, since revealing one story must never reveal
 * another: a story without one is numbered by its place (`story-2`), and a repeated id gets its
 * place added (`amal-3`, with a `story-duplicate-id` warning).
 */
export function collectStories(
  stories: readonly unknown[],
  now: Date,
  base?: string,
): { shown: Story[]; problems: StoryProblem[] } {
  const shown: Story[] = [];
  const problems: StoryProblem[] = [];
  const ids = new Set<string>();
  stories.forEach((input, index) => {
    const checked = validateStory(input, now, base);
    problems.push(...checked.problems);
    if (!checked.story) return;
    let id = checked.story.id || `story-${index + 1}`;
    if (ids.has(id)) {
      problems.push({
        code: 'story-duplicate-id',
        message: `two stories have the id "${id}"; the second is shown as "${id}-${index + 1}".`,
        level: 'warn',
      });
      id = `${id}-${index + 1}`;
    }
    ids.add(id);
    shown.push({ ...checked.story, id });
  });
  return { shown, problems };
}

/** The stories that may be shown at `now`, as the carousel shows them (see `collectStories`). */
export function visibleStories(stories: readonly unknown[], now: Date, base?: string): Story[] {
  return collectStories(stories, now, base).shown;
}

/**
 * A campaign's story in one language, as the carousel reads stories. Texts missing in `language`
 * fall back to English, then to the first language given. The result is checked like any other
 * story (`validateStory`).
 */
export function storyFromCampaign(input: unknown, language: string): unknown {
  if (typeof input !== 'object' || input === null) return input;
  // The campaign validated it; read defensively all the same.
  const story = input as Partial<CampaignStory>;
  const text = (value: Localized | undefined) => pickText(value, language);
  return {
    id: story.id,
    heading: text(story.heading),
    body: text(story.body),
    quote: text(story.quote),
    warning: text(story.warning),
    pseudonym: story.pseudonym,
    location: text(story.location),
    image: story.image && { ...story.image, alt: text(story.image.alt) },
    consent: story.consent,
  };
}

/** Whether `host` has `<shield-story>` children of its own. */
export function hasStoryChildren(host: Element): boolean {
  return host.querySelector(':scope > shield-story') !== null;
}

/**
 * The stories a carousel checks: its `stories` property (an array), else its `<shield-story>`
 * children, else the campaign's stories in the reader's language (`storyFromCampaign`).
 */
export function storySource(
  host: Element,
  stories: unknown,
  campaign: readonly unknown[] | undefined,
  language: string,
): unknown[] {
  if (Array.isArray(stories)) return stories;
  if (hasStoryChildren(host)) {
    return [...host.children]
      .filter((el) => el.localName === 'shield-story')
      .map((el, i) => readStoryElement(el, i));
  }
  // The campaign's stories, in the reader's language, when the page gives none of its own.
  return (campaign ?? []).map((story) => storyFromCampaign(story, language));
}
