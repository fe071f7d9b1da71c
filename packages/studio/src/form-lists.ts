/**
 * The form's lists (items added, reordered and removed; objects open one at a time) and maps (rows
 * of key and value, or of key and object): a layer over the single fields of `form-fields.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  formatPath,
  type ArraySchema,
  type MapSchema,
  type ObjectSchema,
} from '@shieldkit/core/schema.js';
import { FormFields, key } from './form-fields.js';
import { ListDrag } from './list-drag.js';
import {
  consentWarningText,
  isObject,
  own,
  schemaPath,
  storyConsentWarnings,
  type Json,
  type Path,
} from './model.js';

export abstract class FormLists extends FormFields {
  /** Items dragged to a new place by their handle (focus stays on the handle). */
  private readonly drag = new ListDrag((path, from, to) => {
    void this.host.moveItem(path, from, to, 'drag');
  });

  protected itemTitle(item: unknown, index: number): string {
    const { fallback } = this.host.campaignLanguages();
    for (const name of ['heading', 'name', 'text', 'id']) {
      const value = own(item, name);
      const text =
        typeof value === 'string'
          ? value
          : (own(value, fallback) ??
            own(value, Object.keys(isObject(value) ? value : {})[0] ?? ''));
      if (typeof text === 'string' && text.trim()) return text.trim().slice(0, 60);
    }
    return this.host.t('form.item', { number: index + 1 });
  }

  /** A list: items with move and remove buttons; items that are objects open one at a time. */
  protected list(schema: ArraySchema, path: Path, value: unknown): TemplateResult {
    const items = Array.isArray(value) ? value : [];
    const sp = schemaPath(path, this.root);
    const label = this.legend(path);
    const id = this.host.idFor(path);
    const objects = schema.items.type === 'object' || schema.items.type === 'record';
    const type = schema.items.type;
    const empty: Json = objects ? {} : type === 'array' ? [] : type === 'boolean' ? false : '';
    const issues = this.problems(path, id);
    return html`<fieldset
      class="list"
      data-path=${key(path)}
      data-schema-path=${sp}
      aria-describedby=${issues.describedBy}
    >
      <legend>${label}</legend>
      ${this.hint(schema, id)} ${issues.list}
      ${objects ? html`<span hidden id=${`${id}-drag`}>${this.host.t('form.dragHint')}</span>` : nothing}
      <ol>
        ${items.map((item, index) => {
          const itemPath = [...path, index];
          if (!objects) return html`<li>${this.field(schema.items, itemPath, item)}</li>`;
          const what = this.itemTitle(item, index);
          const open = this.host.isExpanded(itemPath);
          return html`<li data-path=${key(itemPath)} data-schema-path=${`${sp}[]`}>
            ${this.itemBar(path, index, items.length, what, open)} ${this.itemNotes(sp, item)}
            ${open ? nothing : this.closedProblems(schema, itemPath, item)}
            ${open ? html`<div class="item-body">${this.field(schema.items, itemPath, item)}</div>` : nothing}
          </li>`;
        })}
      </ol>
      <button
        type="button"
        data-path=${key([...path, '+'])}
        data-schema-path=${sp}
        data-action="add"
        @click=${() => this.host.addItem(path, empty)}
      >
        ${this.host.t('form.add', { what: label.toLowerCase() })}
      </button>
    </fieldset>`;
  }

  /**
   * The bar of an item that opens: its title (the toggle), a drag handle, move up, move down and
   * remove. The handle's hint is the list's (`<list id>-drag`).
   */
  private itemBar(
    path: Path,
    index: number,
    count: number,
    what: string,
    open: boolean,
  ): TemplateResult {
    const itemPath = [...path, index];
    return html`<div class="item-bar">
      <button
        type="button"
        class="small drag-handle"
        data-action="drag"
        aria-label=${this.host.t('form.drag', { what })}
        aria-describedby=${`${this.host.idFor(path)}-drag`}
        @pointerdown=${(e: PointerEvent) => this.drag.down(e, path, index)}
        @pointermove=${this.drag.moved}
        @pointerup=${this.drag.up}
        @pointercancel=${this.drag.cancel}
        @lostpointercapture=${this.drag.cancel}
        @keydown=${(e: KeyboardEvent) => this.drag.key(e, path, index, count)}
      >
        ≡
      </button>
      <button
        type="button"
        class="item-toggle"
        id=${this.host.idFor(itemPath, 'toggle')}
        aria-expanded=${open ? 'true' : 'false'}
        @click=${() => this.host.toggle(itemPath)}
      >
        ${what}
      </button>
      ${this.moveButton(path, index, -1, count, what)}
      ${this.moveButton(path, index, 1, count, what)} ${this.removeButton(path, index, what)}
    </div>`;
  }

  /** Move up (`step` -1) or down (1): off at the list's end. */
  private moveButton(
    path: Path,
    index: number,
    step: -1 | 1,
    count: number,
    what: string,
  ): TemplateResult {
    const to = index + step;
    return html`<button
      type="button"
      class="small"
      data-action=${step < 0 ? 'up' : 'down'}
      aria-label=${this.host.t(step < 0 ? 'form.moveUp' : 'form.moveDown', { what })}
      ?disabled=${to < 0 || to >= count}
      @click=${() => this.host.moveItem(path, index, to)}
    >
      ${step < 0 ? '↑' : '↓'}
    </button>`;
  }

  /**
   * The problems of a closed item: a record's count (its own validator's), or, inside a record,
   * those of the item's fields with their place in it.
   */
  private closedProblems(
    schema: ArraySchema,
    itemPath: Path,
    item: unknown,
  ): TemplateResult | typeof nothing {
    const inner = this.claim(itemPath, true).map(
      (p) => `${formatPath(p.path.slice(itemPath.length))}: ${p.message}`,
    );
    if (inner.length > 0) return this.problemList(this.host.idFor(itemPath, 'problems'), inner);
    const check = schema.items.type === 'record' ? schema.items.check : undefined;
    const count = check && isObject(item) ? check(item).length : 0;
    return count > 0
      ? html`<p class="field-problems">${this.host.t('problems.count', { count })}</p>`
      : nothing;
  }

  /** Notes under a list item: a story's consent ending soon or ended, or dated after today. */
  protected itemNotes(sp: string, item: unknown): TemplateResult | typeof nothing {
    if (sp !== 'stories') return nothing;
    const warnings = storyConsentWarnings(item, 0, this.host.today);
    const t = (key: string, options?: Record<string, unknown>) => this.host.t(key, options);
    return warnings.length
      ? html`${warnings.map((w) => html`<p class="warning">${consentWarningText(t, w)}</p>`)}`
      : nothing;
  }

  /** Wording overrides: per language, rows of key and text. */
  protected map(schema: MapSchema, path: Path, value: unknown): TemplateResult {
    const sp = schemaPath(path, this.root);
    const id = this.host.idFor(path);
    const inner = schema.values;
    if (inner.type === 'object') return this.mapOfObjects(schema, path, value, inner);
    if (inner.type !== 'map') {
      // A flat map (key → value): rows of key and value.
      return this.keyedRows(schema, path, value, {
        kind: 'row',
        seed: '',
        what: this.host.t('form.wording').toLowerCase(),
        body: (k) => {
          const textId = this.host.idFor([...path, k]);
          return html`<span class="field">
            <label for=${textId}>${this.host.t('form.wording')}</label>
            <input
              id=${textId}
              dir="auto"
              lang=${String(path.at(-1))}
              data-path=${key([...path, k])}
              data-schema-path=${`${sp}.*`}
              .value=${live(String(own(value, k) ?? ''))}
              @input=${(e: Event) => this.host.set([...path, k], (e.target as HTMLInputElement).value)}
            />
          </span>`;
        },
      });
    }
    // Wording by language: one group per offered language (and any other already written).
    const { offered } = this.host.campaignLanguages();
    const written = isObject(value) ? Object.keys(value) : [];
    const groups = [...new Set([...offered, ...written])];
    return html`<fieldset
      class="map"
      data-path=${key(path)}
      data-schema-path=${sp}
      aria-describedby=${`${id}-hint`}
    >
      <legend>${this.label(path)}</legend>
      ${this.hint(schema, id)}
      ${groups.map((language) => {
        const groupPath = [...path, language];
        const inGroup = own(value, language);
        return html`<div data-schema-path=${`${sp}.*`} lang=${language}>
          ${this.map(inner, groupPath, inGroup)}
        </div>`;
      })}
    </fieldset>`;
  }

  /**
   * Named objects (a scenario's steps, keyed by id): each entry is its id, the object's own fields,
   * and a remove button; "Add" makes an empty one under a free id.
   */
  protected mapOfObjects(
    schema: MapSchema,
    path: Path,
    value: unknown,
    inner: ObjectSchema,
  ): TemplateResult {
    return this.keyedRows(schema, path, value, {
      kind: 'entry',
      seed: {},
      what: this.label(path).toLowerCase(),
      body: (k) => this.field(inner, [...path, k], own(value, k)),
    });
  }

  /** A map as rows (`keyRow`), then a button that adds `seed` under a free key. */
  private keyedRows(
    schema: MapSchema,
    path: Path,
    value: unknown,
    row: { kind: 'row' | 'entry'; seed: Json; what: string; body: (k: string) => TemplateResult },
  ): TemplateResult {
    const sp = schemaPath(path, this.root);
    const entries = isObject(value) ? Object.keys(value) : [];
    return html`<fieldset class="map" data-path=${key(path)} data-schema-path=${sp}>
      <legend>${this.legend(path)}</legend>
      <p class="hint">${schema.description}</p>
      <ol>
        ${entries.map((k) => this.keyRow(path, value, k, row.kind, row.body(k)))}
      </ol>
      <button
        type="button"
        data-action="add"
        data-schema-path=${`${sp}.*`}
        @click=${() => this.host.set([...path, this.freeKey(value)], row.seed)}
      >
        ${this.host.t('form.add', { what: row.what })}
      </button>
    </fieldset>`;
  }

  /** One entry of a map: its key (renamed when changed), `body`, and a remove button. */
  private keyRow(
    path: Path,
    value: unknown,
    k: string,
    kind: 'row' | 'entry',
    body: TemplateResult,
  ): TemplateResult {
    const rowId = this.host.idFor([...path, k], 'key');
    return html`<li class=${kind}>
      <span class="field">
        <label for=${rowId}>${this.host.t('form.key')}</label>
        <input
          id=${rowId}
          dir="ltr"
          data-path=${key([...path, k, '#key'])}
          data-schema-path=${`${schemaPath(path, this.root)}.*`}
          .value=${live(k)}
          @change=${(e: Event) => this.renameKey(path, value, k, (e.target as HTMLInputElement).value)}
        />
      </span>
      ${body}
      <button
        type="button"
        class="small"
        data-action="remove"
        @click=${() => this.host.set([...path, k], undefined)}
      >
        ${this.host.t('form.remove', { what: k })}
      </button>
    </li>`;
  }

  protected freeKey(value: unknown): string {
    let n = 1;
    while (own(value, `key${n}`) !== undefined) n++;
    return `key${n}`;
  }

  protected renameKey(path: Path, value: unknown, from: string, to: string): void {
    to = to.trim();
    if (!to || to === from || !isObject(value) || own(value, to) !== undefined) return;
    const next: Record<string, Json> = {};
    for (const k of Object.keys(value)) {
      Object.defineProperty(next, k === from ? to : k, {
        value: value[k],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    this.host.set(path, next);
  }
}
