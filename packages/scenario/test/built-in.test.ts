import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { loadScenarioStrings, scenarioLanguages } from '@shieldkit/locales/scenarios.js';
import {
  BUILT_IN_SCENARIO_IDS,
  builtInScenario,
  builtInScenarioKeys,
  validateScenario,
} from '../src/index.js';

/** The widget's own words in the scenario files (`ui.*`). */
const uiKeys = (texts: Readonly<Record<string, string>>) =>
  Object.keys(texts).filter((key) => key.startsWith('ui.'));

describe('built-in scenarios', () => {
  it('ships job-offer-online, transit-offer and responder-shelter', () => {
    expect(BUILT_IN_SCENARIO_IDS).to.deep.equal([
      'job-offer-online',
      'transit-offer',
      'responder-shelter',
    ]);
  });

  for (const id of BUILT_IN_SCENARIO_IDS) {
    it(`${id}: valid, 5 to 12 steps, at least two endings, sources cited, English complete`, async () => {
      const en = (await loadScenarioStrings('en'))!;
      const scenario = builtInScenario(id, en);
      expect(validateScenario(scenario)).to.deep.equal([]);
      const nodes = Object.values(scenario.nodes);
      expect(nodes.length).to.be.within(5, 12);
      expect(nodes.filter((node) => node.end).length).to.be.at.least(2);
      expect(nodes.some((node) => node.end === 'safer')).to.equal(true);
      expect(scenario.sources!.length).to.be.at.least(2);
      const missing = builtInScenarioKeys(id).filter((key) => !en[key]?.trim());
      expect(missing).to.deep.equal([]);
      // Every choice explains itself, and the texts hold no typed digits (numbers are words).
      for (const key of builtInScenarioKeys(id)) expect(en[key], key).not.to.match(/\p{Nd}/u);
    });
  }

  it('the English file has exactly the keys the scenarios and the widget use, nothing stale', async () => {
    const en = (await loadScenarioStrings('en'))!;
    const used = new Set([...BUILT_IN_SCENARIO_IDS.flatMap(builtInScenarioKeys), ...uiKeys(en)]);
    expect(Object.keys(en).filter((key) => !used.has(key))).to.deep.equal([]);
  });

  for (const code of scenarioLanguages.filter((code) => code !== 'en')) {
    it(`${code}: the same keys as English, the same placeholders, no HTML and no typed digits`, async () => {
      const en = (await loadScenarioStrings('en'))!;
      const texts = (await loadScenarioStrings(code))!;
      expect(Object.keys(texts).sort()).to.deep.equal(Object.keys(en).sort());
      const placeholders = (text: string) => (text.match(/\{\{[^}]*\}\}/g) ?? []).sort();
      for (const [key, text] of Object.entries(texts)) {
        expect(placeholders(text), key).to.deep.equal(placeholders(en[key]!));
        expect(text, key).not.to.match(/<\/?[a-z!][^>]*>/i);
        expect(text.replace(/\{\{[^}]*\}\}/g, ''), key).not.to.match(/\p{Nd}/u);
        expect(text.trim(), key).not.to.equal('');
      }
    });
  }
});
