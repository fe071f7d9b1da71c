import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import enChecklistUi from '../../locales/src/languages/en-checklist.js';
import enChecklist from '../../locales/src/checklists/en.js';
import ar from '../../locales/src/languages/ar.js';
import uk from '../../locales/src/languages/uk.js';
import type { Strings } from '@shieldkit/locales';
import { LIMITS } from '@shieldkit/core';
import {
  CHECKLIST_CATEGORIES,
  CHECKLIST_SETS,
  OTHER_CHECKLIST_CATEGORY,
  resolveChecklistItems,
  scoreChecklist,
  type ChecklistItem,
} from '../src/index.js';

const items = [
  { id: 'a' },
  { id: 'b' },
  { id: 'c' },
  { id: 'u', urgent: true },
] as const satisfies readonly Pick<ChecklistItem, 'id' | 'urgent'>[];

/** The codes of the frameworks in shared/data/indicator-sources.md. */
const VOCABULARY: Record<string, string[]> = {
  ILO: [
    'abuse-of-vulnerability',
    'deception',
    'restriction-of-movement',
    'isolation',
    'physical-and-sexual-violence',
    'intimidation-and-threats',
    'retention-of-documents',
    'withholding-of-wages',
    'debt-bondage',
    'abusive-conditions',
    'excessive-overtime',
  ],
  CTDC: [
    'debt-bondage',
    'takes-earnings',
    'restricts-financial-access',
    'threats',
    'psychological-abuse',
    'physical-abuse',
    'sexual-abuse',
    'false-promises',
    'psychoactive-substances',
    'restricts-movement',
    'restricts-medical-care',
    'excessive-working-hours',
    'uses-children',
    'threat-of-law-enforcement',
    'withholds-necessities',
    'withholds-documents',
  ],
  DELPHI: [
    'deceptive-recruitment',
    'coercive-recruitment',
    'abuse-of-vulnerability',
    'exploitative-conditions',
    'coercion-at-destination',
    'children',
  ],
  UNODC: [
    'general',
    'children',
    'domestic-servitude',
    'sexual-exploitation',
    'labour-exploitation',
  ],
  DHS: [
    'cut-off',
    'child-out-of-school',
    'behaviour-change',
    'disoriented',
    'fearful-submissive',
    'signs-of-abuse',
    'deprived',
    'accompanied-controlled',
    'few-possessions',
    'employer-housing',
    'recruiter-debt',
    'scripted-answers',
  ],
};

const leaf = (tree: Strings | undefined, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Strings | undefined)?.[key], tree);

describe('scoreChecklist', () => {
  it('nothing ticked is none; one ticked is some (default threshold 1)', () => {
    expect(scoreChecklist(items, [])).to.equal('none');
    expect(scoreChecklist(items, ['a'])).to.equal('some');
    expect(scoreChecklist(items, ['a', 'b', 'c'])).to.equal('some');
  });

  it('any urgent item ticked is urgent, whatever the thresholds', () => {
    expect(scoreChecklist(items, ['u'])).to.equal('urgent');
    expect(scoreChecklist(items, ['u'], { some: 4 })).to.equal('urgent');
  });

  it('the some threshold counts ticked items', () => {
    expect(scoreChecklist(items, ['a'], { some: 2 })).to.equal('none');
    expect(scoreChecklist(items, ['a', 'b'], { some: 2 })).to.equal('some');
  });

  it('an urgent threshold makes many non-urgent items urgent; off by default', () => {
    expect(scoreChecklist(items, ['a', 'b', 'c'])).to.equal('some');
    expect(scoreChecklist(items, ['a', 'b'], { urgent: 3 })).to.equal('some');
    expect(scoreChecklist(items, ['a', 'b', 'c'], { urgent: 3 })).to.equal('urgent');
  });

  it('ignores ticked ids that are not in the list (an item removed after ticking)', () => {
    expect(scoreChecklist(items, ['gone', 'also-gone'])).to.equal('none');
    expect(scoreChecklist([{ id: 'a' }], ['u'])).to.equal('none');
  });

  it('scores custom items by their own urgent flag', () => {
    const custom = resolveChecklistItems(
      CHECKLIST_SETS['job-offer'],
      [{ id: 'offer-fee', text: 'Fee', urgent: true }],
      undefined,
      () => {},
    );
    expect(scoreChecklist(custom, ['offer-fee'])).to.equal('urgent');
    expect(scoreChecklist(CHECKLIST_SETS['job-offer'], ['offer-fee'])).to.equal('some');
  });
});

describe('resolveChecklistItems', () => {
  const base = CHECKLIST_SETS['my-situation'];
  const collect = () => {
    const problems: string[] = [];
    return { problems, report: (code: string) => void problems.push(code) };
  };

  it('reads the first 50 own items and reports the rest, and skips an item with a text over 2,000 characters', () => {
    expect(LIMITS.checklistItems).to.equal(50);
    const messages: string[] = [];
    const own = Array.from({ length: 52 }, (_, i) => ({ id: `own-${i}`, text: `Flag ${i}` }));
    own[3] = { id: 'own-3', text: 'a'.repeat(2001) };
    const list = resolveChecklistItems(base, own, undefined, (code, message) =>
      messages.push(`${code}: ${message}`),
    );
    expect(list.map((item) => item.id)).to.deep.equal([
      ...base.map((item) => item.id),
      ...own
        .slice(0, 50)
        .map((item) => item.id)
        .filter((id) => id !== 'own-3'),
    ]);
    expect(messages).to.deep.equal([
      'too-many-items: there are 52 own items, more than the 50 read: item 51 and the ones after it are skipped.',
      'invalid-item: item 4 "own-3": "text" has 2001 characters, more than the 2000 a text may have; it is skipped.',
    ]);
  });

  it('returns the shipped set unchanged without input', () => {
    const { problems, report } = collect();
    expect(resolveChecklistItems(base, undefined, undefined, report)).to.deep.equal([...base]);
    expect(problems).to.deep.equal([]);
  });

  it('rewrites a shipped item in place, keeping its category, sources and urgency unless given', () => {
    const { report } = collect();
    const list = resolveChecklistItems(
      base,
      [{ id: 'cannot-leave', text: 'Locked in' }],
      undefined,
      report,
    );
    const index = base.findIndex((item) => item.id === 'cannot-leave');
    expect(list[index]).to.deep.include({
      id: 'cannot-leave',
      text: 'Locked in',
      category: 'freedom',
      urgent: true,
    });
    expect(list[index]!.sources).to.deep.equal(base[index]!.sources);
    expect(list).to.have.length(base.length);
  });

  it('adds new items at the end, in the "other" category by default', () => {
    const { report } = collect();
    const list = resolveChecklistItems(
      base,
      [
        { id: 'new-1', text: 'One' },
        {
          id: 'new-2',
          text: 'Two',
          category: 'Housing',
          sources: ['ILO:isolation'],
          why: 'Because',
        },
      ],
      undefined,
      report,
    );
    expect(list.slice(-2)).to.deep.equal([
      {
        id: 'new-1',
        text: 'One',
        category: OTHER_CHECKLIST_CATEGORY,
        sources: [],
        urgent: undefined,
        whyText: undefined,
      },
      {
        id: 'new-2',
        text: 'Two',
        category: 'Housing',
        sources: ['ILO:isolation'],
        urgent: undefined,
        whyText: 'Because',
      },
    ]);
  });

  it('reports and skips invalid items and duplicate ids', () => {
    const { problems, report } = collect();
    const list = resolveChecklistItems(
      base,
      [
        { id: 'x' },
        { text: 'no id' },
        'a string',
        null,
        [],
        { id: 'a', text: 'A', urgent: 'yes' },
        { id: 'c', text: 'C', category: 3 },
        { id: 's', text: 'S', sources: 'ILO:deception' },
        { id: 'w', text: 'W', why: 5 },
        { id: '  ', text: 'blank id' },
        { id: 'ok', text: 'Fine' },
        { id: 'ok', text: 'Again' },
      ],
      undefined,
      report,
    );
    expect(problems).to.deep.equal([...Array(10).fill('invalid-item'), 'duplicate-item']);
    expect(list.filter((item) => item.id === 'ok').map((item) => item.text)).to.deep.equal([
      'Fine',
    ]);
    expect(list).to.have.length(base.length + 1);
  });

  it('reports items that are not a list', () => {
    const { problems, report } = collect();
    expect(resolveChecklistItems(base, { id: 'a', text: 'A' }, undefined, report)).to.deep.equal([
      ...base,
    ]);
    expect(problems).to.deep.equal(['invalid-items']);
  });

  it('removes ids; reports a bad list and ids that are not there', () => {
    const { problems, report } = collect();
    const list = resolveChecklistItems(base, undefined, ['hurt', 'no-such-item'], report);
    expect(list.map((item) => item.id)).not.to.include('hurt');
    expect(list).to.have.length(base.length - 1);
    expect(resolveChecklistItems(base, undefined, 'hurt', report)).to.have.length(base.length);
    expect(resolveChecklistItems(base, undefined, [1, 2], report)).to.have.length(base.length);
    expect(problems).to.deep.equal(['unknown-item', 'invalid-remove', 'invalid-remove']);
  });
});

describe('the indicator sets', () => {
  const all = Object.values(CHECKLIST_SETS).flat();

  it('has the four sets, 6 to 10 items each, in 3 or 4 categories, each with an urgent item', () => {
    expect(Object.keys(CHECKLIST_SETS)).to.deep.equal([
      'job-offer',
      'my-situation',
      'someone-else',
      'responder',
    ]);
    for (const [name, set] of Object.entries(CHECKLIST_SETS)) {
      expect(set.length, name).to.be.within(6, 10);
      expect(new Set(set.map((item) => item.category)).size, name).to.be.within(3, 4);
      expect(
        set.some((item) => item.urgent),
        name,
      ).to.equal(true);
    }
  });

  it('ids are unique across all sets (they key the texts)', () => {
    expect(new Set(all.map((item) => item.id)).size).to.equal(all.length);
  });

  it('every item carries known source codes, with at least one ILO or CTDC code', () => {
    for (const item of all) {
      expect(item.sources.length, item.id).to.be.greaterThan(0);
      expect(
        item.sources.some((code) => /^(ILO|CTDC):/.test(code)),
        item.id,
      ).to.equal(true);
      for (const code of item.sources) {
        const [framework, indicator] = code.split(':');
        expect(VOCABULARY[framework!], code).to.include(indicator);
      }
    }
  });

  it('the responder set explains why each item matters; the other sets do not', () => {
    expect(CHECKLIST_SETS.responder.every((item) => item.why)).to.equal(true);
    expect(all.filter((item) => item.why)).to.have.length(CHECKLIST_SETS.responder.length);
  });

  it('every item, "why" and category has its text in English, Arabic and Ukrainian', () => {
    const files: [string, Strings | undefined][] = [
      ['en', { ...(enChecklistUi.checklist as Strings), ...enChecklist }],
      ['ar', ar.strings.checklist as Strings],
      ['uk', uk.strings.checklist as Strings],
    ];
    for (const [code, tree] of files) {
      for (const item of all) {
        expect(leaf(tree, `items.${item.id}`), `${code} ${item.id}`)
          .to.be.a('string')
          .and.not.equal('');
        if (item.why)
          expect(leaf(tree, `why.${item.id}`), `${code} why ${item.id}`).to.be.a('string');
      }
      for (const category of CHECKLIST_CATEGORIES) {
        expect(leaf(tree, `categories.${category}`), `${code} ${category}`).to.be.a('string');
      }
      for (const set of Object.keys(CHECKLIST_SETS)) {
        for (const key of ['title', 'intro'])
          expect(leaf(tree, `sets.${set}.${key}`), `${code} ${set}`).to.be.a('string');
        for (const level of ['none', 'some', 'urgent'])
          expect(leaf(tree, `result.${set}.${level}`), `${code} ${set} ${level}`).to.be.a('string');
      }
    }
  });

  it('English item texts are not with the UI strings (they load on demand)', () => {
    const ui = enChecklistUi.checklist as Strings;
    expect(ui.items).to.equal(undefined);
    expect(ui.why).to.equal(undefined);
    expect(ui.clear).to.equal('Clear answers');
  });

  it('no text in any language diagnoses: guidance never says "trafficked" or "this is trafficking"', () => {
    const texts = JSON.stringify([enChecklistUi.checklist, enChecklist]).toLowerCase();
    expect(texts).not.to.match(/traffick/);
    expect(JSON.stringify(ar.strings.checklist)).not.to.match(/اتجار/);
    expect(JSON.stringify(uk.strings.checklist).toLowerCase()).not.to.match(/торгів/);
  });

  it('Arabic and Ukrainian stay marked as machine translations', () => {
    expect([ar.meta.status, uk.meta.status]).to.deep.equal(['machine', 'machine']);
  });
});
