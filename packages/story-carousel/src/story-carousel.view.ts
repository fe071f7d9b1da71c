/**
 * The carousel's templates: a story, the previous/next controls with the slide picker, the
 * toolbar and the call to action, and which slide a key on the controls goes to. Plain functions
 * of what the element passes in (`CarouselView`); the element keeps the state and the behaviour
 * (story-carousel.ts).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatText } from '@shieldkit/core';
import { nestedBanner } from '@shieldkit/helpline-banner';
import type { Story } from './survivor-stories.js';

/** What the templates read from the carousel, and what they call back. */
export interface CarouselView {
  shown: readonly Story[];
  current: number;
  list: boolean;
  headingLevel: number;
  revealed: ReadonlySet<string>;
  rotationEnabled: boolean;
  playing: boolean;
  /** Slides move by themselves now (the live region is then off). */
  rotating: boolean;
  /** The hidden slides have their content too (see the element's first render). */
  allSlides: boolean;
  swipe: { start(event: PointerEvent): void; end(event: PointerEvent): void };
  t(key: string, options?: Record<string, unknown>): string;
  /** "n of m" placeholders for slide `index`. */
  position(index: number): Record<string, string>;
  go(index: number): void;
  previous(): void;
  next(): void;
  reveal(story: Story, index: number): void;
  skip(index: number): void;
  onKeyDown(event: KeyboardEvent): void;
  onRotationClick(): void;
  onListClick(): void;
}

const chevron = svg`<path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />`;
const icon = (shape: ReturnType<typeof svg>, kind = '') =>
  html`<svg class="icon ${kind}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${shape}
  </svg>`;
const pauseShape = svg`<path d="M8 5v14M16 5v14" stroke="currentColor" stroke-width="3" stroke-linecap="round" />`;
const playShape = svg`<path d="M7 4.5v15l12-7.5z" fill="currentColor" />`;

/**
 * The slide a key on the controls goes to: arrows (mirrored right to left), Home and End;
 * `undefined` for any other key or with a modifier.
 */
export function keyTarget(
  event: KeyboardEvent,
  current: number,
  last: number,
  dir: 'ltr' | 'rtl',
): number | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const rtl = dir === 'rtl';
  const targets: Record<string, number> = {
    ArrowRight: current + (rtl ? -1 : 1),
    ArrowLeft: current + (rtl ? 1 : -1),
    Home: 0,
    End: last,
  };
  return event.key in targets ? targets[event.key] : undefined;
}

/** One story: its heading, then its content note, or its image, text, quote and attribution. */
export function renderStory(view: CarouselView, story: Story, index: number): TemplateResult {
  const gated = story.warning !== undefined && !view.revealed.has(story.id);
  const canSkip = view.list ? index < view.shown.length - 1 : view.shown.length > 1;
  const heading = story.heading
    ? html`<div part="heading" class="heading" role="heading" aria-level=${view.headingLevel}>
        ${story.heading}
      </div>`
    : nothing;
  if (gated) {
    return html`${heading}
      <div part="warning" class="warning">
        <p><strong>${view.t('contentNote')}</strong> ${story.warning}</p>
        <div class="actions">
          <button
            part="show-button"
            class="button primary"
            type="button"
            @click=${() => view.reveal(story, index)}
          >
            ${view.t('show')}
          </button>
          ${
            canSkip
              ? html`<button
                  part="skip-button"
                  class="button"
                  type="button"
                  @click=${() => view.skip(index)}
                >
                  ${view.t('skip')}
                </button>`
              : nothing
          }
        </div>
      </div>`;
  }
  const image = story.image;
  const who =
    story.name && story.location
      ? view.t('from', { name: story.name, location: story.location })
      : (story.name ?? story.location);
  return html`${heading}
    ${
      image
        ? html`<figure part="figure" class="figure">
            <img
              part="image"
              class="image"
              src=${image.src}
              alt=${image.alt}
              width=${ifDefined(image.width)}
              height=${ifDefined(image.height)}
              loading="lazy"
              decoding="async"
              referrerpolicy="no-referrer"
            />
          </figure>`
        : nothing
    }
    <div part="body" class="body" tabindex="-1" data-index=${index}>${formatText(story.body)}</div>
    ${
      story.quote
        ? html`<blockquote part="quote" class="quote"><p>${story.quote}</p></blockquote>`
        : nothing
    }
    ${
      who || story.pseudonym
        ? html`<p part="attribution" class="attribution">
            ${who ? html`<span>${who}</span>` : nothing}
            ${
              story.pseudonym
                ? html`<span part="pseudonym-note" class="pseudonym">${view.t('pseudonym')}</span>`
                : nothing
            }
          </p>`
        : nothing
    }`;
}

/** The previous or the next button: its chevron points back or forward, before or after its text. */
function renderStep(view: CarouselView, step: 'previous' | 'next'): TemplateResult {
  const previous = step === 'previous';
  return html`<button
    part=${step}
    class="button nav"
    type="button"
    aria-controls="slides"
    @click=${() => (previous ? view.previous() : view.next())}
  >
    ${previous ? icon(chevron, 'back') : nothing}<span>${view.t(step)}</span>${previous ? nothing : icon(chevron, 'forward')}
  </button>`;
}

/** Previous, the slide picker and next (with more than one story). */
function renderControls(view: CarouselView): TemplateResult | typeof nothing {
  return view.shown.length > 1
    ? html`<div part="controls" class="controls" @keydown=${view.onKeyDown}>
        ${renderStep(view, 'previous')}
        <div part="picker" class="picker" role="group" aria-label=${view.t('picker')}>
          ${view.shown.map(
            (_, i) =>
              html`<button
                part="pick"
                class="pick"
                type="button"
                data-index=${i}
                aria-controls="slides"
                aria-disabled=${i === view.current ? 'true' : 'false'}
                aria-current=${i === view.current ? 'true' : 'false'}
                @click=${() => view.go(i)}
              >
                <span class="visually-hidden">${view.t('pick', view.position(i))}</span>
              </button>`,
          )}
        </div>
        ${renderStep(view, 'next')}
      </div>`
    : nothing;
}

/** The rotation control (with `autoplay`) and the list toggle (with more than one story). */
export function renderToolbar(view: CarouselView): TemplateResult | typeof nothing {
  return view.shown.length > 1
    ? html`<div part="toolbar" class="toolbar" @keydown=${view.list ? nothing : view.onKeyDown}>
        ${
          view.rotationEnabled
            ? html`<button
                part="rotation"
                class="button"
                type="button"
                aria-controls="slides"
                @click=${view.onRotationClick}
              >
                ${icon(view.playing ? pauseShape : playShape)}
                <span>${view.playing ? view.t('pause') : view.t('start')}</span>
              </button>`
            : nothing
        }
        <button
          part="list-toggle"
          class="button toggle"
          type="button"
          aria-pressed=${view.list ? 'true' : 'false'}
          @click=${view.onListClick}
        >
          ${view.t('showList')}
        </button>
      </div>`
    : nothing;
}

/** The carousel view: its controls and its slides, only the current one reachable. */
export function renderCarousel(view: CarouselView): TemplateResult {
  return html`
    ${renderControls(view)}
    <div
      id="slides"
      part="slides"
      class="slides"
      aria-live=${view.rotating ? 'off' : 'polite'}
      @pointerdown=${view.swipe.start}
      @pointerup=${view.swipe.end}
      @pointercancel=${view.swipe.end}
    >
      ${view.shown.map(
        (story, i) =>
          html`<div
            part="slide"
            class="slide story"
            role="group"
            aria-roledescription="slide"
            aria-label=${view.t('slide', view.position(i))}
            tabindex="-1"
            data-index=${i}
            ?inert=${i !== view.current}
            ?hidden=${i !== view.current}
          >
            ${i === view.current || view.allSlides ? renderStory(view, story, i) : nothing}
          </div>`,
      )}
    </div>
  `;
}

/** What follows the stories: the page's `cta` slot, or a helpline banner. */
export type CarouselCta = 'slot' | 'banner';

/** The call to action after the story on screen (in the list view, after the list). */
export function renderCta(
  cta: CarouselCta | undefined,
  country: string | undefined,
  t: (key: string) => string,
): TemplateResult | typeof nothing {
  if (!cta) return nothing;
  const content = cta === 'slot' ? html`<slot name="cta"></slot>` : nestedBanner(country);
  return html`<div part="cta" class="cta" role="group" aria-label=${t('getHelp')}>${content}</div>`;
}

/** The list view: every story, one after the other. */
export function renderList(view: CarouselView): TemplateResult {
  return html`<ul part="list" class="list">
    ${view.shown.map(
      (story, i) =>
        html`<li part="item" class="item story" tabindex="-1" data-index=${i}>
          ${renderStory(view, story, i)}
        </li>`,
    )}
  </ul>`;
}
