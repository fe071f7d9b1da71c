import {
  html,
  nothing,
  type PropertyDeclaration,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  KeySequenceController,
  ShieldElement,
  StickySpaceController,
  safeUrl,
  type KeySequence,
  toBarPosition,
  stickyBarStyles,
  type BarPosition,
} from '@shieldkit/core';
import { isLeaving, leave } from './exit.js';
import type { QuickExitShortcut } from './campaign.js';
import { styles } from './quick-exit.styles.js';

/**
 * Where the exit goes when the page names no destination: Wikipedia's portal. It is neutral (an
 * encyclopedia), fast, free of sign-in, and reachable in almost every country and language.
 * Agencies should choose a page that is ordinary where their readers are (a local weather or news site).
 */
export const DEFAULT_EXIT_URL = 'https://www.wikipedia.org/';

/** Where the quick exit sits (the same choice as the helpline banner's `position`). */
export type QuickExitPosition = BarPosition;

const SHORTCUTS: Record<QuickExitShortcut, KeySequence | undefined> = {
  shift: { key: 'Shift', presses: 3, within: 5000 },
  escape: { key: 'Escape', presses: 2, within: 1000, ignoreInFields: true },
  none: undefined,
};
const KEY_NAMES = { Shift: 'Shift', Escape: 'Esc' } as const;

/**
 * Quick exits on the page, in the order they connected. Every one counts the shortcut (one shared
 * document listener), but only the first speaks its progress, so a page with an exit in its header
 * and another inside a helpline banner does not announce each press twice.
 */
const onPage: HTMLElement[] = [];

/**
 * A quick way out of the page for a reader who may be watched.
 *
 * It is a real link that works without JavaScript. Upgraded, activating it (click, tap, Enter or the
 * keyboard shortcut) hides the page in the same task, blanks the title, tells every Shieldkit
 * widget to forget what the reader did (`shield-exit`), and replaces the page in history with a
 * neutral one, sending no referrer.
 *
 * @summary "Exit this page": a link and a keyboard shortcut that leave the page at once.
 *
 * @slot - The no-JavaScript fallback: an `<a href="…">Exit this page</a>`. Its `href` is used when the
 *   element has none. Hidden once the element upgrades.
 *
 * @event shield-exit - The exit has started. `detail.trigger` is `activation` or `shortcut`. Cancelable
 *   by the embedding page (call `preventDefault()`); widgets never cancel it.
 * @event shield-error - Bad configuration (an `href` that is not http(s), an unknown `position` or
 *   `shortcut`); `detail` has `code` and `message`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart button - The exit link, styled as a button.
 * @csspart indicator - The three lights that show shortcut progress.
 * @csspart safety-info - The note about what an exit cannot hide.
 * @csspart safety-link - The link inside the note.
 *
 * @cssproperty --shield-quick-exit-background - The button's colour. Default `--shield-color-danger`.
 * @cssproperty --shield-quick-exit-color - The button's text colour. Default `--shield-color-on-danger`.
 * @cssproperty --shield-quick-exit-radius - The button's corner radius. Default `--shield-radius`.
 * @cssproperty --shield-quick-exit-bar-background - The bar behind a `top` or `bottom` exit.
 * @cssproperty --shield-quick-exit-z-index - The stacking level of a `top` or `bottom` exit. Default 1000.
 */
export class ShieldQuickExit extends ShieldElement {
  static override styles = [...ShieldElement.styles, stickyBarStyles, styles];

  /** Never wait for a language file: the exit works at once, in English if need be. */
  protected override get showsFallbackWhileLoading(): boolean {
    return false;
  }

  /**
   * Where the exit goes: an absolute `https:` or `http:` URL; anything else is refused. Unset: the
   * campaign's `quickExit.href`, else the fallback link's `href`, else the default.
   */
  @property() href?: string;

  /** `inline` (default) where it is written, or a bar stuck to the `top` or `bottom` of the viewport. */
  @property({ reflect: true }) position: QuickExitPosition = 'inline';

  /**
   * `shift` (Shift pressed 3 times within 5 s), `escape` (Esc twice within 1 s) or `none`. Unset: the
   * campaign's `quickExit.shortcut`, else `shift`.
   */
  @property() shortcut?: QuickExitShortcut;

  /** Also open the destination in a new tab (see the README for the trade-offs). */
  @property({ type: Boolean, attribute: 'new-tab' }) newTab = false;

  /** Show a short note on what an exit cannot hide. */
  @property({ type: Boolean, attribute: 'safety-info' }) safetyInfo = false;

  /**
   * Where the note's "how to browse more safely" link goes (http/https): this attribute, else the
   * campaign's `quickExit.safetyHref`. No link when neither is set.
   */
  @property({ attribute: 'safety-href' }) safetyHref?: string;

  /** Overrides the button's text for this embed. */
  @property() label?: string;

  @state() private remaining = 0;
  @state() private announcement = '';

  private readonly sticky = new StickySpaceController(this);

  private readonly keys = new KeySequenceController(this, SHORTCUTS.shift, {
    onProgress: (remaining) => {
      this.remaining = remaining;
      this.announcement = this.localize.t('quickExit.pressMore', {
        count: remaining,
        key: KEY_NAMES[this.counted?.key ?? 'Shift'],
      });
    },
    onTimeout: () => {
      this.remaining = 0;
      // "Shortcut reset. To exit, press Shift 3 times": never "the time to exit has passed".
      this.announcement = this.localize.t('quickExit.timedOut', {
        count: this.counted?.presses ?? SHORTCUTS.shift!.presses,
        key: KEY_NAMES[this.counted?.key ?? 'Shift'],
      });
    },
    onReset: () => {
      this.remaining = 0;
      this.announcement = '';
    },
    onComplete: () => this.exit('shortcut'),
  });

  /** The sequence the key controller counts (it changes only with the shortcut in force). */
  private counted: KeySequence | undefined = SHORTCUTS.shift;

  /**
   * Counts the shortcut in force from now on; presses so far still count when it stays the same.
   * Called at upgrade and whenever the attribute or the campaign changes, not only at a render: a
   * reader may press the keys before the first one.
   */
  private applyShortcut(): void {
    const sequence = this.sequence;
    if (sequence === this.counted) return;
    this.counted = sequence;
    this.keys.setSequence(sequence);
    this.remaining = 0;
    this.announcement = '';
  }

  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
  ): void {
    super.requestUpdate(name, oldValue, options);
    // `keys` is not there yet when Lit's constructor calls this.
    if ((name === 'shortcut' || name === 'campaign') && this.keys) this.applyShortcut();
  }

  private get sequence(): KeySequence | undefined {
    return SHORTCUTS[this.activeShortcut];
  }

  /** The shortcut in force: the attribute, else the campaign's, else `shift`. */
  private get activeShortcut(): QuickExitShortcut {
    const chosen = this.shortcut ?? this.campaign?.quickExit?.shortcut ?? 'shift';
    return Object.hasOwn(SHORTCUTS, chosen) ? chosen : 'shift';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    onPage.push(this);
    this.applyShortcut();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    onPage.splice(onPage.indexOf(this), 1);
  }

  override attributeStrings(): Record<string, string | undefined> {
    return { 'quickExit.label': this.label };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('href') || changed.has('campaign')) {
      this.checkDestination();
    }
    // A removed attribute sets the property to null: that means "the default", not an error.
    this.shortcut ??= undefined;
    if (changed.has('position'))
      this.position = toBarPosition(this.position, 'position', (code, message) =>
        this.reportError(code, message),
      );
    if (changed.has('shortcut') || changed.has('campaign')) {
      if (this.shortcut != null && !Object.hasOwn(SHORTCUTS, this.shortcut)) {
        this.reportError(
          'invalid-shortcut',
          `shortcut "${this.shortcut}" is not shift, escape or none; using shift.`,
        );
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('position'))
      this.sticky.stickTo(this.position === 'inline' ? undefined : this.position);
  }

  /** What the page asks for: the `href` attribute, else the campaign's, else the fallback link's. */
  private get requestedDestination(): string | undefined {
    return (
      this.href ??
      this.campaign?.quickExit?.href ??
      this.querySelector('a[href]')?.getAttribute('href') ??
      undefined
    );
  }

  /** Where the exit goes, from the moment the element upgrades: the request if http(s), else the default. */
  private get destination(): string {
    const requested = this.requestedDestination;
    return (requested && safeUrl(requested, ['https:', 'http:'])) || DEFAULT_EXIT_URL;
  }

  private checkDestination(): void {
    const requested = this.requestedDestination;
    if (requested !== undefined && !safeUrl(requested, ['https:', 'http:'])) {
      this.reportError(
        'invalid-href',
        `href "${requested}" is not an absolute https: or http: URL; the exit goes to ${DEFAULT_EXIT_URL} instead.`,
      );
    }
  }

  /**
   * Leaves the page now, as if the reader had activated the button. Does nothing when the embedding
   * page cancels `shield-exit` or an exit is already under way.
   */
  exit(trigger: 'activation' | 'shortcut' = 'activation'): void {
    if (isLeaving()) return;
    const event = this.emit('shield-exit', { trigger }, { cancelable: true });
    if (event.defaultPrevented) return;
    leave({
      url: this.destination,
      newTab: this.newTab,
      text: this.localize.t('quickExit.leaving'),
      lang: this.localize.language,
      dir: this.localize.dir,
    });
  }

  private readonly onActivate = (event: MouseEvent): void => {
    event.preventDefault();
    this.exit('activation');
  };

  private renderSafetyInfo(): TemplateResult {
    const href = safeUrl(this.safetyHref ?? this.campaign?.quickExit?.safetyHref, [
      'https:',
      'http:',
    ]);
    return html`<p part="safety-info" class="safety-info">
      ${this.localize.t('quickExit.safetyInfo')}
      ${
        href
          ? html`<a part="safety-link" href=${href} rel="noreferrer"
              >${this.localize.t('quickExit.safetyLink')}</a
            >`
          : nothing
      }
    </p>`;
  }

  protected override renderContent(): TemplateResult {
    const presses = this.sequence?.presses ?? 0;
    return html`
      <div part="base" class="base" lang=${this.localize.language} dir=${this.localize.dir}>
        <a
          part="button"
          class="button"
          href=${this.destination}
          rel="nofollow noreferrer"
          @click=${this.onActivate}
          ><span class="visually-hidden">${this.localize.t('quickExit.emergencyPrefix')} </span
          >${this.localize.t('quickExit.label')}</a
        >
        ${
          this.activeShortcut === 'none'
            ? nothing
            : html`<span
                part="indicator"
                class="indicator"
                aria-hidden="true"
                ?data-active=${this.remaining > 0}
              >
                ${Array.from(
                  { length: presses },
                  (_, i) =>
                    html`<span
                      class="light"
                      ?data-on=${this.remaining > 0 && i < presses - this.remaining}
                    ></span>`,
                )}
              </span>`
        }
        <div role="status" class="visually-hidden">
          ${onPage[0] === this ? this.announcement : ''}
        </div>
        ${this.safetyInfo ? this.renderSafetyInfo() : nothing}
      </div>
    `;
  }
}
