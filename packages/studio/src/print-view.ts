/**
 * The studio's Print view: a format, one language or two, a location label, and the real page —
 * the HTML `renderPrintHtml()` of `@shieldkit/print` returns for those choices, the function the
 * CLI prints with, so the studio prints the same pages by construction. The page is shown in a
 * frame of its own (`dist/print/`, sandboxed `allow-scripts allow-modals`, no `allow-same-origin`),
 * which gets it by `postMessage` and opens the browser's print dialog for it on "Print".
 *
 * `@shieldkit/print` loads when the view is first opened (its own chunk of the studio's build):
 * the studio's first load and its typing do not pay for it.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { validateCampaign, type CampaignProblem } from '@shieldkit/campaign';
import type { BilingualLayout, PrintFormat, PrintOptions } from '@shieldkit/print';
import { own, type Json, type Path } from './model.js';
import { PrintFrame } from './print-frame.js';

type PrintModule = typeof import('@shieldkit/print');

/** What the view needs from the studio. */
export interface PrintHost extends HTMLElement {
  readonly file: Json;
  readonly language: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The folder of the studio's files, ending in `/` (the print frame is `print/index.html` in it). */
  readonly baseUrl: string;
  t(key: string, options?: Record<string, unknown>): string;
  has(key: string): boolean;
  campaignLanguages(): { offered: string[]; fallback: string };
  focusProblem(path: Path): Promise<void>;
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
}

/** What `shield-studio-print` carries: the choices of the page the print frame now shows. */
export interface PrintReport {
  format: PrintFormat;
  languages: string[];
  layout: BilingualLayout;
  location: string;
}

/** A language's name in the studio's language, e.g. "Ukrainian (uk)". */
export function languageName(ui: string, code: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([ui], { type: 'language' }).of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code})` : code;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];

export class PrintView implements ReactiveController {
  /** The view is open (the disclosure under its heading). */
  open = false;
  format: PrintFormat = 'poster-a4';
  /** The reader's choice of first and second language; undefined: the campaign's `print.languages`. */
  first?: string;
  second?: string;
  layout: BilingualLayout = 'side-by-side';
  location = '';

  /** The page last made (`html` as `renderPrintHtml` returned it) and its choices. */
  page?: { id: number; html: string; report: PrintReport };
  /** The choices of the page the frame shows. */
  private shown?: PrintReport;
  private problem?: { kind: 'noUrl' } | { kind: 'cannot'; reason: string };
  private printProblems: CampaignProblem[] = [];
  private module?: PrintModule;
  private madeFrom?: { file: Json; key: string };
  private making = false;
  private again = false;
  private pageCount = 0;
  private readonly frame: PrintFrame;

  constructor(private readonly host: PrintHost) {
    host.addController(this);
    this.frame = new PrintFrame(
      () => host.renderRoot,
      (id) => {
        if (id !== this.page?.id) return;
        this.shown = this.page.report;
        host.requestUpdate();
        host.dispatchEvent(
          new CustomEvent<PrintReport>('shield-studio-print', { detail: this.shown }),
        );
      },
    );
  }

  hostConnected(): void {
    this.frame.connect();
  }

  hostDisconnected(): void {
    this.frame.disconnect();
  }

  hostUpdated(): void {
    const before = this.frame.shownId;
    this.frame.rendered();
    if (before !== 0 && this.frame.shownId === 0) this.shown = undefined;
    if (!this.open) return;
    const file = this.host.file;
    const key = JSON.stringify(this.options());
    if (this.madeFrom?.file === file && this.madeFrom.key === key) return;
    this.madeFrom = { file, key };
    void this.make();
  }

  // ---- the choices ---------------------------------------------------------------------------

  /** The languages a print can be in: the campaign's offered languages and its `print.languages`. */
  languages(): { choices: string[]; first: string; second: string } {
    const { offered, fallback } = this.host.campaignLanguages();
    const wanted = strings(own(own(this.host.file, 'print'), 'languages'));
    const choices = [...new Set([...offered, ...wanted])];
    const first =
      this.first !== undefined && choices.includes(this.first)
        ? this.first
        : (wanted[0] ?? fallback);
    const secondChoice = this.second ?? wanted[1] ?? '';
    const second = secondChoice !== first && choices.includes(secondChoice) ? secondChoice : '';
    return { choices, first, second };
  }

  /** The options `renderPrintHtml` gets (the same as the CLI's flags). */
  options(): PrintOptions {
    const { first, second } = this.languages();
    return {
      format: this.format,
      languages: second ? [first, second] : [first],
      layout: this.layout,
      ...(this.location.trim() !== '' && { location: this.location.trim() }),
    };
  }

  private choose(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  // ---- making the page -----------------------------------------------------------------------

  /** Makes the page for the current campaign and choices; one at a time, the latest wins. */
  private async make(): Promise<void> {
    if (this.making) {
      this.again = true;
      return;
    }
    this.making = true;
    try {
      do {
        this.again = false;
        await this.makeOnce();
      } while (this.again);
    } finally {
      this.making = false;
    }
  }

  private async makeOnce(): Promise<void> {
    try {
      this.module ??= await import('@shieldkit/print');
    } catch (error) {
      console.error(error);
      this.problem = { kind: 'cannot', reason: error instanceof Error ? error.message : '' };
      this.host.requestUpdate();
      return;
    }
    const file = this.host.file;
    const options = this.options();
    this.madeFrom = { file, key: JSON.stringify(options) };
    this.printProblems = validateCampaign(file).filter((p) => p.path[0] === 'print');
    const url = own(own(file, 'print'), 'url');
    if (typeof url !== 'string' || url.trim() === '') {
      this.problem = { kind: 'noUrl' };
      this.page = undefined;
      this.host.requestUpdate();
      return;
    }
    try {
      const page = await this.module.renderPrintHtml(file, options);
      this.page = {
        id: ++this.pageCount,
        html: page,
        report: {
          format: options.format,
          languages: [...(options.languages ?? [])],
          layout: options.layout ?? 'side-by-side',
          location: options.location ?? '',
        },
      };
      this.problem = undefined;
      this.frame.show({
        id: this.page.id,
        html: page,
        widthMm: this.module.PRINT_FORMATS[options.format].width,
      });
    } catch (error) {
      // A PrintError says what is wrong for the person printing; anything else is a bug, said too.
      if (!(error instanceof this.module.PrintError)) console.error(error);
      this.problem = { kind: 'cannot', reason: error instanceof Error ? error.message : '' };
      this.page = undefined;
    }
    this.host.requestUpdate();
  }

  /** Opens the browser's print dialog for the page the frame shows. */
  print(): void {
    if (this.page) this.frame.print(this.page.id);
  }

  // ---- rendering -----------------------------------------------------------------------------

  private formatName(format: PrintFormat): string {
    const key = `print.formats.${format}`;
    return this.host.has(key)
      ? this.host.t(key)
      : (this.module?.PRINT_FORMATS[format].label ?? format);
  }

  private status(): string {
    const { t } = this;
    if (this.problem?.kind === 'noUrl') return t('print.noUrl');
    if (this.problem?.kind === 'cannot') return t('print.cannot', { reason: this.problem.reason });
    const shown = this.shown;
    if (!shown) return t('print.making');
    return t('print.shown', {
      format: this.formatName(shown.format),
      languages: shown.languages.map((code) => languageName(this.host.language, code)).join(' + '),
    });
  }

  private readonly t = (key: string, options?: Record<string, unknown>): string =>
    this.host.t(key, options);

  render(): TemplateResult {
    const { t } = this;
    return html`<section aria-labelledby="print-heading" class="print">
      <h2 id="print-heading">
        <button
          type="button"
          class="disclosure"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="print-body"
          @click=${() => this.choose(() => (this.open = !this.open))}
        >
          ${t('print.heading')}
        </button>
      </h2>
      <div id="print-body" ?hidden=${!this.open}>
        <p class="hint">${t('print.intro')}</p>
        ${this.open ? this.renderBody() : nothing}
      </div>
    </section>`;
  }

  private renderBody(): TemplateResult {
    const { t } = this;
    if (!this.module && !this.page && !this.problem)
      return html`<p role="status">${t('print.making')}</p>`;
    const { choices, first, second } = this.languages();
    const name = (code: string): string => languageName(this.host.language, code);
    const formats = this.module?.PRINT_FORMAT_NAMES ?? [this.format];
    const layouts = this.module?.BILINGUAL_LAYOUTS ?? [this.layout];
    const shown = this.page !== undefined && this.frame.shownId === this.page.id;
    return html`<div class="row">
        <label for="print-format">${t('print.format')}</label>
        <select
          id="print-format"
          @change=${(e: Event) =>
            this.choose(() => (this.format = (e.target as HTMLSelectElement).value as PrintFormat))}
        >
          ${formats.map(
            (f) =>
              html`<option value=${f} ?selected=${f === this.format}>
                ${this.formatName(f)}
              </option>`,
          )}
        </select>
      </div>
      <div class="row">
        <label for="print-language">${t('print.language')}</label>
        <select
          id="print-language"
          @change=${(e: Event) =>
            this.choose(() => (this.first = (e.target as HTMLSelectElement).value))}
        >
          ${choices.map(
            (code) =>
              html`<option value=${code} ?selected=${code === first}>${name(code)}</option>`,
          )}
        </select>
      </div>
      <div class="row">
        <label for="print-second">${t('print.second')}</label>
        <select
          id="print-second"
          @change=${(e: Event) =>
            this.choose(() => (this.second = (e.target as HTMLSelectElement).value))}
        >
          <option value="" ?selected=${second === ''}>${t('print.none')}</option>
          ${choices
            .filter((code) => code !== first)
            .map(
              (code) =>
                html`<option value=${code} ?selected=${code === second}>${name(code)}</option>`,
            )}
        </select>
      </div>
      ${
        second
          ? html`<fieldset class="row">
              <legend>${t('print.layout')}</legend>
              ${layouts.map(
                (layout) =>
                  html`<label>
                    <input
                      type="radio"
                      name="print-layout"
                      value=${layout}
                      .checked=${live(this.layout === layout)}
                      @change=${() => this.choose(() => (this.layout = layout))}
                    />
                    ${t(`print.layouts.${layout}`)}
                  </label>`,
              )}
            </fieldset>`
          : nothing
      }
      <div class="field">
        <label for="print-location">${t('print.location')}</label>
        <span class="hint" id="print-location-hint">${t('print.locationHint')}</span>
        <input
          id="print-location"
          type="text"
          dir="ltr"
          autocomplete="off"
          aria-describedby="print-location-hint"
          .value=${live(this.location)}
          @change=${(e: Event) =>
            this.choose(() => (this.location = (e.target as HTMLInputElement).value))}
        />
      </div>
      <p class="print-status" role="status">${this.status()}</p>
      ${this.renderProblems()}
      <div class="row">
        <button type="button" class="primary" ?disabled=${!shown} @click=${() => this.print()}>
          ${t('print.print')}
        </button>
      </div>
      <p class="hint">${t('print.advice')}</p>
      ${
        this.problem
          ? nothing
          : html`<div class="print-frame">
              <iframe
                title=${t('print.frame')}
                sandbox="allow-scripts allow-modals"
                referrerpolicy="no-referrer"
                src=${new URL('print/index.html', this.host.baseUrl).href}
              ></iframe>
            </div>`
      }`;
  }

  /** The campaign's problems in its `print` part, each a link to its field. */
  private renderProblems(): TemplateResult | typeof nothing {
    const links: { path: Path; text: string }[] = this.printProblems.map((p) => ({
      path: p.path,
      text: p.message,
    }));
    if (this.problem?.kind === 'noUrl' && !links.some((l) => l.path.join() === 'print,url'))
      links.unshift({ path: ['print', 'url'], text: this.t('print.addUrl') });
    if (links.length === 0) return nothing;
    return html`<ul class="print-problems">
      ${links.map(
        ({ path, text }) =>
          html`<li>
            <button type="button" class="link" @click=${() => void this.host.focusProblem(path)}>
              ${text}
            </button>
          </li>`,
      )}
    </ul>`;
  }
}
