import '../../core/test/support/safety-guard.js';
import { spyConsole } from '../../core/test/support/console-spy.js';
import { expect } from '@open-wc/testing';
import { helplines, mergeHelplines, selectHelplines, type Helpline } from '../src/index.js';

const us = helplines.find((r) => r.id === 'us-nhth')!;
/** The agency's own, confirmed version of our US record. */
const agencyUs: Helpline = {
  ...us,
  name: 'Agency-checked hotline',
  confirmed: true,
  unconfirmed: [],
};
/** A line we do not have. */
const agencyPl: Helpline = {
  id: 'pl-agency',
  country: 'PL',
  organisation: 'Agency',
  name: 'Agency line',
  topics: ['trafficking'],
  channels: [{ type: 'phone', display: '+48 22 000 00 00', href: 'tel:+48220000000' }],
  sources: [
    { url: 'https://agency.example/helplines', states: 'Our line', accessed: '2026-11-30' },
  ],
  verified: '2026-11-30',
  confirmed: true,
};

describe('mergeHelplines', () => {
  it("puts an agency's valid record in place of ours with the same id, and adds the others", () => {
    const { records, problems } = mergeHelplines(helplines, [agencyPl, agencyUs]);
    expect(problems).to.deep.equal([]);
    expect(records.map((r) => r.id)).to.deep.equal([...helplines.map((r) => r.id), 'pl-agency']);
    expect(records[0]).to.equal(agencyUs);
    expect(records.at(-1)).to.equal(agencyPl);
    expect(helplines[0]).to.equal(us);
    expect(selectHelplines(records, { country: 'US' }).map((r) => r.name)).to.deep.equal([
      'Agency-checked hotline',
    ]);
  });

  it('skips invalid agency records, reporting their index, id and problems, and keeps ours', () => {
    const bad = {
      ...agencyUs,
      channels: [{ type: 'chat', display: 'Chat', href: 'javascript:alert(1)' }],
    };
    const { records, problems } = mergeHelplines(helplines, [bad, 'not a record', agencyPl]);
    expect(records.map((r) => r.id)).to.deep.equal([...helplines.map((r) => r.id), 'pl-agency']);
    expect(records[0]).to.equal(us);
    expect(problems).to.deep.equal([
      {
        index: 0,
        id: 'us-nhth',
        problems: [
          {
            path: ['channels', 0, 'href'],
            message:
              '"javascript:alert(1)" is not an allowed link (use tel:, sms:, https: or mailto:)',
          },
        ],
      },
      {
        index: 1,
        problems: [
          {
            path: [],
            message: 'a helpline must be an object { id, country, name, … }; got "not a record"',
          },
        ],
      },
    ]);
  });

  it('keeps the first of two agency records with the same id', () => {
    const second = { ...agencyPl, name: 'Second' };
    const { records, problems } = mergeHelplines([], [agencyPl, second]);
    expect(records).to.deep.equal([agencyPl]);
    expect(problems).to.deep.equal([
      {
        index: 1,
        id: 'pl-agency',
        problems: [{ path: ['id'], message: '"pl-agency" is already used by agency record 0' }],
      },
    ]);
  });

  it('reports an agency list that is not a list, and keeps ours', () => {
    const { records, problems } = mergeHelplines(helplines, { helplines: [agencyPl] });
    expect(records).to.deep.equal([...helplines]);
    expect(problems).to.deep.equal([
      {
        problems: [{ path: [], message: 'agency helplines must be a list of records; got object' }],
      },
    ]);
    expect(mergeHelplines(helplines, null).problems[0]!.problems[0]!.message).to.equal(
      'agency helplines must be a list of records; got null',
    );
  });

  it('reports a record that throws when read instead of throwing', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const { records, problems } = mergeHelplines([], [trap]);
    expect(records).to.deep.equal([]);
    expect(problems).to.deep.equal([
      { index: 0, problems: [{ path: [], message: 'could not be read' }] },
    ]);
  });

  it('returns markup in names untouched, as text', () => {
    const name = '<script>alert(1)</script>';
    const { records } = mergeHelplines([], [{ ...agencyPl, name }]);
    expect(records[0]!.name).to.equal(name);
  });

  it('reads only the first `max` agency records, and says how many after them are left out', () => {
    const many = Array.from({ length: 203 }, (_, i) => ({ ...agencyPl, id: `pl-${i}` }));
    const { records, problems } = mergeHelplines(helplines, many, 200);
    expect(records).to.have.length(helplines.length + 200);
    expect(records.at(-1)!.id).to.equal('pl-199');
    expect(problems).to.deep.equal([
      {
        index: 200,
        problems: [
          {
            path: [],
            message:
              'at most 200 agency records are read: this one and the 2 after it are left out',
          },
        ],
      },
    ]);
    expect(mergeHelplines([], many.slice(0, 201), 200).problems[0]!.problems[0]!.message).to.equal(
      'at most 200 agency records are read: this one is left out',
    );
    expect(mergeHelplines([], many).records).to.have.length(203);
  });

  it('writes nothing to the console', () => {
    const warn = spyConsole('warn');
    const error = spyConsole('error');
    try {
      mergeHelplines(helplines, [{ id: 'broken' }, 42]);
    } finally {
      warn.restore();
      error.restore();
    }
    expect([...warn.messages, ...error.messages]).to.deep.equal([]);
  });

  it('gives a record written before sources and verified the new fields', () => {
    const legacy: Record<string, unknown> = {
      ...agencyPl,
      source: ['https://agency.example/a', 'https://agency.example/b'],
      lastVerified: '2026-10-01',
    };
    delete legacy['sources'];
    delete legacy['verified'];
    const { records, problems } = mergeHelplines([], [legacy]);
    expect(problems).to.deep.equal([]);
    expect(records[0]!.sources).to.deep.equal([
      { url: 'https://agency.example/a', accessed: '2026-10-01' },
      { url: 'https://agency.example/b', accessed: '2026-10-01' },
    ]);
    expect(records[0]!.verified).to.equal('2026-10-01');
    expect(Object.keys(records[0]!)).to.not.include('source');
    expect(Object.keys(records[0]!)).to.not.include('lastVerified');
  });

  it('is linear in the number of records: each of our ids is read once, whatever the agency sends', () => {
    // Counting reads, not time: replacing by searching our list for every agency record (as
    // before) read our ids n × n / 2 times: 2 million for 2,000 records each.
    let reads = 0;
    const n = 2000;
    const ours: Helpline[] = Array.from({ length: n }, (_, i) => {
      const record = { ...agencyPl, id: `ours-${i}` };
      return Object.defineProperty(record, 'id', {
        enumerable: true,
        get: () => {
          reads++;
          return `ours-${i}`;
        },
      });
    });
    const agency = Array.from({ length: n }, (_, i) => ({
      ...agencyPl,
      id: i % 2 ? `ours-${i}` : `new-${i}`,
    }));
    const { records, problems } = mergeHelplines(ours, agency);
    expect(problems).to.deep.equal([]);
    expect(records.length).to.equal(n + n / 2);
    expect(records[1]!.id).to.equal('ours-1');
    expect(records[1]).to.equal(agency[1]);
    expect(reads).to.be.at.most(2 * n);
  });
});
