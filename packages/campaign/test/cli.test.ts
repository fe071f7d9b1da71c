import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { runCli } from '../src/index.js';

/** Runs the CLI against in-memory files and returns what it printed and its exit code. */
function run(args: string[], files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, {
    readFile: (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return files[path]!;
    },
    out: (line) => void out.push(line),
    err: (line) => void err.push(line),
  });
  return { code, out, err };
}

const valid = JSON.stringify({ version: 1, id: 'demo', languages: { default: 'en' } }, null, 2);

describe('shieldkit-campaign validate', () => {
  it('exits 0 and says so for a valid file', () => {
    expect(run(['validate', 'c.json'], { 'c.json': valid })).to.deep.equal({
      code: 0,
      out: ['✔ c.json is a valid Shieldkit campaign (demo).'],
      err: [],
    });
  });

  it('exits 1 and lists every problem', () => {
    const file = JSON.stringify({
      version: 1,
      id: 'demo',
      languages: { default: 'en' },
      country: 'XX',
      stories: [{}],
    });
    const { code, err } = run(['validate', 'c.json'], { 'c.json': file });
    expect(code).to.equal(1);
    expect(err[0]).to.equal('✖ c.json has 5 problems:');
    expect(err).to.include(
      '  - stories[0].consent is missing: a story is shown only with its teller’s consent',
    );
    expect(err.join('\n')).to.contain('country is "XX"');
  });

  it('exits 1 with the line and column of a JSON syntax error', () => {
    const broken = '{\n  "version": 1,\n  "id": "demo"\n  "languages": {}\n}';
    const { code, err } = run(['validate', 'c.json'], { 'c.json': broken });
    expect(code).to.equal(1);
    expect(err[0]).to.match(/^✖ c\.json is not valid JSON at line 4, column 3: /);
  });

  it('points at the end of a file that stops early', () => {
    const { err } = run(['validate', 'c.json'], { 'c.json': '{\n  "version": 1,' });
    expect(err[0]).to.match(/^✖ c\.json is not valid JSON at line 2, column 16: /);
  });

  it('exits 1 for a file over 512 KB, which a page would refuse, counting bytes not characters', () => {
    // 300,000 two-byte letters: about 300,000 characters (under 512 K), but 587 KB of UTF-8.
    const big = JSON.stringify({ ...JSON.parse(valid), $schema: 'ї'.repeat(300_000) });
    expect(run(['validate', 'c.json'], { 'c.json': big })).to.deep.equal({
      code: 1,
      out: [],
      err: [
        '✖ c.json is 587 KB, over the 512 KB a page reads: <shield-campaign> would refuse it and widgets use their defaults. Split it, or shorten it.',
      ],
    });
  });

  it('exits 2 for a missing file or wrong usage', () => {
    expect(run(['validate', 'missing.json'], {}).code).to.equal(2);
    expect(run(['validate', 'missing.json'], {}).err[0]).to.contain(
      '✖ missing.json cannot be read',
    );
    const usage = run(['check'], {});
    expect(usage.code).to.equal(2);
    expect(usage.err[0]).to.match(/^Usage: shieldkit-campaign validate <campaign\.json>/);
  });
});
