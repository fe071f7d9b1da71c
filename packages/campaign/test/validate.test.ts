import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { formatPath, parseCampaign, validateCampaign } from '../src/index.js';

const good = async () => (await fetch(new URL('./fixtures/good.json', import.meta.url))).json();
const messages = (campaign: unknown) => validateCampaign(campaign).map((p) => p.message);
const paths = (campaign: unknown) => validateCampaign(campaign).map((p) => formatPath(p.path));

describe('validateCampaign', () => {
  it('accepts the documented example', async () => {
    expect(validateCampaign(await good())).to.deep.equal([]);
  });

  it('accepts checklist.reportResults as a yes/no only, and passes it to the widgets', async () => {
    const campaign = await good();
    campaign.checklist = { reportResults: true };
    expect(validateCampaign(campaign)).to.deep.equal([]);
    expect(parseCampaign(campaign).campaign!.checklist!.reportResults).to.equal(true);
    campaign.checklist = { reportResults: 'yes' };
    expect(paths(campaign)).to.deep.equal(['checklist.reportResults']);
  });

  it('says plainly what is wrong with something that is not a campaign', () => {
    expect(messages([])).to.deep.equal(['The campaign should be an object { … }, but is a list']);
    expect(messages({})).to.deep.equal([
      'version is missing: it tells Shieldkit how to read the file (use 1)',
      'id is missing: every campaign needs an id',
      'languages is missing: widgets need to know the campaign’s languages',
    ]);
  });

  it('names the image without a description the way a campaign team understands', async () => {
    const campaign = await good();
    campaign.stories = [
      campaign.stories[0],
      campaign.stories[0],
      { ...campaign.stories[0], id: 'c', image: { src: 'https://img.example/a.jpg' } },
    ];
    campaign.stories[1] = { ...campaign.stories[0], id: 'b' };
    expect(messages(campaign)).to.deep.equal([
      'stories[2].image.alt is missing: an image needs a description for people who cannot see it',
    ]);
  });

  it('reports every problem at once, each with its path', async () => {
    const campaign = await good();
    Object.assign(campaign, {
      version: 2,
      id: 'UA PL',
      country: 'Poland',
      colour: 'red',
      theme: { primary: 'blue', radius: '4 px' },
      quickExit: { href: 'javascript:alert(1)', shortcut: 'ctrl' },
      checklist: { set: 'jobs', someThreshold: 0, add: [{ id: 'x' }] },
      strings: { English: { 'quickExit.label': 'Leave' }, en: { 'quickExit.label': 5 } },
    });
    campaign.languages.offered.push('uk');
    campaign.stories[0].consent = { given: '2026-02-30' };
    campaign.stories[0].heading = { uk: '' };
    expect(paths(campaign)).to.have.members(
      [
        'version',
        'id',
        'languages.offered[3]',
        'country',
        'theme.primary',
        'theme.radius',
        'quickExit.href',
        'quickExit.shortcut',
        'helplines.include[0]',
        'checklist.set',
        'checklist.add[0].text',
        'checklist.someThreshold',
        'stories[0].heading.uk',
        'stories[0].consent.given',
        'strings.English',
        'strings.en.quickExit.label',
        'colour',
      ].filter((p) => p !== 'helplines.include[0]'),
    );
    const all = messages(campaign).join('\n');
    expect(all).to.contain('version must be 1');
    expect(all).to.contain(
      'country is "Poland": it should be a two-letter country code in capitals, like PL',
    );
    expect(all).to.contain(
      'quickExit.href is "javascript:alert(1)": it should be a web address starting with https://',
    );
    expect(all).to.contain(
      'quickExit.shortcut is "ctrl", which is not one of: shift, escape, none',
    );
    expect(all).to.contain(
      'stories[0].consent.given is "2026-02-30": it should be a date written YYYY-MM-DD',
    );
    expect(all).to.contain('colour is not a campaign field (check the spelling)');
    expect(all).to.contain('languages.offered[3] repeats "uk"');
    expect(all).to.contain('checklist.add[0].text is missing: an item needs its words');
  });

  it('gives each problem its path as keys and indexes, a key with dots kept whole', async () => {
    const campaign = await good();
    campaign.strings = { en: { 'quickExit.label': 5 } };
    campaign.stories[0].image = { src: 'https://img.example/a.jpg' };
    expect(validateCampaign(campaign).map((p) => p.path)).to.deep.equal([
      ['stories', 0, 'image', 'alt'],
      ['strings', 'en', 'quickExit.label'],
    ]);
  });

  it('checks rules across fields: default language offered, consent order, helpline ids, story ids', async () => {
    const campaign = await good();
    campaign.languages = { default: 'ar', offered: ['uk'] };
    campaign.helplines = { include: ['nope'] };
    campaign.stories.push({
      ...campaign.stories[0],
      consent: { given: '2026-05-01', expires: '2026-04-01' },
    });
    expect(messages(campaign)).to.deep.equal([
      'languages.default "ar" should also be in languages.offered',
      'helplines.include[0]: there is no helpline "nope" (check the id)',
      'stories[1].id repeats "olena"',
      'stories[1].consent.expires should be after consent.given',
    ]);
  });

  it('checks the print flags against the checklist the campaign shows, and their number', async () => {
    const campaign = await good();
    campaign.checklist = {
      set: 'job-offer',
      remove: ['offer-vague'],
      add: [{ id: 'own-flag', text: { en: 'Our own sign.' } }],
    };
    campaign.print.flags = ['offer-fee', 'own-flag', 'offer-vague', 'cannot-leave'];
    expect(messages(campaign)).to.deep.equal([
      'print.flags[2]: "offer-vague" is not an item of the campaign’s checklist (its set, less removed items, plus its own)',
      'print.flags[3]: "cannot-leave" is not an item of the campaign’s checklist (its set, less removed items, plus its own)',
    ]);
    campaign.print.flags = ['offer-fee', 'own-flag'];
    expect(messages(campaign)).to.deep.equal([
      'print.flags has 2 red flags: a poster shows 3 to 5',
    ]);
    // Without a set, the checklist's default set (job-offer) is the one printed.
    delete campaign.checklist;
    campaign.print.flags = ['offer-fee', 'offer-vague', 'offer-changes'];
    expect(messages(campaign)).to.deep.equal([]);
    campaign.print.flags = ['passport-kept', 'offer-vague', 'offer-changes'];
    expect(messages(campaign)).to.have.length(1);
  });

  it('keeps the print part when it is valid, and drops it whole with a problem', async () => {
    const campaign = await good();
    expect(parseCampaign(campaign).campaign?.print?.url).to.equal('https://agency.example/help');
    campaign.print.url = 'http://agency.example/';
    const parsed = parseCampaign(campaign);
    expect(parsed.campaign?.print).to.equal(undefined);
    expect(parsed.campaign?.stories).to.have.length(1);
  });

  it("checks the agency's own helpline records with the helplines validator, paths included", async () => {
    const campaign = await good();
    campaign.helplines = {
      custom: [
        {
          id: 'pl-own',
          country: 'PL',
          organisation: 'Agency',
          name: 'Our line',
          topics: ['trafficking'],
          channels: [{ type: 'phone', display: 'Call', href: 'javascript:alert(1)' }],
          source: 'https://agency.example/',
          lastVerified: '2026-11-01',
          confirmed: true,
        },
      ],
      include: ['pl-own'],
    };
    const found = validateCampaign(campaign);
    expect(found.map((p) => formatPath(p.path))).to.deep.equal([
      'helplines.custom[0].channels[0].href',
    ]);
    expect(found[0]!.message).to.contain('javascript:alert(1)');
  });
});

describe('parseCampaign: which parts are used', () => {
  it('uses nothing unless the campaign is an object of version 1', async () => {
    expect(parseCampaign('nope').campaign).to.equal(undefined);
    expect(parseCampaign({ ...(await good()), version: 2 }).campaign).to.equal(undefined);
  });

  it('drops a part with a problem whole, and keeps the rest', async () => {
    const campaign = await good();
    campaign.theme.primary = 'blue';
    const { campaign: used, problems } = parseCampaign(campaign);
    expect(problems).to.have.length(1);
    expect(used!.theme).to.equal(undefined);
    expect(used!.country).to.equal('PL');
    expect(used!.quickExit).to.deep.equal({ href: 'https://pogoda.example/', shortcut: 'escape' });
    expect(used!.defaultLanguage).to.equal('uk');
    expect(used!.strings).to.deep.equal({ en: { 'quickExit.label': 'Leave now' } });
  });

  it('drops only the stories, own helplines and own checklist items that have problems', async () => {
    const campaign = await good();
    campaign.stories.push({
      ...campaign.stories[0],
      id: 'bad',
      image: { src: 'https://img.example/x.jpg' },
    });
    campaign.stories.push({ ...campaign.stories[0], id: 'fine' });
    campaign.checklist.add = [{ id: 'ok', text: 'A real item' }, { id: 'broken' }];
    const { campaign: used } = parseCampaign(campaign);
    expect(used!.stories!.map((s) => s.id)).to.deep.equal(['olena', 'fine']);
    expect(used!.checklist!.add!.map((i) => i.id)).to.deep.equal(['ok']);
    expect(used!.checklist!.set).to.equal('job-offer');
  });
});
