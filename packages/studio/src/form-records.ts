/**
 * Records and choices of shape in the form. A `record` (an agency's own helpline record) is drawn
 * field by field from the shape its schema gives (`helplineSchema`), like the rest of the form, and
 * its own validator (`check`, rules across fields) runs on every change: each problem is shown next
 * to the field at its path (`form-fields.ts` claims them), and one no field showed is listed at the
 * top of the record with its path. An `either` (opening hours: always open, or set times) is a
 * "Kind" choice, then the fields of the shape chosen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EitherSchema, RecordSchema, Schema } from '@shieldkit/core/schema.js';
import { formatPath } from '@shieldkit/core/schema.js';
import { key } from './form-fields.js';
import { FormLists } from './form-lists.js';
import { isObject, schemaPath, type Json, type Path } from './model.js';

/** How well `value` fits a shape: -1 not at all, else higher for a closer fit. */
function fit(schema: Schema, value: unknown): number {
  if (value === undefined) return 0;
  switch (schema.type) {
    case 'object':
      return isObject(value)
        ? 1 +
            Object.keys(value).filter((k) =>
              Object.prototype.hasOwnProperty.call(schema.properties, k),
            ).length
        : -1;
    case 'array':
      return Array.isArray(value) ? 1 : -1;
    case 'boolean':
      return typeof value === 'boolean' ? 1 : -1;
    case 'integer':
      return typeof value === 'number' ? 1 : -1;
    case 'string':
      return typeof value === 'string' ? 1 : -1;
    default:
      return -1;
  }
}

export abstract class FormRecords extends FormLists {
  /** The shape picked for an `either` whose value does not say (nothing written yet), by path. */
  private readonly kinds = new Map<string, number>();

  /** The shape of an `either` its value has (or that was picked), or -1. */
  private kindOf(schema: EitherSchema, path: Path, value: unknown): number {
    const fits = schema.of.map((shape) => fit(shape, value));
    const best = Math.max(...fits);
    const picked = this.kinds.get(key(path));
    if (picked !== undefined && fits[picked] === best && best >= 0) return picked;
    return value === undefined || best < 0 ? -1 : fits.indexOf(best);
  }

  /** One of several shapes: a "Kind" choice, then the fields of the shape chosen. */
  protected either(schema: EitherSchema, path: Path, value: unknown): TemplateResult {
    const id = this.host.idFor(path, 'either');
    const kindId = this.host.idFor(path, 'kind');
    const sp = schemaPath(path, this.root);
    const chosen = this.kindOf(schema, path, value);
    const shape = schema.of[chosen];
    const issues = this.problems(path, id);
    const pick = (e: Event): void => {
      const index = Number((e.target as HTMLSelectElement).value);
      const next = (e.target as HTMLSelectElement).value === '' ? undefined : schema.of[index];
      if (next) this.kinds.set(key(path), index);
      else this.kinds.delete(key(path));
      // A switch starts on: turning one on is why it was picked. Other shapes start empty.
      this.host.set(path, next?.type === 'boolean' ? true : undefined);
    };
    return html`<fieldset
      class="either"
      data-path=${key(path)}
      data-schema-path=${sp}
      aria-describedby=${issues.describedBy}
    >
      <legend>${this.label(path)}</legend>
      ${this.hint(schema, id)} ${issues.list}
      <div class="field">
        <label for=${kindId}>${this.host.t('form.kind')}</label>
        <select id=${kindId} data-action="kind" data-schema-path=${sp} @change=${pick}>
          <option value="" ?selected=${chosen < 0}>${this.host.t('form.notSet')}</option>
          ${schema.of.map(
            (option, index) =>
              html`<option value=${index} ?selected=${index === chosen}>
                ${option.description}
              </option>`,
          )}
        </select>
      </div>
      ${
        shape === undefined
          ? nothing
          : shape.type === 'object'
            ? this.objectFields(shape, path, value)
            : this.field(shape, path, value)
      }
    </fieldset>`;
  }

  /**
   * A record: its shape's fields, each with the problems its validator finds there. Problems no
   * field showed (a field the shape does not know, a list item that is closed) are listed first.
   */
  protected record(schema: RecordSchema, path: Path, value: unknown): TemplateResult {
    const shape = schema.shape;
    if (shape?.type !== 'object') return this.recordAsJson(schema, path, value);
    const id = this.host.idFor(path);
    const outer = this.fieldProblems;
    const found = isObject(value) && schema.check ? schema.check(value) : [];
    this.fieldProblems = found.map((p) => ({
      path: [...path, ...p.path],
      message: p.message,
      shown: false,
    }));
    const own = this.claim(path);
    const fields = this.objectFields(shape, path, value); // claims each field's problems
    const rest = this.fieldProblems
      .filter((p) => !p.shown)
      .map((p) => `${formatPath(p.path.slice(path.length))}: ${p.message}`);
    this.fieldProblems = outer;
    const messages = [...own.map((p) => p.message), ...rest];
    return html`<fieldset
      class="record"
      data-path=${key(path)}
      data-schema-path=${schemaPath(path, this.root)}
      aria-describedby=${messages.length > 0 ? `${id}-hint ${id}-problems` : `${id}-hint`}
    >
      <legend>${this.legend(path)}</legend>
      ${this.hint(schema, id)}
      ${messages.length > 0 ? this.problemList(`${id}-problems`, messages) : nothing} ${fields}
    </fieldset>`;
  }

  /** A record whose schema gives no shape: its JSON, checked by its validator. */
  private recordAsJson(schema: RecordSchema, path: Path, value: unknown): TemplateResult {
    const id = this.host.idFor(path);
    const found = isObject(value) && schema.check ? schema.check(value) : [];
    return html`<div class="field">
      <label for=${id}>${this.host.t('form.customRecord')}</label>
      ${this.hint(schema, id)}
      <textarea
        id=${id}
        dir="ltr"
        rows="10"
        class="code"
        data-path=${key(path)}
        data-schema-path=${schemaPath(path, this.root)}
        aria-describedby=${`${id}-hint ${id}-problems`}
        .value=${live(JSON.stringify(value ?? {}, null, 2))}
        @change=${(e: Event) => {
          const area = e.target as HTMLTextAreaElement;
          try {
            const parsed = JSON.parse(area.value) as Json;
            area.setCustomValidity('');
            this.host.set(path, parsed);
          } catch {
            area.setCustomValidity(this.host.t('form.recordInvalid'));
            area.reportValidity();
          }
        }}
      ></textarea>
      ${this.problemList(
        `${id}-problems`,
        found.map((p) => `${formatPath(p.path)}: ${p.message}`),
      )}
    </div>`;
  }
}
