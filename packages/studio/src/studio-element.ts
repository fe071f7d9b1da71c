import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import {
  addStrings,
  baseStyles,
  defineElement,
  i18n,
  inheritedLang,
  VERSION,
} from '@shieldkit/core';
import { LIMITS } from '@shieldkit/core/schema.js';
import { directionOf } from '@shieldkit/locales';
import {
  campaignSchema,
  embedCode,
  formatPath,
  lineAndColumn,
  validateCampaign,
  type CampaignProblem,
  type CdnManifest,
} from '@shieldkit/campaign';
import { CampaignForm, SHIPPED_LANGUAGES } from './form.js';
import {
  consentWarnings,
  consentWarningText,
  getAt,
  isObject,
  move,
  own,
  serialize,
  setAt,
  todayString,
  type Json,
  type Path,
} from './model.js';
import { csvToTexts, textOf, textRows, textsToCsv, withText } from './texts.js';
import { TEMPLATES } from './templates.js';
import { PrintView } from './print-view.js';
import { printStyles } from './print-view.styles.js';
import { studioStyles } from './studio.styles.js';
import { en } from './strings/en.js';
import { ar } from './strings/ar.js';
import { uk } from './strings/uk.js';

/** The languages of the studio's own words. */
export const STUDIO_LANGUAGES = { en, ar, uk } as const;
for (const [language, strings] of Object.entries(STUDIO_LANGUAGES)) addStrings(language, strings);

/** The largest file the studio opens (the same limit `<shield-campaign>` reads): 512 KB. */
export const MAX_FILE_BYTES = 512 * 1024;

/** The widgets the preview can show, by tag suffix. */
export const PREVIEW_WIDGETS = [
  'quick-exit',
  'helpline-banner',
  'red-flag-checklist',
  'story-carousel',
] as const;
export type PreviewWidget = (typeof PREVIEW_WIDGETS)[number];
export const PREVIEW_WIDTHS = ['320', '768', 'full'] as const;
/** How long typing pauses before the preview shows the edit. */
const PREVIEW_PAUSE_MS = 300;

/** What `shield-studio-change` carries: whether the campaign is valid and its problems. */
export interface StudioChangeDetail {
  valid: boolean;
  problems: CampaignProblem[];
}

/** What the preview last reported: its language and the text its widgets show. */
export interface PreviewReport {
  lang: string;
  dir: string;
  widgets: string[];
  text: string;
}

/**
 * The campaign as the preview's widgets read it: stories past `LIMITS.stories` are never shown, so
 * they are not sent (1,000 stories made every edit a 266 KB copy into the frame, a 250 ms task).
 */
const forPreview = (file: Json): Json => {
  const stories = own(file, 'stories');
  return Array.isArray(stories) && stories.length > LIMITS.stories
    ? setAt(file, ['stories'], stories.slice(0, LIMITS.stories))
    : file;
};

const blank = (): Json => ({
  version: 1,
  id: '',
  languages: { default: 'en', offered: ['en'] },
});

/** A problem the studio shows: the validator's, or its own (consent ending soon). */
interface ShownProblem {
  path: Path;
  message: string;
  level: 'error' | 'warning';
}

/**
 * The Shieldkit studio: open, edit, translate, check and export a campaign file, with a live
 * preview of the real widgets. Nothing is stored and nothing is sent anywhere.
 *
 * @summary A campaign editor for people who do not write JSON.
 *
 * @event shield-studio-change - The campaign changed; `detail`: `{ valid, problems }` (problems as
 *   the validator returns them: paths and messages, no content of the campaign).
 * @event shield-studio-print - The Print view's frame shows a new page; `detail`: its `{ format,
 *   languages, layout, location }`.
 */
export class ShieldStudio extends LitElement {
  static override styles = [baseStyles, studioStyles, printStyles];

  static shieldVersion = VERSION;

  /** Registers the element unless the tag is taken (never throws). */
  static define(tag: string): boolean {
    return defineElement(tag, this);
  }

  /**
   * The folder of the studio's files (`preview/index.html`, `print/index.html`,
   * `cdn-manifest.json`), ending in `/`. Default: the page's own folder (the built studio's
   * `index.html` sits beside them).
   */
  @property() base?: string;

  /** Keeps the page's title in step: the problem count before the studio's name. */
  @property({ type: Boolean, attribute: 'sets-title' }) setsTitle = false;

  /** The studio's language (en, ar or uk); default: the nearest `lang`, else English. */
  @property({ attribute: 'ui-language' }) uiLanguage = '';

  /** Templates offered (default: the repo's example campaigns). */
  @property({ attribute: false }) templates: readonly {
    name: string;
    campaign: Record<string, unknown>;
  }[] = TEMPLATES;

  /** @internal The campaign file being edited (read by the form). */
  @state() file: Json = blank();
  @state() private message?: { kind: 'error' | 'status'; text: string };
  @state() private announcement = '';
  @state() private expanded = new Set<string>();
  @state() private previewLanguage = '';
  @state() private previewWidth: (typeof PREVIEW_WIDTHS)[number] = 'full';
  @state() private previewWidgets = new Set<PreviewWidget>(PREVIEW_WIDGETS);
  @state() private previewStatus = '';
  @state() private missingOnly = false;
  @state() private gridLimit = 200;
  @state() private embed?: string;
  @state() private embedInline = true;
  @state() private embedSrc = 'https://example.org/campaign.json';
  @state() private csvReport: string[] = [];
  @state() private dragging = false;

  /** There are changes the reader has not downloaded (the page warns before it is closed). */
  dirty = false;

  /** What the preview last reported (its language, widgets and the text they show). */
  previewReport?: PreviewReport;

  private problems: ShownProblem[] = [];
  private ids = new Map<string, string>();
  private readonly form = new CampaignForm(this);
  private readonly printView = new PrintView(this);
  private manifest?: Promise<CdnManifest | undefined>;
  private lastDownload?: string;
  private previewReady = false;
  private previewTimer?: ReturnType<typeof setTimeout>;

  @query('.preview iframe') private frame?: HTMLIFrameElement;
  @query('#file') private fileInput?: HTMLInputElement;

  /** The campaign file being edited (a copy: change it by setting the property again). */
  get campaign(): Record<string, unknown> {
    return structuredClone(this.file) as Record<string, unknown>;
  }

  set campaign(value: unknown) {
    this.load(isObject(value) ? (structuredClone(value) as Json) : blank(), false);
  }

  /** Today (YYYY-MM-DD) for the consent warnings; tests set it. */
  today = todayString();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
    window.addEventListener('message', this.onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    window.removeEventListener('message', this.onMessage);
    if (this.lastDownload) URL.revokeObjectURL(this.lastDownload);
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.dirty) return;
    event.preventDefault();
    // Older browsers show the dialog only when returnValue is set.
    event.returnValue = '';
  };

  // ---- words ---------------------------------------------------------------------------------

  /** The studio's language: its own attribute, else the nearest `lang`, else English. */
  get language(): string {
    return this.shownLanguage ?? this.wantedLanguage();
  }

  private wantedLanguage(): string {
    const wanted = (this.uiLanguage || inheritedLang(this) || 'en').toLowerCase().split('-')[0]!;
    return wanted in STUDIO_LANGUAGES ? wanted : 'en';
  }

  /**
   * The language of the last update, and the words said in it. A render of a large campaign asks
   * for thousands of words (each story's buttons, each cell of the grid): asked of i18next, with
   * the language looked up through the ancestors each time, that was most of a keystroke's work.
   */
  private shownLanguage?: string;
  private readonly words = new Map<string, string>();

  t(key: string, options: Record<string, unknown> = {}): string {
    const language = this.language;
    const known = `${language}\u0000${key}\u0000${JSON.stringify(options)}`;
    let text = this.words.get(known);
    if (text === undefined) {
      text = i18n.getFixedT(language)(`studio.${key}`, { locale: language, ...options });
      if (this.words.size >= 20_000) this.words.clear();
      this.words.set(known, text);
    }
    return text;
  }

  has(key: string): boolean {
    return i18n.exists(`studio.${key}`, { lng: this.language });
  }

  // ---- the campaign --------------------------------------------------------------------------

  private load(next: Json, fromReader: boolean): void {
    this.file = next;
    this.expanded = new Set();
    this.ids.clear();
    this.dirty = false;
    this.previewLanguage = '';
    this.embed = undefined;
    this.validate();
    if (fromReader) this.dirty = false;
  }

  private validate(): void {
    const problems = validateCampaign(this.file);
    const warnings: ShownProblem[] = consentWarnings(this.file, this.today).map((warning) => {
      const path = ['stories', warning.index, 'consent', warning.field];
      return {
        path,
        level: 'warning',
        message: `${formatPath(path)}: ${consentWarningText((key, options) => this.t(key, options), warning)}`,
      };
    });
    this.problems = [...problems.map((p) => ({ ...p, level: p.level ?? 'error' })), ...warnings];
    const detail: StudioChangeDetail = {
      valid: problems.every((p) => p.level === 'warning'),
      problems,
    };
    this.dispatchEvent(
      new CustomEvent('shield-studio-change', { detail, bubbles: true, composed: true }),
    );
  }

  /** Sets the value at `path` (undefined removes it). */
  set(path: Path, value: Json | undefined): void {
    this.file = setAt(this.file, path, value);
    this.dirty = true;
    this.validate();
  }

  idFor(path: Path, suffix = ''): string {
    const k = JSON.stringify(path) + suffix;
    let id = this.ids.get(k);
    if (!id) this.ids.set(k, (id = `f${this.ids.size + 1}`));
    return id;
  }

  isExpanded(path: Path): boolean {
    return this.expanded.has(JSON.stringify(path));
  }

  toggle(path: Path): void {
    const k = JSON.stringify(path);
    const next = new Set(this.expanded);
    if (!next.delete(k)) next.add(k);
    this.expanded = next;
  }

  async addItem(path: Path, item: Json): Promise<void> {
    const list = getAt(this.file, path);
    const items = Array.isArray(list) ? list : [];
    this.set(path, [...(items as Json[]), item]);
    const itemPath = [...path, items.length];
    if (isObject(item)) this.toggle(itemPath);
    await this.updateComplete;
    // Focus goes to the new item's first field (a person adding a story writes it next).
    const body = this.renderRoot.querySelector(
      `li[data-path="${CSS.escape(JSON.stringify(itemPath))}"] .item-body`,
    );
    const target =
      body?.querySelector<HTMLElement>('input, select, textarea') ?? this.controlFor(itemPath);
    target?.focus();
  }

  async moveItem(
    path: Path,
    from: number,
    to: number,
    by: 'button' | 'drag' = 'button',
  ): Promise<void> {
    const list = getAt(this.file, path);
    if (!Array.isArray(list) || to < 0 || to >= list.length) return;
    // Open items move with their content; those between shift by one place.
    const order = move([...list.keys()], from, to);
    const inList = (p: Path) =>
      p.length > path.length && JSON.stringify(p.slice(0, path.length)) === JSON.stringify(path);
    this.expanded = new Set(
      [...this.expanded].map((k) => {
        const p = JSON.parse(k) as Path;
        if (!inList(p)) return k;
        const moved = [...p];
        moved[path.length] = order.indexOf(Number(p[path.length]));
        return JSON.stringify(moved);
      }),
    );
    const what = this.titleOf(path, from);
    this.set(path, move(list as Json[], from, to));
    this.announcement = this.t('form.moved', { what, number: to + 1 });
    await this.updateComplete;
    // Focus stays on the same button (or handle) of the moved item (or the other one at the end).
    const item = this.renderRoot.querySelector(
      `li[data-path="${CSS.escape(JSON.stringify([...path, to]))}"]`,
    );
    const wanted = by === 'drag' ? 'drag' : to < from ? 'up' : 'down';
    const button =
      item?.querySelector<HTMLButtonElement>(`button[data-action="${wanted}"]:not([disabled])`) ??
      item?.querySelector<HTMLButtonElement>(
        'button[data-action="up"]:not([disabled]), button[data-action="down"]:not([disabled])',
      );
    button?.focus();
  }

  async removeItem(path: Path, index: number, what: string): Promise<void> {
    const list = getAt(this.file, path);
    if (!Array.isArray(list)) return;
    const expanded = new Set<string>();
    for (const k of this.expanded) {
      const p = JSON.parse(k) as Path;
      const inList =
        p.length > path.length && JSON.stringify(p.slice(0, path.length)) === JSON.stringify(path);
      const i = inList ? Number(p[path.length]) : -1;
      if (!inList) expanded.add(k);
      else if (i < index) expanded.add(k);
      else if (i > index) {
        const moved = [...p];
        moved[path.length] = i - 1;
        expanded.add(JSON.stringify(moved));
      }
    }
    this.expanded = expanded;
    const next = list.filter((_, i) => i !== index) as Json[];
    this.set(path, next.length > 0 ? next : undefined);
    this.announcement = this.t('form.removed', { what });
    await this.updateComplete;
    // Focus goes to the next item, else the previous one, else the list's add button.
    const neighbour = Math.min(index, next.length - 1);
    const item =
      neighbour >= 0
        ? (this.renderRoot.querySelector<HTMLElement>(
            `li[data-path="${CSS.escape(JSON.stringify([...path, neighbour]))}"] .item-toggle`,
          ) ?? this.controlFor([...path, neighbour]))
        : undefined;
    const add = this.renderRoot.querySelector<HTMLElement>(
      `button[data-path="${CSS.escape(JSON.stringify([...path, '+']))}"]`,
    );
    (item ?? add)?.focus();
  }

  private titleOf(path: Path, index: number): string {
    const item = getAt(this.file, [...path, index]);
    const heading = own(item, 'heading') ?? own(item, 'id');
    const text =
      typeof heading === 'string'
        ? heading
        : isObject(heading)
          ? Object.values(heading).find((v) => typeof v === 'string')
          : undefined;
    return typeof text === 'string' && text ? text : this.t('form.item', { number: index + 1 });
  }

  campaignLanguages(): { offered: string[]; fallback: string } {
    const languages = own(this.file, 'languages');
    const fallbackValue = own(languages, 'default');
    const fallback = typeof fallbackValue === 'string' && fallbackValue ? fallbackValue : 'en';
    const offeredValue = own(languages, 'offered');
    const offered = Array.isArray(offeredValue)
      ? offeredValue.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
      : [];
    return { offered: offered.length > 0 ? [...new Set(offered)] : [fallback], fallback };
  }

  // ---- opening -------------------------------------------------------------------------------

  /** Opens JSON text (a file's or pasted), or says in plain words why it cannot. */
  openText(text: string, name: string): boolean {
    if (text.length > MAX_FILE_BYTES) {
      this.message = {
        kind: 'error',
        text: this.t('open.tooLarge', { name, size: MAX_FILE_BYTES / 1024 }),
      };
      return false;
    }
    const source = text.replace(/^\uFEFF/, '');
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch {
      const errors: ParseError[] = [];
      parseJsonc(source, errors, { allowTrailingComma: false, disallowComments: true });
      const first = errors[0];
      const { line, column } = lineAndColumn(source, first?.offset ?? source.length);
      const code = first ? printParseErrorCode(first.error) : 'other';
      this.message = {
        kind: 'error',
        text: this.t('open.notJson', {
          name,
          line,
          column,
          reason: this.t(`syntax.${this.has(`syntax.${code}`) ? code : 'other'}`),
        }),
      };
      return false;
    }
    if (!isObject(value)) {
      this.message = { kind: 'error', text: this.t('open.notObject', { name }) };
      return false;
    }
    if (this.dirty && !window.confirm(this.t('open.replace'))) return false;
    this.load(value, true);
    this.message = { kind: 'status', text: this.t('open.opened', { name }) };
    return true;
  }

  /** Opens a file (from the file input or a drop). */
  async openFile(file: File): Promise<boolean> {
    if (file.size > MAX_FILE_BYTES) {
      this.message = {
        kind: 'error',
        text: this.t('open.tooLarge', { name: file.name, size: MAX_FILE_BYTES / 1024 }),
      };
      return false;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.message = { kind: 'error', text: this.t('open.unreadable', { name: file.name }) };
      return false;
    }
    return this.openText(text, file.name);
  }

  private onFileChosen = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await this.openFile(file);
    input.value = '';
  };

  private onDrop = async (event: DragEvent): Promise<void> => {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) await this.openFile(file);
  };

  private onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.dragging = true;
  };

  private useTemplate(): void {
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#template');
    const template = this.templates.find((t) => t.name === select?.value);
    if (!template) return;
    if (this.dirty && !window.confirm(this.t('open.replace'))) return;
    this.load(structuredClone(template.campaign) as Json, true);
    this.message = { kind: 'status', text: this.t('open.opened', { name: template.name }) };
  }

  private newCampaign(): void {
    if (this.dirty && !window.confirm(this.t('open.replace'))) return;
    this.load(blank(), true);
  }

  // ---- problems ------------------------------------------------------------------------------

  /** The form control for `path`, or the nearest one above it. */
  private controlFor(path: Path): HTMLElement | undefined {
    for (let n = path.length; n > 0; n--) {
      const found = this.renderRoot.querySelector<HTMLElement>(
        `[data-path="${CSS.escape(JSON.stringify(path.slice(0, n)))}"]`,
      );
      if (!found) continue;
      if (found.matches('input, select, textarea, button')) return found;
      const inner = found.querySelector<HTMLElement>('input, select, textarea, button');
      return inner ?? found;
    }
    return undefined;
  }

  /** Opens the list items on the way to `path`, then focuses its field. */
  async focusProblem(path: Path): Promise<void> {
    const expanded = new Set(this.expanded);
    for (let n = 1; n < path.length; n++) {
      if (typeof path[n] === 'number') expanded.add(JSON.stringify(path.slice(0, n + 1)));
    }
    this.expanded = expanded;
    await this.updateComplete;
    const target = this.controlFor(path);
    if (!target) return;
    if (!target.matches('input, select, textarea, button')) target.tabIndex = -1;
    target.scrollIntoView({ block: 'center' });
    target.focus();
  }

  // ---- preview -------------------------------------------------------------------------------

  /** @internal The folder of the studio's files, as an absolute URL ending in `/`. */
  get baseUrl(): string {
    const base = this.base ?? './';
    return new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI).href;
  }

  private readonly onMessage = (event: MessageEvent): void => {
    if (!this.frame || event.source !== this.frame.contentWindow) return;
    const data = event.data as { type?: unknown } | null;
    if (!isObject(data)) return;
    if (data['type'] === 'ready') {
      this.previewReady = true;
      this.sendPreview();
    } else if (data['type'] === 'shown') {
      this.previewReport = {
        lang: String(data['lang'] ?? ''),
        dir: String(data['dir'] ?? ''),
        widgets: Array.isArray(data['widgets']) ? data['widgets'].map(String) : [],
        text: String(data['text'] ?? ''),
      };
      this.previewStatus = this.t('preview.shown', { language: this.previewReport.lang });
      this.dispatchEvent(new CustomEvent('shield-studio-preview', { detail: this.previewReport }));
    } else if (data['type'] === 'exit') {
      const href = typeof data['href'] === 'string' ? data['href'] : '';
      this.previewStatus = this.t('preview.exited', { href });
    }
  };

  /**
   * Sends an edited campaign to the preview once typing pauses: the frame builds every widget anew
   * from each campaign it gets, and a large campaign sent on every key press kept the keys waiting.
   */
  private queuePreview(): void {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => this.sendPreview(), PREVIEW_PAUSE_MS);
  }

  private sendPreview(): void {
    clearTimeout(this.previewTimer);
    const target = this.frame?.contentWindow;
    if (!target || !this.previewReady) return;
    const { offered, fallback } = this.campaignLanguages();
    const lang = offered.includes(this.previewLanguage) ? this.previewLanguage : fallback;
    // The frame has an opaque origin (sandbox without allow-same-origin): '*' is the only target.
    target.postMessage(
      {
        type: 'campaign',
        campaign: forPreview(this.file),
        lang,
        dir: directionOf(lang),
        widgets: PREVIEW_WIDGETS.filter((w) => this.previewWidgets.has(w)),
      },
      '*',
    );
  }

  // ---- export --------------------------------------------------------------------------------

  /** The campaign file as downloaded: pretty, keys in schema order. */
  serialize(): string {
    return serialize(this.file, campaignSchema);
  }

  private download(text: string, name: string, type: string): void {
    if (this.lastDownload) URL.revokeObjectURL(this.lastDownload);
    const url = URL.createObjectURL(new Blob([text], { type }));
    this.lastDownload = url;
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
  }

  private downloadCampaign(): void {
    this.download(this.serialize(), 'campaign.json', 'application/json');
    this.dirty = false;
    this.message = { kind: 'status', text: this.t('export.downloaded') };
  }

  private loadManifest(): Promise<CdnManifest | undefined> {
    this.manifest ??= fetch(new URL('cdn-manifest.json', this.baseUrl), {
      credentials: 'same-origin',
      referrerPolicy: 'no-referrer',
    })
      .then((response) => (response.ok ? (response.json() as Promise<CdnManifest>) : undefined))
      .catch(() => undefined);
    return this.manifest;
  }

  /** The embed code: `embedCode()`'s `<head>` code, then the campaign and its widgets. */
  async embedCode(): Promise<string | undefined> {
    const manifest = await this.loadManifest();
    if (!manifest) return undefined;
    const campaignUrl = this.embedInline ? undefined : this.embedSrc;
    const head = await embedCode(manifest, { campaign: this.file, campaignUrl });
    const json = JSON.stringify(JSON.parse(this.serialize()) as Json, null, 2).replace(
      /</g,
      '\\u003c',
    );
    const escapeAttribute = (text: string): string =>
      text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const tags = head.widgets
      .filter((w) => w !== 'campaign')
      .map((w) => `  <shield-${w}></shield-${w}>`);
    const body = campaignUrl
      ? [`<shield-campaign src="${escapeAttribute(campaignUrl)}">`, ...tags, '</shield-campaign>']
      : [
          '<shield-campaign>',
          `  <script type="application/json">${json}</script>`,
          ...tags,
          '</shield-campaign>',
        ];
    return `${head.html}\n<!-- In the page's <body>: -->\n${body.join('\n')}\n`;
  }

  private async copyEmbed(): Promise<void> {
    const code = await this.embedCode();
    if (code === undefined) {
      this.message = { kind: 'error', text: this.t('export.noManifest') };
      return;
    }
    this.embed = code;
    try {
      await navigator.clipboard.writeText(code);
      this.message = { kind: 'status', text: this.t('export.copied') };
    } catch {
      this.message = { kind: 'status', text: this.t('export.copyFailed') };
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>('#embed-code')?.select();
  }

  // ---- translations --------------------------------------------------------------------------

  private exportCsv(): void {
    const { offered, fallback } = this.campaignLanguages();
    this.download(
      textsToCsv(this.file, campaignSchema, offered, fallback),
      'texts.csv',
      'text/csv;charset=utf-8',
    );
  }

  /** Imports a texts CSV; every row it could not place is listed. */
  importCsv(csv: string): void {
    const { offered, fallback } = this.campaignLanguages();
    const result = csvToTexts(csv, this.file, campaignSchema, offered, fallback);
    if (result.error) {
      this.csvReport = [this.t('translate.noKeyColumn')];
      return;
    }
    this.file = result.campaign;
    this.dirty = true;
    this.validate();
    this.csvReport = [
      this.t('translate.imported', { count: result.placed }),
      ...result.unknownColumns.map((column) => this.t('translate.unknownColumn', { column })),
      ...result.unplaced.map(({ row, key, reason }) =>
        reason === 'no-key'
          ? this.t('translate.noKey', { row })
          : this.t('translate.unplaced', { row, key }),
      ),
    ];
  }

  private onCsvChosen = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      this.csvReport = [this.t('open.tooLarge', { name: file.name, size: MAX_FILE_BYTES / 1024 })];
      return;
    }
    this.importCsv(await file.text());
  };

  // ---- rendering -----------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.shownLanguage = this.wantedLanguage();
    if (changed.has('uiLanguage')) this.validate();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('previewLanguage') || changed.has('previewWidgets')) this.sendPreview();
    else if (changed.has('file')) this.queuePreview();
    if (this.setsTitle) {
      const count = this.problems.length;
      document.title = count > 0 ? this.t('titleProblems', { count }) : this.t('title');
    }
  }

  protected override render(): TemplateResult {
    const language = this.language;
    const dir = directionOf(language);
    this.form.root = campaignSchema;
    return html`<div
      class="studio ${this.dragging ? 'dragging' : ''}"
      lang=${language}
      dir=${dir}
      @dragover=${this.onDragOver}
      @dragleave=${() => (this.dragging = false)}
      @drop=${this.onDrop}
    >
      <header>
        <h1>${this.t('title')}</h1>
        <p class="privacy">${this.t('privacy')}</p>
        <label class="ui-language">
          ${this.t('uiLanguage')}
          <select
            @change=${(e: Event) => (this.uiLanguage = (e.target as HTMLSelectElement).value)}
          >
            ${Object.keys(STUDIO_LANGUAGES).map(
              (code) =>
                html`<option value=${code} ?selected=${code === language}>
                  ${new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code}
                </option>`,
            )}
          </select>
        </label>
      </header>
      ${this.renderOpen()}
      <div class="message" role=${this.message?.kind === 'error' ? 'alert' : 'status'}>
        ${this.message?.text ?? ''}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <div class="columns">
        <div class="main">
          <section aria-labelledby="form-heading" class="form">
            <h2 id="form-heading">${this.t('form.heading')}</h2>
            ${this.form.render(campaignSchema)}
          </section>
          ${this.renderTranslations()} ${this.renderExport()} ${this.printView.render()}
        </div>
        <div class="side">${this.renderProblems()} ${this.renderPreview()}</div>
      </div>
      <datalist id="studio-languages">
        ${SHIPPED_LANGUAGES.map((code) => html`<option value=${code}></option>`)}
      </datalist>
    </div>`;
  }

  private renderOpen(): TemplateResult {
    return html`<section aria-labelledby="open-heading" class="open">
      <h2 id="open-heading">${this.t('open.heading')}</h2>
      <div class="row">
        <button type="button" class="primary" @click=${() => this.fileInput?.click()}>
          ${this.t('open.file')}
        </button>
        <input
          id="file"
          type="file"
          accept=".json,application/json"
          hidden
          @change=${this.onFileChosen}
        />
        <span class="hint">${this.t('open.drop')}</span>
      </div>
      <div class="row">
        <label for="template">${this.t('open.template')}</label>
        <select id="template">
          ${this.templates.map((t) => html`<option value=${t.name}>${t.name}</option>`)}
        </select>
        <button type="button" @click=${this.useTemplate}>${this.t('open.templateOpen')}</button>
        <button type="button" @click=${this.newCampaign}>${this.t('open.blank')}</button>
      </div>
      <details>
        <summary>${this.t('open.paste')}</summary>
        <label for="paste" class="visually-hidden">${this.t('open.paste')}</label>
        <textarea id="paste" dir="ltr" rows="6" class="code"></textarea>
        <button
          type="button"
          @click=${() => {
            const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste');
            if (area && this.openText(area.value, this.t('open.pasted'))) area.value = '';
          }}
        >
          ${this.t('open.pasteOpen')}
        </button>
      </details>
    </section>`;
  }

  private renderProblems(): TemplateResult {
    const count = this.problems.length;
    return html`<section aria-labelledby="problems-heading" class="problems">
      <h2 id="problems-heading">${this.t('problems.heading')}</h2>
      <p>${count === 0 ? this.t('problems.none') : this.t('problems.count', { count })}</p>
      <ul>
        ${this.problems.map(
          (problem) =>
            html`<li class=${problem.level}>
              <button type="button" class="link" @click=${() => this.focusProblem(problem.path)}>
                ${
                  problem.level === 'warning'
                    ? this.t('problems.warning', { message: problem.message })
                    : problem.message
                }
              </button>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderPreview(): TemplateResult {
    const { offered, fallback } = this.campaignLanguages();
    const lang = offered.includes(this.previewLanguage) ? this.previewLanguage : fallback;
    const names = (code: string): string => {
      try {
        return new Intl.DisplayNames([this.language], { type: 'language' }).of(code) ?? code;
      } catch {
        return code;
      }
    };
    return html`<section aria-labelledby="preview-heading" class="preview">
      <h2 id="preview-heading">${this.t('preview.heading')}</h2>
      <div class="row">
        <label for="preview-language">${this.t('preview.language')}</label>
        <select
          id="preview-language"
          @change=${(e: Event) => (this.previewLanguage = (e.target as HTMLSelectElement).value)}
        >
          ${offered.map(
            (code) =>
              html`<option value=${code} ?selected=${code === lang}>
                ${names(code)} (${code})
              </option>`,
          )}
        </select>
      </div>
      <fieldset class="row">
        <legend>${this.t('preview.width')}</legend>
        ${PREVIEW_WIDTHS.map(
          (width) =>
            html`<label>
              <input
                type="radio"
                name="preview-width"
                value=${width}
                .checked=${live(this.previewWidth === width)}
                @change=${() => (this.previewWidth = width)}
              />
              ${width === 'full' ? this.t('preview.full') : this.t('preview.px', { width: Number(width) })}
            </label>`,
        )}
      </fieldset>
      <fieldset class="row">
        <legend>${this.t('preview.widgets')}</legend>
        ${PREVIEW_WIDGETS.map(
          (widget) =>
            html`<label>
              <input
                type="checkbox"
                value=${widget}
                .checked=${live(this.previewWidgets.has(widget))}
                @change=${(e: Event) => {
                  const next = new Set(this.previewWidgets);
                  if ((e.target as HTMLInputElement).checked) next.add(widget);
                  else next.delete(widget);
                  this.previewWidgets = next;
                }}
              />
              ${this.t(`widget.${widget}`)}
            </label>`,
        )}
      </fieldset>
      <p class="hint" role="status">${this.previewStatus}</p>
      <div class="frame">
        <iframe
          title=${this.t('preview.title')}
          sandbox="allow-scripts"
          referrerpolicy="no-referrer"
          src=${new URL('preview/index.html', this.baseUrl).href}
          class=${`width-${this.previewWidth}`}
        ></iframe>
      </div>
    </section>`;
  }

  private renderExport(): TemplateResult {
    return html`<section aria-labelledby="export-heading" class="export">
      <h2 id="export-heading">${this.t('export.heading')}</h2>
      <p class="privacy">${this.t('privacy')}</p>
      <div class="row">
        <button type="button" class="primary" @click=${this.downloadCampaign}>
          ${this.t('export.download')}
        </button>
      </div>
      <fieldset>
        <legend>${this.t('export.embedCode')}</legend>
        <label>
          <input
            type="radio"
            name="embed-kind"
            .checked=${live(this.embedInline)}
            @change=${() => (this.embedInline = true)}
          />
          ${this.t('export.inline')}
        </label>
        <label>
          <input
            type="radio"
            name="embed-kind"
            .checked=${live(!this.embedInline)}
            @change=${() => (this.embedInline = false)}
          />
          ${this.t('export.src')}
        </label>
        <label for="embed-src" class="visually-hidden">${this.t('export.src')}</label>
        <input
          id="embed-src"
          type="url"
          dir="ltr"
          ?disabled=${this.embedInline}
          .value=${live(this.embedSrc)}
          @input=${(e: Event) => (this.embedSrc = (e.target as HTMLInputElement).value)}
        />
        <button type="button" @click=${this.copyEmbed}>${this.t('export.embed')}</button>
        ${
          this.embed === undefined
            ? nothing
            : html`<label for="embed-code">${this.t('export.embedCode')}</label>
                <textarea
                  id="embed-code"
                  class="code"
                  dir="ltr"
                  rows="10"
                  readonly
                  .value=${this.embed}
                ></textarea>`
        }
      </fieldset>
    </section>`;
  }

  private renderTranslations(): TemplateResult {
    const { offered, fallback } = this.campaignLanguages();
    const rows = textRows(this.file, campaignSchema);
    const shown = this.missingOnly
      ? rows.filter((row) => offered.some((l) => textOf(this.file, row, l, fallback) === ''))
      : rows;
    const visible = shown.slice(0, this.gridLimit);
    return html`<section aria-labelledby="translate-heading" class="translate">
      <h2 id="translate-heading">${this.t('translate.heading')}</h2>
      <div class="row">
        <label>
          <input
            type="checkbox"
            id="missing-only"
            .checked=${live(this.missingOnly)}
            @change=${(e: Event) => (this.missingOnly = (e.target as HTMLInputElement).checked)}
          />
          ${this.t('translate.missingOnly')}
        </label>
        <button type="button" @click=${this.exportCsv}>${this.t('translate.csvExport')}</button>
        <button
          type="button"
          @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#csv')?.click()}
        >
          ${this.t('translate.csvImport')}
        </button>
        <input id="csv" type="file" accept=".csv,text/csv" hidden @change=${this.onCsvChosen} />
      </div>
      <div role="status">
        <ul class="report">
          ${this.csvReport.map((line) => html`<li>${line}</li>`)}
        </ul>
      </div>
      ${
        rows.length === 0
          ? html`<p>${this.t('translate.none')}</p>`
          : shown.length === 0
            ? html`<p>${this.t('translate.allDone')}</p>`
            : html`<div class="grid-scroll">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">${this.t('translate.text')}</th>
                        ${offered.map((l) => html`<th scope="col" lang=${l}>${l}</th>`)}
                      </tr>
                    </thead>
                    <tbody>
                      ${visible.map(
                        (row) =>
                          html`<tr>
                            <th scope="row" dir="ltr">${row.key}</th>
                            ${offered.map((l) => {
                              const text = textOf(this.file, row, l, fallback);
                              return html`<td class=${text === '' ? 'missing' : ''}>
                                <textarea
                                  rows="2"
                                  lang=${l}
                                  dir=${directionOf(l)}
                                  data-key=${row.key}
                                  data-language=${l}
                                  aria-label=${this.t('translate.cell', { key: row.key, language: l })}
                                  aria-invalid=${text === '' ? 'true' : 'false'}
                                  .value=${live(text)}
                                  @change=${(e: Event) => {
                                    this.file = withText(
                                      this.file,
                                      row,
                                      l,
                                      (e.target as HTMLTextAreaElement).value,
                                      fallback,
                                    );
                                    this.dirty = true;
                                    this.validate();
                                  }}
                                ></textarea>
                                ${text === '' ? html`<span class="flag">${this.t('translate.missing')}</span>` : nothing}
                              </td>`;
                            })}
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>
                ${
                  shown.length > visible.length
                    ? html`<button type="button" @click=${() => (this.gridLimit += 200)}>
                        ${shown.length - visible.length} …
                      </button>`
                    : nothing
                }`
      }
    </section>`;
  }
}
