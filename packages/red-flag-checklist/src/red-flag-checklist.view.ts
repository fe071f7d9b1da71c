/**
 * The checklist's templates: its title and intro, the items in groups by category, and the result.
 * Plain functions of what the element passes in (`ChecklistView`); the element keeps the answers
 * and the behaviour (red-flag-checklist.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ChecklistLevel } from './scoring.js';
import { CHECKLIST_CATEGORIES, type ChecklistItem, type ChecklistSetName } from './sets.js';

/** What the templates read from the checklist, and what they call back. */
export interface ChecklistView {
  t(key: string): string;
  set: ChecklistSetName;
  level: ChecklistLevel;
  list: readonly ChecklistItem[];
  checked: ReadonlySet<string>;
  headingLevel: number;
  /** The reader ticked or unticked item `id`. */
  toggle(id: string, event: Event): void;
}

function renderItem(view: ChecklistView, item: ChecklistItem, index: number): TemplateResult {
  const t = view.t;
  const id = `item-${index}`;
  const why =
    item.whyText ??
    (item.why && item.text === undefined ? t(`checklist.why.${item.id}`) : undefined);
  return html`<div part="item" class="item" data-item=${item.id}>
    <input
      type="checkbox"
      part="checkbox"
      id=${id}
      autocomplete="off"
      aria-describedby=${ifDefined(why ? `${id}-why` : undefined)}
      .checked=${view.checked.has(item.id)}
      @change=${(event: Event) => view.toggle(item.id, event)}
    />
    <label part="label" for=${id}>${item.text ?? t(`checklist.items.${item.id}`)}</label>
    ${
      why
        ? html`<p part="why" class="why" id="${id}-why">
            <span class="why-label">${t('checklist.whyLabel')}</span> ${why}
          </p>`
        : nothing
    }
  </div>`;
}

function renderGroups(view: ChecklistView): TemplateResult[] {
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of view.list)
    groups.set(item.category, [...(groups.get(item.category) ?? []), item]);
  let index = 0;
  return [...groups].map(
    ([category, items]) =>
      html`<fieldset part="group" class="group">
        <legend part="legend">
          ${CHECKLIST_CATEGORIES.has(category) ? view.t(`checklist.categories.${category}`) : category}
        </legend>
        ${items.map((item) => renderItem(view, item, index++))}
      </fieldset>`,
  );
}

/** The title, the intro, the groups of items and the result. */
export function renderChecklist(view: ChecklistView): TemplateResult {
  const t = view.t;
  return html`
    <div part="title" class="title" role="heading" aria-level=${view.headingLevel}>
      ${t(`checklist.sets.${view.set}.title`)}
    </div>
    <p part="intro" class="intro">${t(`checklist.sets.${view.set}.intro`)}</p>
    ${renderGroups(view)}
    <div part="result" class="result" role="status" data-level=${view.level}>
      ${t(`checklist.result.${view.set}.${view.level}`)}
    </div>
  `;
}
