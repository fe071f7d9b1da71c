import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { campaignContext } from './campaign-context.js';
import type { CampaignSettings } from './campaign.js';
import { defineElement } from './define.js';
import { reportError, type ShieldErrorDetail } from './errors.js';
import { LocalizeController } from './localize/localize-controller.js';
import { nextTask } from './tasks.js';
import { baseStyles } from './styles/base.js';
import { VERSION } from './version.js';

/**
 * The events Shieldkit elements dispatch, by name. Widget packages add theirs by declaration merging:
 * `declare global { interface ShieldEventMap { 'shield-story-change': { index: number } } }`.
 */
declare global {
  interface ShieldEventMap {
    'shield-error': ShieldErrorDetail;
    'shield-exit': ShieldExitDetail;
  }
}

/** A quick exit is under way. Carries how it was triggered, nothing about the reader. */
export interface ShieldExitDetail {
  trigger: 'activation' | 'shortcut';
}

/** ElementInternals where the browser has them (older Safari does not): never throws. */
function attachInternals(element: HTMLElement): ElementInternals | undefined {
  try {
    return element.attachInternals();
  } catch {
    return undefined;
  }
}

/**
 * The base class of every Shieldkit element: guarded registration, typed events, localization and
 * the campaign a widget sits in.
 */
export class ShieldElement extends LitElement {
  static override styles = [baseStyles];

  /** The Shieldkit version that defined this class (named in the duplicate-copy warning). */
  static shieldVersion = VERSION;

  /**
   * Registers the element under `tag` unless the tag is taken. Never throws: a second copy of
   * Shieldkit on the page is reported once and skipped.
   */
  static define(tag: string): boolean {
    return defineElement(tag, this as unknown as CustomElementConstructor);
  }

  /** The campaign this element is inside (provided by `<shield-campaign>`), if any. */
  @consume({ context: campaignContext, subscribe: true })
  @state()
  campaign?: CampaignSettings;

  /**
   * String overrides for this embed: `{ 'quickExit.label': 'Leave now' }`. They beat the
   * language files and the campaign; attributes such as `label` beat them.
   */
  @property({ attribute: false })
  strings?: Record<string, string>;

  protected readonly localize = new LocalizeController(this);

  /**
   * Whether to show the light-DOM fallback while the reader's language loads (rather than English
   * that is replaced a moment later). The quick exit says no: a way out must be there at once, in
   * English if need be; the helpline banner waits only when the page gave it fallback content.
   */
  protected get showsFallbackWhileLoading(): boolean {
    return true;
  }

  private readonly internals = attachInternals(this);

  /**
   * What the element shows. While the reader's language is still loading it shows its light-DOM
   * content (the same as without JavaScript) and matches `:state(loading)`, so a page's
   * `:is(:not(:defined), :state(loading))` rules keep its size; then `renderContent()`.
   */
  protected override render(): TemplateResult {
    const loading = this.localize.pending && this.showsFallbackWhileLoading;
    try {
      if (loading) this.internals?.states.add('loading');
      else this.internals?.states.delete('loading');
    } catch {
      // a browser without custom states: the fallback still shows
    }
    return loading ? html`<slot></slot>` : this.renderContent();
  }

  /** The element's own content (what `render()` would be in a plain LitElement). */
  protected renderContent(): TemplateResult {
    return html``;
  }

  /** String overrides that come from this element's attributes (e.g. `label`): key → text. */
  attributeStrings(): Record<string, string | undefined> {
    return {};
  }

  /** Shows the light-DOM content from the moment the shadow root exists until the first render. */
  private placeholder?: HTMLSlotElement;

  /**
   * The shadow root starts with a plain `<slot>` (and the element matches `:state(loading)`), so
   * between upgrade and first render the page's fallback content stays on screen: upgrading never
   * collapses the element for a frame.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (!this.hasUpdated) {
      this.placeholder = document.createElement('slot');
      root.append(this.placeholder);
      try {
        this.internals?.states.add('loading');
      } catch {
        // no custom states in this browser
      }
    }
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    this.placeholder?.remove();
    this.placeholder = undefined;
    super.update(changed);
  }

  /**
   * Work to do before the first render, in tasks of its own (none by default; see
   * `inSeparateTasks`). A widget whose render formats with `Intl` creates its formatters here.
   */
  protected prepareFirstRender(): Promise<void> | void {}

  /**
   * Each element renders in a task of its own (its first render after its preparation), so a page
   * with the whole kit never blocks the reader's taps for one long stretch: not while every widget
   * upgrades, nor when the campaign or the reader's language arrives and every widget re-renders
   * at once (Lit would run those renders together, in one task).
   */
  protected override async scheduleUpdate(): Promise<void> {
    await nextTask();
    try {
      if (!this.hasUpdated) await this.prepareFirstRender();
    } catch {
      // preparing is an optimisation: render anyway
    }
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('campaign')) this.localize.refresh();
    if (changed.has('strings')) this.localize.checkOverrides(this.strings);
  }

  /** Dispatches a bubbling, composed `shield-*` event and returns it (check `defaultPrevented`). */
  emit<K extends keyof ShieldEventMap>(
    type: K,
    detail: ShieldEventMap[K],
    { cancelable = false }: { cancelable?: boolean } = {},
  ): CustomEvent<ShieldEventMap[K]> {
    const event = new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
    this.dispatchEvent(event);
    return event;
  }

  /** Reports bad input on this element: a console message and a `shield-error` event. Never throws. */
  protected reportError(code: string, message: string, level: 'error' | 'warn' = 'error'): void {
    reportError(this, { code, message: `<${this.localName}> ${message}` }, { level });
  }
}
