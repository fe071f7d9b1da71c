import * as React from 'react';
import { createComponent, type ReactWebComponent } from '@lit/react';
import {
  ShieldStory as ShieldStoryElement,
  ShieldStoryCarousel as ShieldStoryCarouselElement,
} from '@shieldkit/story-carousel';
import '@shieldkit/story-carousel/define.js';
import { shieldError, type ShieldEventName } from './events.js';

/**
 * `<shield-story-carousel>` as a React component: survivor stories, one at a time, with consent
 * checked on the reader's device. Using it registers `<shield-story-carousel>` and `<shield-story>`.
 *
 * Give the stories either as the `stories` prop (an array of story objects) or as
 * `<ShieldStory>` children. Other props: `now`, `autoplay`, `interval`, `list`, `country`, `noCta`,
 * `label`, `strings`.
 *
 * ```tsx
 * <ShieldStoryCarousel country="PL" onShieldStoryChange={(e) => e.detail.storyId}>
 *   <ShieldStory story-id="amal" heading="I thought it was a real job" consent-given="2026-01-01">
 *     <p>First paragraph.</p>
 *   </ShieldStory>
 * </ShieldStoryCarousel>
 * ```
 *
 * - `onShieldStoryChange(event)`: the story on screen changed; `event.detail` is `{ index, storyId }`.
 * - `onShieldStoryReveal(event)`: the reader chose to see a story behind its content note;
 *   `event.detail` is `{ storyId }`.
 * - `onShieldError(event)`: a story was refused or an image dropped; `event.detail` is `{ code, message }`.
 */
export const ShieldStoryCarousel = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shield-story-carousel',
  elementClass: ShieldStoryCarouselElement,
  displayName: 'ShieldStoryCarousel',
  events: {
    onShieldStoryChange: 'shield-story-change' as ShieldEventName<'shield-story-change'>,
    onShieldStoryReveal: 'shield-story-reveal' as ShieldEventName<'shield-story-reveal'>,
    onShieldError: shieldError,
  },
});

/**
 * The attributes of `<shield-story>` (a data element read by the carousel): set them as props with
 * these exact names. The carousel reads them, and the children's text, when it renders.
 */
export interface ShieldStoryAttributes {
  /** The campaign's id for the story (carried by events; never a person's name). */
  'story-id': string;
  /** The story's title. */
  heading: string;
  /** A content note: the story stays hidden until the reader chooses "Show story". */
  warning?: string;
  /** Present when the name was changed; a string is the name shown. */
  pseudonym?: string | boolean;
  /** Coarse location only: a region or a country. */
  location?: string;
  /** An http(s) image URL. */
  image?: string;
  /** Required with `image`: what it shows. An image without it is not shown. */
  'image-alt'?: string;
  /** Intrinsic width, to reserve the image's space. */
  'image-width'?: number | string;
  /** Intrinsic height. */
  'image-height'?: number | string;
  /** `YYYY-MM-DD`: when informed consent was given. Required: a story without it is not shown. */
  'consent-given': string;
  /** `YYYY-MM-DD`: the last day the story may be shown. */
  'consent-expires'?: string;
}

/**
 * `<shield-story>` as a React component: one story inside a `<ShieldStoryCarousel>`. Its props are
 * the element's attributes ({@link ShieldStoryAttributes}); its children are the story's paragraphs.
 */
export const ShieldStory = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shield-story',
  elementClass: ShieldStoryElement,
  displayName: 'ShieldStory',
}) as ReactWebComponent<ShieldStoryElement & ShieldStoryAttributes>;
