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
  source: 'https://agency.example/helplines',
  lastVerified: '2026-11-30',
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
            path: 'channels[0].href',
            message:
              '"javascript:alert(1)" is not an allowed link (use tel:, sms:, https: or mailto:)',
          },
        ],
      },
      {
        index: 1,
        problems: [
          {
            path: '(record)',
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
        problems: [{ path: 'id', message: '"pl-agency" is already used by agency record 0' }],
      },
    ]);
  });

  it('reports an agency list that is not a list, and keeps ours', () => {
    const { records, problems } = mergeHelplines(helplines, { helplines: [agencyPl] });
    expect(records).to.deep.equal([...helplines]);
    expect(problems).to.deep.equal([
      {
        problems: [
          { path: '(records)', message: 'agency helplines must be a list of records; got object' },
        ],
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
      { index: 0, problems: [{ path: '(record)', message: 'could not be read' }] },
    ]);
  });

  it('returns markup in names untouched, as text', () => {
    const name = '<script>alert(1)</script>';
    const { records } = mergeHelplines([], [{ ...agencyPl, name }]);
    expect(records[0]!.name).to.equal(name);
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
});
