/**
 * The four indicator sets: the structure of each item (id, category, source codes, urgency).
 * The words live in `@shieldkit/locales` under `checklist.items.<id>` (and `checklist.why.<id>`
 * for the responder set), so they load with the reader's language.
 *
 * Source codes name the framework and the indicator, so an agency can map an item to its own:
 * `ILO:` ILO Indicators of Forced Labour (2012), `DELPHI:` ILO–EC Delphi indicators (2009),
 * `UNODC:` UNODC human trafficking indicators, `DHS:` DHS Blue Campaign / Polaris signs,
 * `CTDC:` Counter-Trafficking Data Collaborative means-of-control codes.
 */

import { DEFAULT_CHECKLIST_SET, type ChecklistSetName } from './campaign.js';

export { DEFAULT_CHECKLIST_SET, type ChecklistSetName };

/** One red flag. */
export interface ChecklistItem {
  /** Stable id; the key of its text in the locale files (`checklist.items.<id>`). */
  id: string;
  /** A category id (`checklist.categories.<id>`), or, for an agency's own item, a plain-text name. */
  category: string;
  /** Framework codes, e.g. `ILO:retention-of-documents`, `CTDC:withholds-documents`. */
  sources: readonly string[];
  /** Ticking it asks for emergency guidance first (held against one's will, a child in danger…). */
  urgent?: boolean;
  /** The item has a "why it matters" text (`checklist.why.<id>`), for training. */
  why?: boolean;
  /** An agency's own item: its text, shown as plain text instead of the translated one. */
  text?: string;
  /** An agency's own "why it matters", plain text. */
  whyText?: string;
}

/** The frameworks the items are written from, credited in the "Sources" disclosure (not translated). */
export const CHECKLIST_SOURCES: readonly string[] = [
  'ILO Indicators of Forced Labour (2012)',
  'ILO–EC Delphi indicators (2009)',
  'UNODC human trafficking indicators',
  'DHS Blue Campaign / Polaris',
  'CTDC means-of-control codes',
];

/** The category every agency item without a category goes to. */
export const OTHER_CHECKLIST_CATEGORY = 'other';

type Flags = Pick<ChecklistItem, 'urgent' | 'why'>;
const item = (
  id: string,
  category: string,
  sources: string[],
  flags: Flags = {},
): ChecklistItem => ({ id, category, sources, ...flags });
const urgent: Flags = { urgent: true };

/** Before accepting an offer of work, travel, accommodation or marriage. */
const jobOffer: readonly ChecklistItem[] = [
  item('offer-too-good', 'offer', [
    'ILO:deception',
    'DELPHI:deceptive-recruitment',
    'CTDC:false-promises',
  ]),
  item('offer-vague', 'offer', ['ILO:deception', 'DELPHI:deceptive-recruitment']),
  item('offer-changes', 'offer', ['ILO:deception', 'CTDC:false-promises']),
  item('offer-fee', 'money', [
    'ILO:debt-bondage',
    'DELPHI:deceptive-recruitment',
    'CTDC:debt-bondage',
  ]),
  item('offer-travel-debt', 'money', ['ILO:debt-bondage', 'CTDC:debt-bondage']),
  item('offer-passport-kept', 'papers', ['ILO:retention-of-documents', 'CTDC:withholds-documents']),
  item('offer-no-contract', 'papers', ['ILO:deception', 'DELPHI:deceptive-recruitment']),
  item('offer-pressure', 'pressure', ['ILO:abuse-of-vulnerability', 'DELPHI:coercive-recruitment']),
  item('offer-online-only', 'pressure', [
    'ILO:deception',
    'DELPHI:deceptive-recruitment',
    'UNODC:general',
  ]),
  item(
    'offer-threats',
    'pressure',
    ['ILO:intimidation-and-threats', 'DELPHI:coercive-recruitment', 'CTDC:threats'],
    urgent,
  ),
];

/** "Is this happening to me?" */
const mySituation: readonly ChecklistItem[] = [
  item('passport-kept', 'papers-money', ['ILO:retention-of-documents', 'CTDC:withholds-documents']),
  item('wages-withheld', 'papers-money', [
    'ILO:withholding-of-wages',
    'CTDC:takes-earnings',
    'CTDC:restricts-financial-access',
  ]),
  item('debt-grows', 'papers-money', ['ILO:debt-bondage', 'CTDC:debt-bondage']),
  item(
    'cannot-leave',
    'freedom',
    ['ILO:restriction-of-movement', 'CTDC:restricts-movement'],
    urgent,
  ),
  item('contact-cut', 'freedom', ['ILO:isolation', 'DHS:cut-off']),
  item('threatened', 'threats', ['ILO:intimidation-and-threats', 'CTDC:threats'], urgent),
  item(
    'hurt',
    'threats',
    ['ILO:physical-and-sexual-violence', 'CTDC:physical-abuse', 'CTDC:sexual-abuse'],
    urgent,
  ),
  item('police-threat', 'threats', [
    'ILO:intimidation-and-threats',
    'CTDC:threat-of-law-enforcement',
  ]),
  item('long-hours', 'conditions', ['ILO:excessive-overtime', 'CTDC:excessive-working-hours']),
  item('no-food-care', 'conditions', [
    'ILO:abusive-conditions',
    'CTDC:withholds-necessities',
    'CTDC:restricts-medical-care',
  ]),
];

/** Signs in another person, for neighbours, hosts, teachers, volunteers. */
const someoneElse: readonly ChecklistItem[] = [
  item('other-speaks-for', 'control', ['DHS:accompanied-controlled', 'ILO:isolation']),
  item('other-no-documents', 'control', ['ILO:retention-of-documents', 'CTDC:withholds-documents']),
  item('other-debt', 'control', ['ILO:debt-bondage', 'CTDC:debt-bondage', 'DHS:recruiter-debt']),
  item(
    'other-cannot-leave',
    'control',
    ['ILO:restriction-of-movement', 'CTDC:restricts-movement'],
    urgent,
  ),
  item('other-fearful', 'wellbeing', [
    'DHS:fearful-submissive',
    'DHS:scripted-answers',
    'CTDC:psychological-abuse',
  ]),
  item('other-injuries', 'wellbeing', [
    'ILO:physical-and-sexual-violence',
    'CTDC:physical-abuse',
    'DHS:signs-of-abuse',
  ]),
  item('other-lost-track', 'wellbeing', ['DHS:disoriented', 'ILO:isolation']),
  item('other-hungry-tired', 'wellbeing', [
    'CTDC:withholds-necessities',
    'CTDC:restricts-medical-care',
    'DHS:deprived',
  ]),
  item('other-child-not-school', 'children', [
    'DHS:child-out-of-school',
    'DELPHI:children',
    'CTDC:uses-children',
  ]),
  item(
    'other-child-danger',
    'children',
    ['CTDC:uses-children', 'CTDC:sexual-abuse', 'UNODC:children'],
    urgent,
  ),
];

const why: Flags = { why: true };
const urgentWhy: Flags = { urgent: true, why: true };

/** A screening aid for frontline responders, with "why it matters" for training. */
const responder: readonly ChecklistItem[] = [
  item(
    'resp-deceived',
    'recruitment',
    ['ILO:deception', 'DELPHI:deceptive-recruitment', 'CTDC:false-promises'],
    why,
  ),
  item('resp-recruit-debt', 'recruitment', ['ILO:debt-bondage', 'CTDC:debt-bondage'], why),
  item(
    'resp-documents',
    'control',
    ['ILO:retention-of-documents', 'CTDC:withholds-documents'],
    why,
  ),
  item('resp-accompanied', 'control', ['DHS:accompanied-controlled', 'ILO:isolation'], why),
  item('resp-wages', 'control', ['ILO:withholding-of-wages', 'CTDC:takes-earnings'], why),
  item(
    'resp-threats',
    'coercion',
    ['ILO:intimidation-and-threats', 'CTDC:threats', 'CTDC:threat-of-law-enforcement'],
    urgentWhy,
  ),
  item(
    'resp-violence',
    'coercion',
    ['ILO:physical-and-sexual-violence', 'CTDC:physical-abuse', 'CTDC:sexual-abuse'],
    urgentWhy,
  ),
  item(
    'resp-confined',
    'coercion',
    ['ILO:restriction-of-movement', 'CTDC:restricts-movement'],
    urgentWhy,
  ),
  item(
    'resp-conditions',
    'exploitation',
    [
      'ILO:excessive-overtime',
      'ILO:abusive-conditions',
      'CTDC:withholds-necessities',
      'CTDC:restricts-medical-care',
    ],
    why,
  ),
  item(
    'resp-child',
    'exploitation',
    ['CTDC:uses-children', 'DELPHI:children', 'UNODC:children'],
    urgentWhy,
  ),
];

/** Every shipped set, by name. */
export const CHECKLIST_SETS: Readonly<Record<ChecklistSetName, readonly ChecklistItem[]>> = {
  'job-offer': jobOffer,
  'my-situation': mySituation,
  'someone-else': someoneElse,
  responder,
};

/** Every category id that has a translated name (`checklist.categories.<id>`). */
export const CHECKLIST_CATEGORIES: ReadonlySet<string> = new Set([
  ...Object.values(CHECKLIST_SETS).flatMap((set) => set.map((entry) => entry.category)),
  OTHER_CHECKLIST_CATEGORY,
]);
