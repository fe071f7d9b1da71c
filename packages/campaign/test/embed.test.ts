import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { embedCode, EmbedError, runEmbed, type CdnManifest } from '../src/index.js';

// The embed code's logic, on a small manifest shaped like the build's (the real one, in a real page
// with a tampered file, is tested by packages/shieldkit/test/integrity.node-test.mjs).

const file = (n: number, imports: string[] = []) => ({ integrity: `sha384-${n}`, imports });
const manifest: CdnManifest = {
  package: '@shieldkit/shieldkit',
  version: '1.2.3',
  entry: 'shieldkit.js',
  files: {
    'shieldkit.js': file(1),
    'widgets/campaign.js': file(2, ['chunks/validate-x.js', 'shieldkit.js']),
    'widgets/red-flag-checklist.js': file(3, ['chunks/shared-x.js', 'shieldkit.js']),
    'widgets/story-carousel.js': file(4, ['chunks/shared-x.js', 'shieldkit.js']),
    'chunks/shared-x.js': file(5, ['shieldkit.js']),
    'chunks/validate-x.js': file(6, ['shieldkit.js']),
    'chunks/merge-x.js': file(7, ['chunks/validate-x.js', 'shieldkit.js']),
    'locales/uk.js': file(8),
    'locales/checklist-en.js': file(9),
  },
  widgets: {
    campaign: 'widgets/campaign.js',
    'helpline-banner': 'shieldkit.js',
    'quick-exit': 'shieldkit.js',
    'red-flag-checklist': 'widgets/red-flag-checklist.js',
    'story-carousel': 'widgets/story-carousel.js',
  },
  languages: { uk: 'locales/uk.js' },
  checklistEnglish: 'locales/checklist-en.js',
  helplineRecords: 'chunks/merge-x.js',
};
const base = 'https://cdn.jsdelivr.net/npm/@shieldkit/shieldkit@1.2.3/dist/';
const files = (urls: string[]) => urls.map((url) => url.slice(base.length));

/** What the page's <head> code preloads, in order, as paths in the CDN folder. */
const preloaded = async (options: Parameters<typeof embedCode>[1]) =>
  files((await embedCode(manifest, options)).preloads);

describe('embedCode()', () => {
  it('preloads the main file, each widget file, what it imports and the language, once each', async () => {
    expect(
      await preloaded({ widgets: ['red-flag-checklist', 'story-carousel'], lang: 'uk' }),
    ).to.deep.equal([
      'shieldkit.js',
      'widgets/red-flag-checklist.js',
      'chunks/shared-x.js',
      'widgets/story-carousel.js',
      'locales/uk.js',
      'locales/checklist-en.js',
    ]);
    // English is in the main file; the quick exit and the banner too.
    expect(await preloaded({ widgets: ['quick-exit', 'helpline-banner'] })).to.deep.equal([
      'shieldkit.js',
    ]);
    // A region falls back to its language's file.
    expect(await preloaded({ widgets: ['quick-exit'], lang: 'uk-UA' })).to.deep.equal([
      'shieldkit.js',
      'locales/uk.js',
    ]);
  });

  it('takes widgets, language and helpline records from a campaign', async () => {
    const campaign = {
      version: 1,
      id: 'x',
      languages: { default: 'uk' },
      checklist: { set: 'job-offer' },
      stories: [{ id: 'a' }],
      helplines: { custom: [{ id: 'ours' }] },
    };
    const code = await embedCode(manifest, { campaign });
    expect(code.widgets).to.deep.equal([
      'campaign',
      'quick-exit',
      'helpline-banner',
      'red-flag-checklist',
      'story-carousel',
    ]);
    expect(code.lang).to.equal('uk');
    expect(files(code.preloads)).to.include.members([
      'widgets/campaign.js',
      'chunks/validate-x.js',
      'chunks/merge-x.js',
      'locales/uk.js',
    ]);
    // Without stories, checklist or own records: none of their files.
    const plain = await embedCode(manifest, { campaign: { languages: { default: 'en' } } });
    expect(files(plain.preloads)).to.deep.equal([
      'shieldkit.js',
      'widgets/campaign.js',
      'chunks/validate-x.js',
    ]);
    // The page's own choices win over the campaign's.
    expect(
      files(
        (await embedCode(manifest, { campaign, widgets: ['quick-exit'], lang: 'en' })).preloads,
      ),
    ).to.deep.equal(['shieldkit.js']);
  });

  it('prints an import map covering every file, with its CSP hash, then preloads and the script', async () => {
    const code = await embedCode(manifest, {
      widgets: ['story-carousel'],
      campaignUrl: '/campaign.json',
    });
    const doc = new DOMParser().parseFromString(`<head>${code.html}</head>`, 'text/html');
    const map = doc.querySelector('script[type=importmap]')!;
    expect(map.textContent).to.equal(code.importMap);
    const { integrity } = JSON.parse(code.importMap) as { integrity: Record<string, string> };
    expect(Object.keys(integrity)).to.have.length(Object.keys(manifest.files).length);
    expect(integrity[`${base}locales/uk.js`]).to.equal('sha384-8');
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code.importMap));
    const hash = `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
    expect(code.importMapHash).to.equal(hash);
    expect(code.html).to.contain(`script-src ${hash}`);
    // Order: the map before anything that loads a module.
    const elements = [...doc.head.children].map(
      (el) => `${el.localName}:${el.getAttribute('rel') ?? el.getAttribute('type') ?? ''}`,
    );
    expect(elements).to.deep.equal([
      'script:importmap',
      'link:modulepreload',
      'link:modulepreload',
      'link:modulepreload',
      'link:preload',
      'script:module',
    ]);
    const script = doc.querySelector('script[type=module]')!;
    expect(script.getAttribute('src')).to.equal(`${base}shieldkit.js`);
    expect(script.getAttribute('integrity')).to.equal('sha384-1');
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    for (const link of doc.querySelectorAll('link[rel=modulepreload]'))
      expect(link.getAttribute('integrity')).to.equal(
        manifest.files[link.getAttribute('href')!.slice(base.length)]!.integrity,
      );
    const campaign = doc.querySelector('link[rel=preload]')!;
    expect(campaign.getAttribute('href')).to.equal('/campaign.json');
    expect(campaign.getAttribute('as')).to.equal('fetch');
  });

  it('uses the base given, and nothing in it can end the script element', async () => {
    const code = await embedCode(manifest, { widgets: ['quick-exit'], base: '/cdn</script>' });
    expect(code.preloads).to.deep.equal(['/cdn</script>/shieldkit.js']);
    expect(code.importMap).not.to.contain('</script>');
    expect(code.html.match(/<\/script>/g)).to.have.length(2);
  });

  it('refuses a widget or a language this version does not have', async () => {
    let error: unknown;
    try {
      await embedCode(manifest, { widgets: ['quick-exit', 'carousel'] });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(EmbedError);
    expect((error as Error).message).to.contain(
      'no widget named carousel in @shieldkit/shieldkit@1.2.3',
    );
    error = undefined;
    try {
      await embedCode(manifest, { lang: 'xx' });
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).message).to.contain('no language "xx"');
  });
});

describe('shieldkit-campaign embed', () => {
  async function run(args: string[], fileSystem: Record<string, string> = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runEmbed(
      args,
      {
        readFile: (path) => {
          if (!(path in fileSystem)) throw new Error(`ENOENT: ${path}`);
          return fileSystem[path]!;
        },
        out: (line) => void out.push(line),
        err: (line) => void err.push(line),
      },
      manifest,
    );
    return { code, out, err };
  }

  it('prints the same code as embedCode()', async () => {
    const campaign = { languages: { default: 'uk' }, stories: [{}] };
    const printed = await run(
      [
        'c.json',
        '--widgets',
        'quick-exit,story-carousel',
        '--widgets',
        'campaign',
        '--base',
        '/cdn/',
      ],
      { 'c.json': JSON.stringify(campaign) },
    );
    const expected = await embedCode(manifest, {
      campaign,
      widgets: ['quick-exit', 'story-carousel', 'campaign'],
      base: '/cdn/',
    });
    expect(printed).to.deep.equal({ code: 0, out: [expected.html.trimEnd()], err: [] });
    const lang = await run(['--lang', 'uk', '--src', '/c.json']);
    expect(lang.out[0]).to.contain('/dist/locales/uk.js').and.contain('href="/c.json"');
  });

  it('exits 1 on a wrong campaign or option, 2 on a usage error', async () => {
    const broken = await run(['c.json'], { 'c.json': '{\n  "version": 1\n  "id": 2\n}' });
    expect(broken.code).to.equal(1);
    expect(broken.err[0]).to.match(/c\.json is not valid JSON at line 3, column 3/);
    expect((await run(['--lang', 'xx'])).code).to.equal(1);
    expect((await run(['missing.json'])).code).to.equal(2);
    expect((await run(['--lang'])).code).to.equal(2);
    expect((await run(['--colour', 'red'])).code).to.equal(2);
    expect((await run(['a.json', 'b.json'])).code).to.equal(2);
  });
});
