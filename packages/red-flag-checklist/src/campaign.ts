/**
 * What the checklist reads from a campaign: the `checklist` part of the campaign file, as a schema
 * (the campaign validator, the JSON Schema and the TypeScript type all come from it). No DOM.
 */
import {
  boolean,
  integer,
  list,
  localized,
  object,
  oneOf,
  text,
  type Infer,
} from '@shieldkit/core/schema.js';

/** The names of the shipped indicator sets (their items are in `sets.ts`). */
export const CHECKLIST_SET_NAMES = [
  'job-offer',
  'my-situation',
  'someone-else',
  'responder',
] as const;
export type ChecklistSetName = (typeof CHECKLIST_SET_NAMES)[number];

/** The set shown when neither the element nor the campaign names one. */
export const DEFAULT_CHECKLIST_SET: ChecklistSetName = 'job-offer';

const checklistItem = object(
  'A red flag of the campaign’s own.',
  {
    id: text('A stable id.', 'id'),
    text: localized('What to look for, per language.'),
    category: text('The group it belongs to.'),
    urgent: boolean('Ticking it shows emergency guidance first.'),
  },
  { id: 'every item needs an id', text: 'an item needs its words' },
);

/** The campaign's `checklist`: its set, its own items, items left out, the "some" threshold. */
export const checklistCampaign = object('The red-flag checklist.', {
  set: oneOf(CHECKLIST_SET_NAMES, 'Which indicator set.'),
  add: list(checklistItem, 'Items of your own.', { itemized: true }),
  remove: list(text('An item id.'), 'Items of the set to leave out.'),
  someThreshold: integer('How many ticks give the "some" guidance.', { minimum: 1 }),
  reportResults: boolean(
    'Dispatch shield-checklist-result to the page (off: a level can reveal what was ticked).',
  ),
});

declare global {
  interface ShieldCampaignSettings {
    /** The checklist: its set, the agency's own items, items to leave out, the "some" threshold. */
    checklist?: Infer<typeof checklistCampaign>;
  }
}
