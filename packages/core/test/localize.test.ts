import '../test/support/safety-guard.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { campaignContext } from '../src/campaign-context.js';
import type { CampaignSettings } from '../src/campaign.js';
import { ensureLanguage, i18n, pickLanguage } from '../src/localize/i18n.js';
import { collectShieldErrors, spyConsole } from './support/console-spy.js';
import { holdLanguage } from './support/hold-language.js';
import './support/test-element.js';
import type { ShieldTestElement } from './support/test-element.js';

const EN = 'Exit this page';
const AR = 'الخروج من هذه الصفحة';
const UK = 'Вийти з цієї сторінки';
const ES = 'Salir de esta página';

const shows = (el: ShieldTestElement, text: string) =>
  waitUntil(() => el.text === text, `expected "${text}", saw "${el.text}"`);

describe('localization', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  describe('language resolution', () => {
    it('shows English by default, left to right', async () => {
      const el = await fixture<ShieldTestElement>(
        html`<shield-test-element></shield-test-element>`,
      );
      expect(el.text).to.equal(EN);
      expect(el.shownDir).to.equal('ltr');
    });

    it("uses the element's own lang", async () => {
      const el = await fixture<ShieldTestElement>(
        html`<shield-test-element lang="uk"></shield-test-element>`,
      );
      await shows(el, UK);
    });

    it('uses the nearest ancestor lang, also across a shadow root', async () => {
      const host = await fixture(html`<section lang="uk"><div></div></section>`);
      const shadow = host.querySelector('div')!.attachShadow({ mode: 'open' });
      const el = document.createElement('shield-test-element');
      shadow.append(el);
      await shows(el, UK);
    });

    it('uses <html lang> when nothing closer says', async () => {
      document.documentElement.lang = 'ar';
      const el = await fixture<ShieldTestElement>(
        html`<shield-test-element></shield-test-element>`,
      );
      await shows(el, AR);
      expect(el.shownDir).to.equal('rtl');
    });

    it("uses the campaign's default language when no lang is set anywhere", async () => {
      document.documentElement.removeAttribute('lang');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      new ContextProvider(wrapper, {
        context: campaignContext,
        initialValue: { defaultLanguage: 'uk' },
      });
      const el = document.createElement('shield-test-element');
      wrapper.append(el);
      await shows(el, UK);
    });

    it('falls back from a region to its language, then to English', () => {
      expect(pickLanguage('uk-UA')).to.deep.equal({ language: 'uk', supported: true });
      expect(pickLanguage('ar_EG')).to.deep.equal({ language: 'ar', supported: true });
      expect(pickLanguage('zz-ZZ')).to.deep.equal({ language: 'en', supported: false });
    });

    it('reads Dari (prs) as fa-AF and Pashto (pbt, pbu) as ps; Rohingya (rhg) is not served yet', () => {
      expect(pickLanguage('prs')).to.deep.equal({ language: 'fa-AF', supported: true });
      expect(pickLanguage('prs-AF')).to.deep.equal({ language: 'fa-AF', supported: true });
      expect(pickLanguage('fa-af')).to.deep.equal({ language: 'fa-AF', supported: true });
      expect(pickLanguage('fa-IR')).to.deep.equal({ language: 'fa', supported: true });
      expect(pickLanguage('pbt')).to.deep.equal({ language: 'ps', supported: true });
      expect(pickLanguage('pbu-PK')).to.deep.equal({ language: 'ps', supported: true });
      expect(pickLanguage('rhg')).to.deep.equal({ language: 'en', supported: false });
    });

    it('lang="prs" shows the Dari file, right to left, with Afghan words', async () => {
      const el = await fixture<ShieldTestElement>(
        html`<shield-test-element lang="prs"></shield-test-element>`,
      );
      await shows(el, 'خروج از این صفحه');
      expect(el.shadowRoot!.querySelector('p')!.lang).to.equal('fa-AF');
      expect(el.shownDir).to.equal('rtl');
      // The Dari file says پولیس and تذکره where the Iranian file says پلیس and کارت شناسایی.
      const police = i18n.getFixedT('fa-AF')('checklist.items.police-threat');
      expect(police).to.contain('پولیس').and.not.contain('پلیس');
    });

    it('writes counts in the digits Intl.NumberFormat uses for the locale', async () => {
      for (const lang of ['fa', 'bn', 'ar', 'uk']) {
        const el = await fixture<ShieldTestElement>(
          html`<shield-test-element lang=${lang}></shield-test-element>`,
        );
        await waitUntil(
          () => el.shadowRoot?.querySelector('p')?.lang === lang,
          `${lang} never loaded`,
        );
        const three = new Intl.NumberFormat(lang).format(3);
        const text = el.pressMore(3);
        expect(text, lang).to.contain(three);
        const own = new Intl.NumberFormat(lang, { useGrouping: false }).format(1234567890);
        const foreign = (text.match(/\p{Nd}/gu) ?? []).filter((digit) => !own.includes(digit));
        expect(foreign, `${lang}: "${text}"`).to.deep.equal([]);
      }
      // A region variant keeps its own numbering system: Egypt's Arabic-Indic digits.
      const eg = await fixture<ShieldTestElement>(
        html`<shield-test-element lang="ar-EG"></shield-test-element>`,
      );
      const egyptian = new Intl.NumberFormat('ar-EG').format(3);
      await waitUntil(() => eg.pressMore(3).includes(egyptian), `never "${egyptian}"`);
      expect(egyptian).to.match(/[٠-٩]/);
    });

    it('shows English with one warning and a shield-error for a language we do not ship', async () => {
      const warnings = spyConsole('warn');
      const errors = collectShieldErrors();
      try {
        const el = await fixture<ShieldTestElement>(
          html`<shield-test-element lang="tlh"></shield-test-element>`,
        );
        await fixture<ShieldTestElement>(
          html`<shield-test-element lang="tlh"></shield-test-element>`,
        );
        expect(el.text).to.equal(EN);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('"tlh"');
        expect(errors.codes).to.deep.equal(['unknown-language']);
      } finally {
        warnings.restore();
        errors.stop();
      }
    });

    it('warns and keeps English when a language file cannot be loaded', async () => {
      const warnings = spyConsole('warn');
      const errors = collectShieldErrors();
      try {
        const ok = await ensureLanguage('xx-broken', document, () =>
          Promise.reject(new Error('offline')),
        );
        expect(ok).to.equal(false);
        expect(warnings.messages.join()).to.contain('"xx-broken" could not be loaded');
        expect(errors.codes).to.deep.equal(['locale-load-failed']);
      } finally {
        warnings.restore();
        errors.stop();
      }
    });

    it('never touches the global i18next: Shieldkit has its own instance', async () => {
      const global = await import('i18next');
      expect(i18n).not.to.equal(global.default);
      expect(i18n.hasResourceBundle('uk', 'translation')).to.equal(true);
      // The page's default instance was never initialised, so it has no store at all.
      expect(global.default.store).to.equal(undefined);
    });
  });

  describe('while the reader’s language loads', () => {
    it('shows the light-DOM fallback and matches :state(loading), never English first', async () => {
      // Spanish: no other test in this file loads it, so it is certainly not here yet.
      const release = holdLanguage('es');
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
      const el = document.createElement('shield-test-element');
      el.textContent = 'Fallback written by the page';
      const seen: (string | undefined)[] = [];
      try {
        wrapper.append(el);
        await el.updateComplete;
        seen.push(el.text);
        const slot = el.shadowRoot!.querySelector('slot')!;
        expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal([
          'Fallback written by the page',
        ]);
        expect(el.matches(':state(loading)')).to.equal(true);
      } finally {
        release();
      }
      await shows(el, ES);
      expect(el.matches(':state(loading)')).to.equal(false);
      expect(seen).not.to.include(EN);
    });
  });

  describe('changes at runtime', () => {
    it('re-renders when <html lang> changes', async () => {
      const el = await fixture<ShieldTestElement>(
        html`<shield-test-element></shield-test-element>`,
      );
      document.documentElement.lang = 'uk';
      await shows(el, UK);
      document.documentElement.lang = 'en';
      await shows(el, EN);
    });

    it("re-renders when the element's lang changes, and direction follows", async () => {
      const el = await fixture<ShieldTestElement>(
        html`<shield-test-element></shield-test-element>`,
      );
      el.lang = 'ar';
      await shows(el, AR);
      expect(el.shownDir).to.equal('rtl');
      el.removeAttribute('lang');
      await shows(el, EN);
      expect(el.shownDir).to.equal('ltr');
    });
  });

  describe('plurals and Intl', () => {
    it('uses each language’s plural categories', async () => {
      const el = await fixture<ShieldTestElement>(
        html`<shield-test-element lang="uk"></shield-test-element>`,
      );
      await shows(el, UK);
      expect(el.pressMore(1)).to.equal('Shift: натисніть ще 1 раз, щоб вийти');
      expect(el.pressMore(2)).to.equal('Shift: натисніть ще 2 рази, щоб вийти');
      expect(el.pressMore(5)).to.equal('Shift: натисніть ще 5 разів, щоб вийти');
      el.lang = 'ar';
      await shows(el, AR);
      expect(el.pressMore(2)).to.equal('Shift: الضغط مرتين أخريين للخروج');
    });
  });

  describe('overrides', () => {
    it('apply in the order defaults < campaign < strings property < attribute', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const provider = new ContextProvider(wrapper, {
        context: campaignContext,
        initialValue: undefined as CampaignSettings | undefined,
      });
      const el = document.createElement('shield-test-element');
      wrapper.append(el);
      await el.updateComplete;
      expect(el.text).to.equal(EN);

      provider.setValue({ strings: { en: { 'quickExit.label': 'Campaign text' } } });
      await waitUntil(() => el.text === 'Campaign text');

      el.strings = { 'quickExit.label': 'Property text' };
      await el.updateComplete;
      expect(el.text).to.equal('Property text');

      el.label = 'Attribute text';
      await el.updateComplete;
      expect(el.text).to.equal('Attribute text');

      el.label = undefined;
      el.strings = undefined;
      await el.updateComplete;
      expect(el.text).to.equal('Campaign text');
    });

    it('warns once about an override for a string that does not exist', async () => {
      const warnings = spyConsole('warn');
      try {
        const el = await fixture<ShieldTestElement>(
          html`<shield-test-element></shield-test-element>`,
        );
        el.strings = { 'quickExit.lable': 'typo' };
        await el.updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('"quickExit.lable"');
        expect(el.text).to.equal(EN);
      } finally {
        warnings.restore();
      }
    });
  });
});
