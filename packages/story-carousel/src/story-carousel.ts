import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ExitListenerController,
  ShieldElement,
  SwipeController,
  addStrings,
  inSeparateTasks,
  intlWarmUp,
  nextTask,
} from '@shieldkit/core';
import englishStrings from '@shieldkit/locales/languages/en-stories.js';
// The campaign's `country` is the banner's setting: its type comes with the banner's package.
import type {} from '@shieldkit/helpline-banner';
import { collectStories, hasStoryChildren, storySource, type Story } from './survivor-stories.js';
import { ChildrenController } from './story-carousel.children.js';
import { RotationController } from './story-carousel.rotation.js';
import { styles } from './story-carousel.styles.js';
import {
  keyTarget,
  renderCarousel,
  renderCta,
  renderList,
  renderToolbar,
  type CarouselCta,
  type CarouselView,
} from './story-carousel.view.js';

/** `shield-story-change`: the slide on screen changed. `storyId` is the campaign's id, not personal data. */
export interface ShieldStoryChangeDetail {
  index: number;
  storyId: string;
}

/** `shield-story-reveal`: the reader chose to see a story behind its content note. */
export interface ShieldStoryRevealDetail {
  storyId: string;
}

declare global {
  interface ShieldEventMap {
    'shield-story-change': ShieldStoryChangeDetail;
    'shield-story-reveal': ShieldStoryRevealDetail;
  }
}

/** Milliseconds between slides when `autoplay` is on and `interval` is not a positive number. */
export const DEFAULT_STORY_INTERVAL = 8000;

/**
 * Survivor stories, told safely: the WAI-ARIA APG carousel (basic pattern, with a group of
 * slide-picker buttons), or every story as a plain list.
 *
 * Only the current slide is reachable: the others are `inert` and hidden. Nothing moves by itself
 * unless `autoplay` is set; then a Pause/Start control comes first, and rotation stops on hover,
 * on keyboard focus, on touch, and for good once the reader pauses it. A story with a content
 * note (`warning`) stays out of the page until the reader chooses "Show story". A story without
 * consent on record, or past its consent expiry, is never shown.
 *
 * @summary Survivor stories in an accessible carousel or a list, with content notes, consent dates and a call to action.
 *
 * @slot - `<shield-story>` elements: the stories (and the no-JavaScript fallback). Ignored when the
 *   `stories` property is set.
 * @slot cta - A call to action shown after the story on screen (in the list view, after the list).
 *   Without it, a `<shield-helpline-banner>` for `country` is shown.
 *
 * @event shield-story-change - The story on screen changed. `detail`: `{ index, storyId }`.
 * @event shield-story-reveal - The reader chose to see a story behind its content note. `detail`: `{ storyId }`.
 * @event shield-error - A story was refused or an image dropped (no consent, consent expired, no alt
 *   text, an unsafe URL), or `interval` is not a positive number; `detail` has `code` and `message`.
 *
 * @csspart base - The region around everything.
 * @csspart toolbar - The row with the rotation control and the list toggle.
 * @csspart rotation - The Pause/Start rotation button (with `autoplay`).
 * @csspart list-toggle - The "Show all stories as a list" toggle button.
 * @csspart controls - The row of previous/next buttons and the slide picker.
 * @csspart previous - The previous-story button.
 * @csspart next - The next-story button.
 * @csspart picker - The group of slide-picker buttons.
 * @csspart pick - One slide-picker button.
 * @csspart slides - The container of the slides.
 * @csspart slide - One slide.
 * @csspart list - The list of stories in the list view.
 * @csspart item - One story in the list view.
 * @csspart heading - A story's heading (level `heading-level`).
 * @csspart warning - A story's content note and its buttons.
 * @csspart show-button - "Show story".
 * @csspart skip-button - "Skip this story".
 * @csspart figure - The frame of a story's image.
 * @csspart image - A story's image.
 * @csspart body - A story's text.
 * @csspart link - A link inside a story's text.
 * @csspart quote - A quote in the survivor's words.
 * @csspart attribution - Name, location and the pseudonym note.
 * @csspart pseudonym-note - "Name changed to protect identity".
 * @csspart cta - The call to action after the story.
 *
 * @cssproperty --shield-story-carousel-background - A story card's background. Default `--shield-color-surface`.
 * @cssproperty --shield-story-carousel-color - A story card's text colour. Default `--shield-color-text`.
 * @cssproperty --shield-story-carousel-radius - Corner radius of cards and buttons. Default `--shield-radius`.
 * @cssproperty --shield-story-carousel-accent - Buttons and the current picker dot. Default `--shield-color-primary`.
 * @cssproperty --shield-story-carousel-on-accent - Text on the accent colour. Default `--shield-color-on-primary`.
 */
export class ShieldStoryCarousel extends ShieldElement {
  static override styles = [...ShieldElement.styles, styles];

  /**
   * The stories, as objects (see the `Story` type). When set, it replaces the `<shield-story>`
   * children. Each is checked like a child: no consent or expired consent → not shown.
   */
  @property({ attribute: false }) stories?: Story[];

  /** The clock consent dates are checked against. Defaults to the current time. */
  @property({ attribute: false }) now?: Date;

  /** Rotate through the stories by themselves (never on by default; off with reduced motion). */
  @property({ type: Boolean, reflect: true }) autoplay = false;

  /** Milliseconds between slides when rotating. */
  @property({ type: Number }) interval = DEFAULT_STORY_INTERVAL;

  /** Show every story as a plain list instead of a carousel (the reader can toggle it). */
  @property({ type: Boolean, reflect: true }) list = false;

  /** ISO 3166 country code for the helpline call to action (else the campaign's `country`). */
  @property() country?: string;

  /** Turns the call to action after each story off. */
  @property({ type: Boolean, attribute: 'no-cta' }) noCta = false;

  /** The level of each story's heading (1–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The carousel's accessible name for this embed (default "Survivors in their own words"). */
  @property() label?: string;

  @state() private current = 0;
  @state() private shown: Story[] = [];
  @state() private revealed: ReadonlySet<string> = new Set();
  @state() private hasCtaSlot = false;
  /**
   * Whether the hidden slides have their content. The first render with slides gives it to the
   * current slide only, and the others follow a task later (`updated`): on a cheap phone, rendering
   * twelve stories at once is one long task. `updateComplete` waits for both.
   */
  @state() private allSlides = false;
  private allSlidesSoon?: Promise<void>;

  /** Marks the `<shield-story>` children (and the `cta` slot) changed. */
  private readonly storyChildren = new ChildrenController(this);
  private readonly rotation = new RotationController(this, {
    wanted: () => this.autoplay && !this.list && this.shown.length > 1,
    delay: () => this.delay,
    position: () => this.current,
    advance: () => this.next(),
  });
  private readonly swipe = new SwipeController(this, {
    dir: () => this.localize.dir,
    onSwipe: (direction) => this.go(this.current + (direction === 'forward' ? 1 : -1)),
  });

  constructor() {
    super();
    // This widget's English strings travel with its code (see @shieldkit/locales).
    addStrings('en', englishStrings);
    new ExitListenerController(this, () => {
      this.revealed = new Set();
    });
  }

  override attributeStrings(): Record<string, string | undefined> {
    return { 'stories.label': this.label };
  }

  /** Shows the next story (after the last: the first). */
  next(): void {
    this.go(this.current + 1);
  }

  /** Shows the previous story (before the first: the last). */
  previous(): void {
    this.go(this.current - 1);
  }

  /** Shows the story at `index` (0-based; wraps around). */
  goTo(index: number): void {
    this.go(index);
  }

  private get delay(): number {
    return Number.isFinite(this.interval) && this.interval > 0
      ? this.interval
      : DEFAULT_STORY_INTERVAL;
  }

  /** The language the campaign's stories were read in (they hold texts per language). */
  private storiesLanguage?: string;

  /**
   * The call to action: the page's `cta` slot, else a helpline banner, which needs a country: this
   * element's own, else the campaign's. Only the element's own attribute is passed on; the banner
   * reads the campaign itself.
   */
  private get cta(): CarouselCta | undefined {
    if (this.noCta) return undefined;
    if (this.hasCtaSlot) return 'slot';
    return this.country?.trim() || this.campaign?.country ? 'banner' : undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (this.allSlides || !this.allSlidesSoon) return complete;
    await this.allSlidesSoon;
    return super.getUpdateComplete();
  }

  /** The number format of "Story 2 of 12", created in a task of its own (see ShieldElement). */
  protected override prepareFirstRender(): Promise<void> {
    return inSeparateTasks([...intlWarmUp(this.localize.locale), () => this.localize.number(1)]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const campaignStories =
      !Array.isArray(this.stories) && !hasStoryChildren(this) && this.campaign?.stories;
    const language = campaignStories ? this.localize.language : undefined;
    if (
      this.storyChildren.changed ||
      changed.has('stories') ||
      changed.has('now') ||
      changed.has('campaign') ||
      language !== this.storiesLanguage
    ) {
      this.storyChildren.changed = false;
      this.storiesLanguage = language;
      this.collect();
    }
    // A removed attribute sets null: that means the default, not an error.
    this.headingLevel ??= 3;
    this.interval ??= DEFAULT_STORY_INTERVAL;
    if (
      changed.has('headingLevel') &&
      !(Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6)
    ) {
      this.reportError(
        'invalid-heading-level',
        `heading-level "${this.headingLevel}" is not 1 to 6; using 3.`,
      );
      this.headingLevel = 3;
    }
    if (changed.has('interval') && this.delay !== this.interval) {
      this.reportError(
        'invalid-interval',
        `interval "${this.interval}" is not a positive number of milliseconds; using ${DEFAULT_STORY_INTERVAL}.`,
      );
    }
  }

  /** Reads and checks the stories (property, else children), reporting each problem once per read. */
  private collect(): void {
    if (this.stories !== undefined && !Array.isArray(this.stories)) {
      this.reportError('invalid-stories', 'the stories property is not an array; it is ignored.');
    }
    const source = storySource(this, this.stories, this.campaign?.stories, this.localize.language);
    const now = this.now instanceof Date && !isNaN(this.now.getTime()) ? this.now : new Date();
    const { shown, problems } = collectStories(source, now, document.baseURI);
    for (const problem of problems) this.reportError(problem.code, problem.message, problem.level);
    const previousId = this.shown[this.current]?.id;
    this.shown = shown;
    const kept = shown.findIndex((story) => story.id === previousId);
    this.current = kept >= 0 ? kept : Math.min(this.current, Math.max(shown.length - 1, 0));
    this.hasCtaSlot = this.querySelector(':scope > [slot="cta"]') !== null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // After the first render that shows slides (not the page's content while a language loads).
    if (!this.allSlidesSoon && this.renderRoot.querySelector('[part~="slide"]')) {
      this.allSlidesSoon = nextTask().then(() => {
        this.allSlides = true;
      });
    }
  }

  private go(index: number): void {
    const count = this.shown.length;
    if (count === 0) return;
    const target = ((index % count) + count) % count;
    if (target === this.current) return;
    this.current = target;
    this.emit('shield-story-change', { index: target, storyId: this.shown[target]!.id });
  }

  private readonly onListClick = (): void => {
    this.list = !this.list;
  };

  /** Arrows (mirrored right to left), Home and End, on the controls and the slide picker. */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const target = keyTarget(event, this.current, this.shown.length - 1, this.localize.dir);
    if (target === undefined) return;
    event.preventDefault();
    const onPicker = (event.composedPath()[0] as Element).matches?.('[part~="pick"]');
    this.go(target);
    if (onPicker) {
      void this.updateComplete.then(() => this.pickerButton(this.current)?.focus());
    }
  };

  private pickerButton(index: number): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(
      `[part~="pick"][data-index="${index}"]`,
    );
  }

  private async reveal(story: Story, index: number): Promise<void> {
    this.revealed = new Set(this.revealed).add(story.id);
    this.emit('shield-story-reveal', { storyId: story.id });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part~="body"][data-index="${index}"]`)?.focus();
  }

  private async skip(index: number): Promise<void> {
    if (this.list) {
      await this.updateComplete;
      this.renderRoot
        .querySelector<HTMLElement>(`[part~="item"][data-index="${index + 1}"]`)
        ?.focus();
      return;
    }
    this.go(index + 1);
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(`[part~="slide"][data-index="${this.current}"]`)
      ?.focus();
  }

  private t(key: string, options?: Record<string, unknown>): string {
    return this.localize.t(`stories.${key}`, options);
  }

  private position(index: number): Record<string, string> {
    return {
      index: this.localize.number(index + 1),
      total: this.localize.number(this.shown.length),
    };
  }

  private renderCta(): TemplateResult | typeof nothing {
    return renderCta(this.cta, this.country, (key) => this.t(key));
  }

  /** What the templates of story-carousel.view.ts read, taken afresh for each render. */
  private view!: CarouselView;

  protected override renderContent(): TemplateResult {
    if (this.shown.length === 0) return html`${this.renderCta()}`;
    this.view = {
      shown: this.shown,
      current: this.current,
      list: this.list,
      headingLevel: this.headingLevel,
      revealed: this.revealed,
      rotationEnabled: this.rotation.enabled,
      playing: this.rotation.playing,
      rotating: this.rotation.rotating,
      allSlides: this.allSlides,
      swipe: this.swipe,
      t: (key, options) => this.t(key, options),
      position: (index) => this.position(index),
      go: (index) => this.go(index),
      previous: () => this.previous(),
      next: () => this.next(),
      reveal: (story, index) => void this.reveal(story, index),
      skip: (index) => void this.skip(index),
      onKeyDown: this.onKeyDown,
      onRotationClick: this.rotation.onRotationClick,
      onListClick: this.onListClick,
    };
    return html`<section
      part="base"
      class="base"
      aria-roledescription=${this.list ? nothing : 'carousel'}
      aria-label=${this.t('label')}
      lang=${this.localize.language}
      dir=${this.localize.dir}
      @focusin=${this.rotation.onFocusIn}
      @pointerenter=${this.rotation.onPointerEnter}
      @pointerleave=${this.rotation.onPointerLeave}
      @pointerdown=${this.rotation.onPointerDown}
    >
      ${renderToolbar(this.view)} ${this.list ? renderList(this.view) : renderCarousel(this.view)}
      ${this.renderCta()}
    </section>`;
  }
}
