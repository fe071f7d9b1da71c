export {
  ShieldRedFlagChecklist,
  DEFAULT_CHECKLIST_SET,
  CHECKLIST_RESULT_DELAY,
  type ChecklistResultDetail,
} from './red-flag-checklist.js';
export {
  scoreChecklist,
  DEFAULT_CHECKLIST_THRESHOLDS,
  type ChecklistLevel,
  type ChecklistThresholds,
} from './scoring.js';
export { resolveChecklistItems, type ChecklistItemInput } from './items.js';
export {
  CHECKLIST_SETS,
  CHECKLIST_CATEGORIES,
  OTHER_CHECKLIST_CATEGORY,
  CHECKLIST_SOURCES,
  type ChecklistItem,
  type ChecklistSetName,
} from './sets.js';
// The campaign's schema is `@shieldkit/red-flag-checklist/campaign.js`.
