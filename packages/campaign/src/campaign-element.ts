import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { LIMITS, VERSION, campaignContext, defineElement, reportError } from '@shieldkit/core';
import { THEME_TOKENS, parseCampaign, type Campaign } from './parse.js';

/** The largest campaign file read (bytes of `src`, characters of inline JSON): `LIMITS.campaignBytes`. */
export const MAX_CAMPAIGN_BYTES = LIMITS.campaignBytes;

class TooLarge extends Error {
  constructor(what: string) {
    super(`${what} is over ${MAX_CAMPAIGN_BYTES / 1024} KB, the largest campaign read`);
  }
}

/** Reads a response's text, refusing one over MAX_CAMPAIGN_BYTES without reading the rest. */
async function readLimited(response: Response, src: string): Promise<string> {
  if (Number(response.headers.get('Content-Length')) > MAX_CAMPAIGN_BYTES) throw new TooLarge(src);
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > MAX_CAMPAIGN_BYTES) {
      void reader.cancel().catch(() => {});
      throw new TooLarge(src);
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Provides a campaign — languages, country, theme, helplines, checklist, stories and wording — to
 * every Shieldkit element inside it, however deeply nested and whenever added.
 *
 * The campaign comes from the `data` property, an inline `<script type="application/json">` child
 * (no extra request; allowed by a strict CSP), or the `src` attribute (fetched once). It is validated;
 * every problem is reported in the console and as one `shield-error` event, and the widgets use the
 * valid parts and their defaults for the rest. The page never breaks.
 *
 * @summary Gives every widget inside it the campaign's settings.
 *
 * @slot - The page content and widgets that use the campaign.
 *
 * @event shield-campaign-ready - The campaign was read and validated; `detail`: `{ id, problems }`
 *   (the number of problems).
 * @event shield-error - The campaign could not be loaded or has problems; `detail`: `{ code, message }`.
 */
export class ShieldCampaign extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static shieldVersion = VERSION;

  /** How long a `src` fetch may take before it is given up (ms). Tests may shorten it. */
  static loadTimeout = 10_000;

  /** Registers the element unless the tag is taken (never throws). */
  static define(tag: string): boolean {
    return defineElement(tag, this);
  }

  /** Where to fetch the campaign file from (same rules as any link the page makes). */
  @property() src?: string;

  /** The campaign as an object (for apps; see `mount()`). Beats `src` and the inline script. */
  @property({ attribute: false }) data?: unknown;

  /** The campaign in use now (the valid parts), once loaded. */
  get campaign(): Campaign | undefined {
    return this.provider.value as Campaign | undefined;
  }

  private readonly provider = new ContextProvider(this, {
    context: campaignContext,
    initialValue: undefined,
  });
  private themed: string[] = [];
  private loads = 0;
  private request?: AbortController;

  protected override firstUpdated(): void {
    // An inline campaign sets no property: read whatever there is once, on arrival.
    if (!this.src && this.data === undefined) void this.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data')) void this.load();
  }

  /** Reads the campaign from `data`, the inline script or `src`, validates it and provides it. */
  private async load(): Promise<void> {
    const load = ++this.loads;
    this.request?.abort(); // an older fetch never reports over this one
    let input: unknown;
    try {
      input = await this.read();
    } catch (error) {
      if (load !== this.loads) return;
      const tooLarge = error instanceof TooLarge;
      this.fail(
        tooLarge ? 'campaign-too-large' : 'campaign-unreachable',
        `the campaign could not be loaded: ${(error as Error).message}. Widgets use their defaults.`,
      );
      return;
    }
    if (input === undefined || load !== this.loads) return;
    const { campaign, problems } = parseCampaign(input);
    const errors = problems.filter((p) => p.level === 'error');
    for (const warning of problems.filter((p) => p.level === 'warning'))
      console.warn(`Shieldkit: ${warning.message}`);
    if (errors.length > 0) {
      const used = campaign ? 'The other parts are used' : 'Nothing of it is used';
      this.fail(
        'invalid-campaign',
        `the campaign has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${errors
          .map((p) => `  - ${p.message}`)
          .join('\n')}\n${used}; widgets use their defaults for what is left out.`,
      );
    }
    this.applyTheme(campaign?.theme, THEME_TOKENS);
    this.provider.setValue(campaign);
    this.dispatchEvent(
      new CustomEvent('shield-campaign-ready', {
        detail: { id: campaign?.id, problems: errors.length },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private async read(): Promise<unknown> {
    if (this.data !== undefined) return this.data;
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) {
      const text = inline.textContent ?? '';
      if (text.length > MAX_CAMPAIGN_BYTES) throw new TooLarge('its inline JSON');
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new Error(`its inline JSON is not valid (${(error as Error).message})`);
      }
    }
    if (!this.src) return undefined;
    const src = this.src;
    const request = (this.request = new AbortController());
    const timer = setTimeout(
      () =>
        request.abort(
          new Error(`${src} did not answer within ${ShieldCampaign.loadTimeout / 1000} s`),
        ),
      ShieldCampaign.loadTimeout,
    );
    try {
      const response = await fetch(src, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        signal: request.signal,
      });
      if (!response.ok) throw new Error(`${src} answered ${response.status}`);
      const text = await readLimited(response, src);
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new Error(`${src} is not valid JSON (${(error as Error).message})`);
      }
    } catch (error) {
      throw request.signal.aborted && !(error instanceof TooLarge)
        ? (request.signal.reason as Error)
        : error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sets the theme's tokens on this element, so every widget inside inherits them. */
  private applyTheme(
    theme: Record<string, string> | undefined,
    tokens: Record<string, string>,
  ): void {
    for (const token of this.themed) this.style.removeProperty(token);
    this.themed = [];
    for (const [field, value] of Object.entries(theme ?? {})) {
      const token = tokens[field];
      if (!token) continue;
      this.style.setProperty(token, value);
      this.themed.push(token);
    }
  }

  private fail(code: string, message: string): void {
    reportError(this, { code, message: `<shield-campaign> ${message}` });
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
