/**
 * The form's fields of one value each (text, number, switch, choice, country, text per language)
 * and the object fieldsets around them: the base the lists (`form-lists.ts`) and the whole form
 * (`form.ts`) build on. Every control carries `data-path` and `data-schema-path` (see `form.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ObjectSchema, Schema } from '@shieldkit/core/schema.js';
import { COUNTRY_CODES } from '@shieldkit/helplines';
import { directionOf } from '@shieldkit/locales';
import { isObject, own, schemaPath, type Json, type Path } from './model.js';

/** What the form needs from the studio. */
export interface FormHost {
  readonly file: Json;
  readonly language: string;
  readonly today: string;
  t(key: string, options?: Record<string, unknown>): string;
  /** Has a translation for `studio.<key>`. */
  has(key: string): boolean;
  set(path: Path, value: Json | undefined): void;
  idFor(path: Path, suffix?: string): string;
  isExpanded(path: Path): boolean;
  toggle(path: Path): void;
  addItem(path: Path, item: Json): void;
  /** `by`: 'drag' puts focus on the moved item's drag handle, else on its move button. */
  moveItem(path: Path, from: number, to: number, by?: 'button' | 'drag'): void | Promise<void>;
  removeItem(path: Path, index: number, what: string): void;
  campaignLanguages(): { offered: string[]; fallback: string };
}

export const key = (path: Path): string => JSON.stringify(path);

/** `onPrimary` → `On primary`. */
export const humanize = (name: string): string => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
};

/** A problem a record's own validator found, at its place in the campaign (`form-records.ts`). */
export interface FieldProblem {
  path: Path;
  message: string;
  /** Shown next to a field already (each problem is shown once). */
  shown: boolean;
}

/** A field's problems: what its `aria-describedby` and `aria-invalid` say, and their list. */
export interface FieldIssues {
  describedBy: string;
  invalid: 'true' | typeof nothing;
  list: TemplateResult | typeof nothing;
}

export abstract class FormFields {
  constructor(protected readonly host: FormHost) {}

  /** The problems of the record being drawn; empty outside a record. */
  protected fieldProblems: FieldProblem[] = [];

  /** Takes the problems not shown yet at `path` (with `under`, also those inside it). */
  protected claim(path: Path, under = false): FieldProblem[] {
    if (this.fieldProblems.length === 0) return [];
    const k = key(path);
    const taken = this.fieldProblems.filter(
      (p) => !p.shown && key(under ? p.path.slice(0, path.length) : p.path) === k,
    );
    for (const p of taken) p.shown = true;
    return taken;
  }

  /** The problems at `path` for the field whose id is `id` (its hint is `<id>-hint`). */
  protected problems(path: Path, id: string): FieldIssues {
    const taken = this.claim(path);
    if (taken.length === 0) return { describedBy: `${id}-hint`, invalid: nothing, list: nothing };
    return {
      describedBy: `${id}-hint ${id}-problems`,
      invalid: 'true',
      list: this.problemList(
        `${id}-problems`,
        taken.map((p) => p.message),
      ),
    };
  }

  protected problemList(id: string, messages: readonly string[]): TemplateResult {
    return html`<ul class="field-problems" id=${id}>
      ${messages.map((message) => html`<li>${this.host.t('form.problem', { message })}</li>`)}
    </ul>`;
  }

  protected label(path: Path): string {
    const name = [...path].reverse().find((part) => typeof part === 'string') ?? '';
    const field = `field.${String(name)}`;
    return this.host.has(field) ? this.host.t(field) : humanize(String(name));
  }

  protected hint(schema: Schema, id: string): TemplateResult {
    return html`<span class="hint" id=${`${id}-hint`}>${schema.description}</span>`;
  }

  protected objectFields(schema: ObjectSchema, path: Path, value: unknown): TemplateResult {
    const unknown = isObject(value)
      ? Object.keys(value).filter(
          (k) => !Object.prototype.hasOwnProperty.call(schema.properties, k),
        )
      : [];
    return html`${Object.entries(schema.properties).map(([name, child]) =>
      this.field(child, [...path, name], own(value, name), name in schema.why),
    )}
    ${
      unknown.length > 0
        ? html`<p class="note">
            ${this.host.t('form.unknownFields', { fields: unknown.join(', ') })}
          </p>`
        : nothing
    }`;
  }

  /** One field of any kind, at `path`. */
  abstract field(schema: Schema, path: Path, value: unknown, required?: boolean): TemplateResult;

  protected legend(path: Path): string {
    const last = path[path.length - 1];
    if (typeof last === 'number') {
      return this.host.t('form.item', { number: last + 1 });
    }
    return this.label(path);
  }

  /** Set by `render`'s caller: the schema paths are written from the campaign's root. */
  root!: Schema;

  protected control(
    schema: Schema,
    path: Path,
    value: unknown,
    required: boolean,
    inList: boolean,
  ): TemplateResult {
    const id = this.host.idFor(path);
    const sp = schemaPath(path, this.root);
    const label = inList
      ? this.host.t('form.item', { number: Number(path.at(-1)) + 1 })
      : this.label(path);
    const common = { id, path: key(path), sp };
    const issues = this.problems(path, id);
    const set = (next: Json | undefined): void => this.host.set(path, next);
    if (schema.type === 'boolean') {
      return html`<div class="field check">
        <input
          type="checkbox"
          id=${id}
          data-path=${common.path}
          data-schema-path=${sp}
          aria-describedby=${issues.describedBy}
          aria-invalid=${issues.invalid}
          .checked=${live(value === true)}
          @change=${(e: Event) =>
            set((e.target as HTMLInputElement).checked ? true : required ? false : undefined)}
        />
        <label for=${id}>${label}</label>
        ${this.hint(schema, id)} ${issues.list}
      </div>`;
    }
    if (schema.type === 'integer') {
      return html`<div class="field">
        <label for=${id}
          >${label}${required ? html` <span aria-hidden="true">*</span>` : nothing}</label
        >
        ${this.hint(schema, id)} ${issues.list}
        <input
          type="number"
          step="1"
          inputmode="numeric"
          id=${id}
          data-path=${common.path}
          data-schema-path=${sp}
          aria-describedby=${issues.describedBy}
          aria-invalid=${issues.invalid}
          ?required=${required}
          min=${schema.minimum ?? nothing}
          max=${schema.maximum ?? nothing}
          .value=${live(typeof value === 'number' ? String(value) : '')}
          @input=${(e: Event) => {
            const text = (e.target as HTMLInputElement).value;
            set(text === '' ? undefined : Number.isInteger(Number(text)) ? Number(text) : text);
          }}
        />
      </div>`;
    }
    if (schema.type !== 'string') return html``;
    if (schema.format === 'country') return this.country(schema, path, value, label, issues);
    if (schema.enum) {
      return html`<div class="field">
        <label for=${id}>${label}</label>
        ${this.hint(schema, id)} ${issues.list}
        <select
          id=${id}
          data-path=${common.path}
          data-schema-path=${sp}
          aria-describedby=${issues.describedBy}
          aria-invalid=${issues.invalid}
          @change=${(e: Event) => set((e.target as HTMLSelectElement).value || undefined)}
        >
          <option value="" ?selected=${value === undefined}>${this.host.t('form.notSet')}</option>
          ${schema.enum.map((option) => html`<option ?selected=${value === option}>${option}</option>`)}
          ${
            typeof value === 'string' && !schema.enum.includes(value)
              ? html`<option selected value=${value}>${value}</option>`
              : nothing
          }
        </select>
        ${inList ? this.removeButton(path.slice(0, -1), Number(path.at(-1)), label) : nothing}
      </div>`;
    }
    const type = schema.format === 'date' ? 'date' : schema.format === 'https-url' ? 'url' : 'text';
    const list = schema.format === 'language' ? 'studio-languages' : undefined;
    return html`<div class="field">
      <label for=${id}
        >${label}${required ? html` <span aria-hidden="true">*</span>` : nothing}</label
      >
      ${this.hint(schema, id)} ${issues.list}
      <span class="inline">
        <input
          type=${type}
          id=${id}
          dir=${schema.format ? 'ltr' : 'auto'}
          data-path=${common.path}
          data-schema-path=${sp}
          aria-describedby=${issues.describedBy}
          aria-invalid=${issues.invalid}
          list=${list ?? nothing}
          ?required=${required}
          .value=${live(typeof value === 'string' ? value : value === undefined ? '' : String(value))}
          @input=${(e: Event) => set((e.target as HTMLInputElement).value || undefined)}
        />
        ${inList ? this.removeButton(path.slice(0, -1), Number(path.at(-1)), label) : nothing}
      </span>
    </div>`;
  }

  /** A country, searched by name in the studio's language (`Intl.DisplayNames`). */
  protected country(
    schema: Schema,
    path: Path,
    value: unknown,
    label: string,
    issues: FieldIssues,
  ): TemplateResult {
    const id = this.host.idFor(path);
    const names = countryNames(this.host.language);
    const shown = typeof value === 'string' ? (names.get(value) ?? value) : '';
    const pick = (e: Event): void => {
      const input = e.target as HTMLInputElement;
      const text = input.value.trim();
      if (text === '') return this.host.set(path, undefined);
      const code = codeForCountry(text, names);
      input.setCustomValidity(code ? '' : this.host.t('country.unknown', { text }));
      if (code) this.host.set(path, code);
    };
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${this.hint(schema, id)} ${issues.list}
      <input
        type="text"
        id=${id}
        data-path=${key(path)}
        data-schema-path=${schemaPath(path, this.root)}
        list=${`${id}-list`}
        autocomplete="off"
        placeholder=${this.host.t('country.search')}
        aria-describedby=${issues.describedBy}
        aria-invalid=${issues.invalid}
        .value=${live(shown)}
        @change=${pick}
      />
      <datalist id=${`${id}-list`}>
        ${[...names].map(([code, name]) => html`<option value=${name}>${code}</option>`)}
      </datalist>
    </div>`;
  }

  /** Text per language: one box per offered language, each written in its direction. */
  protected localized(
    schema: Schema,
    path: Path,
    value: unknown,
    required: boolean,
  ): TemplateResult {
    const { offered, fallback } = this.host.campaignLanguages();
    const label = this.label(path);
    const id = this.host.idFor(path);
    const textIn = (language: string): string => {
      if (typeof value === 'string') return language === fallback ? value : '';
      const text = own(value, language);
      return typeof text === 'string' ? text : '';
    };
    const write = (language: string, text: string): void => {
      const next: Record<string, Json> = {};
      if (typeof value === 'string') next[fallback] = value;
      else if (isObject(value)) for (const k of Object.keys(value)) next[k] = value[k]!;
      if (text === '') delete next[language];
      else next[language] = text;
      this.host.set(path, Object.keys(next).length > 0 ? next : undefined);
    };
    const long = /body/.test(String(path.at(-1)));
    return html`<fieldset
      class="localized"
      data-path=${key(path)}
      data-schema-path=${schemaPath(path, this.root)}
      aria-describedby=${`${id}-hint`}
    >
      <legend>${label}${required ? html` <span aria-hidden="true">*</span>` : nothing}</legend>
      ${this.hint(schema, id)}
      ${offered.map((language) => {
        const cell = this.host.idFor(path, language);
        return html`<div class="field">
          <label for=${cell}>${this.host.t('form.language', { language })}</label>
          <textarea
            id=${cell}
            lang=${language}
            dir=${directionOf(language)}
            rows=${long ? 4 : 1}
            data-path=${key([...path, language])}
            data-schema-path=${schemaPath(path, this.root)}
            .value=${live(textIn(language))}
            @input=${(e: Event) => write(language, (e.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>`;
      })}
    </fieldset>`;
  }

  protected removeButton(listPath: Path, index: number, what: string): TemplateResult {
    return html`<button
      type="button"
      class="small"
      data-action="remove"
      @click=${() => this.host.removeItem(listPath, index, what)}
    >
      ${this.host.t('form.remove', { what })}
    </button>`;
  }
}

const namesCache = new Map<string, Map<string, string>>();

/** Country code → name in `language`, sorted by name. */
export function countryNames(language: string): Map<string, string> {
  let names = namesCache.get(language);
  if (names) return names;
  let display: Intl.DisplayNames | undefined;
  try {
    display = new Intl.DisplayNames([language, 'en'], { type: 'region' });
  } catch {
    display = undefined;
  }
  const pairs = [...COUNTRY_CODES].map((code): [string, string] => [
    code,
    display?.of(code) ?? code,
  ]);
  pairs.sort((a, b) => a[1].localeCompare(b[1], language));
  names = new Map(pairs);
  namesCache.set(language, names);
  return names;
}

/** The code of a country written by name (any case) or as its code. */
export function codeForCountry(text: string, names: Map<string, string>): string | undefined {
  const wanted = text.trim().toLocaleLowerCase();
  if (/^[a-z]{2}$/i.test(wanted) && names.has(wanted.toUpperCase())) return wanted.toUpperCase();
  for (const [code, name] of names) if (name.toLocaleLowerCase() === wanted) return code;
  return undefined;
}
