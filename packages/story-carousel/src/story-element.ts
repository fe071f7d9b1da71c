import { VERSION, defineElement } from '@shieldkit/core';
import { readStoryElement, type Story } from './survivor-stories.js';

/**
 * One survivor story inside a `<shield-story-carousel>`: a data element with no shadow root, so
 * its text is an ordinary part of the page. Without JavaScript the stories read as a plain list;
 * with it, the carousel reads each story's attributes and TEXT (never its HTML) and shows them.
 *
 * ```html
 * <shield-story story-id="amal-2024" heading="I thought it was a real job" pseudonym="Amal"
 *   location="Eastern region" consent-given="2024-03-01" consent-expires="2026-03-01">
 *   <p>First paragraph.</p>
 *   <p>Second paragraph.</p>
 * </shield-story>
 * ```
 *
 * @summary A survivor story (data for `<shield-story-carousel>`); readable as plain text without JavaScript.
 *
 * @slot - The story: `<p>` paragraphs (their text becomes the body), optionally a heading element and
 *   a `<blockquote>` with a quote in the survivor's own words. A `<details>` around the paragraphs
 *   keeps a story with a content note closed when JavaScript does not run.
 *
 * @attr story-id - The campaign's id for the story (carried by events; never a person's name).
 * @attr heading - The story's title (not `title`: that global attribute makes a tooltip).
 * @attr warning - A content note: the story stays hidden until the reader chooses "Show story".
 * @attr pseudonym - Present when the name was changed (shows "Name changed to protect identity");
 *   its value, if any, is the name shown.
 * @attr location - Coarse location only: a region or a country.
 * @attr image - An http(s) image URL (relative URLs resolve against the page).
 * @attr image-alt - Required with `image`: what it shows. An image without it is not shown.
 * @attr image-width - Intrinsic width, to reserve the image's space (with `image-height`).
 * @attr image-height - Intrinsic height.
 * @attr consent-given - `YYYY-MM-DD`: when informed consent was given. Required.
 * @attr consent-expires - `YYYY-MM-DD`: the last day the story may be shown.
 */
export class ShieldStory extends HTMLElement {
  /** The Shieldkit version that defined this class (named in the duplicate-copy warning). */
  static shieldVersion = VERSION;

  /** Registers the element under `tag` unless the tag is taken. Never throws. */
  static define(tag: string): boolean {
    return defineElement(tag, this);
  }

  /** The story as `<shield-story-carousel>` reads it (before validation). */
  get story(): Story {
    const siblings = this.parentElement
      ? [...this.parentElement.children].filter((el) => el.localName === this.localName)
      : [this];
    return readStoryElement(this, siblings.indexOf(this));
  }
}
