import '../../core/test/support/safety-guard.js';
import { expectTokenUse } from '../../core/test/support/tokens.js';
import { styles } from '../src/quick-exit.styles.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { collectShieldErrors, spyConsole } from '../../core/test/support/console-spy.js';
import { renderedFixture } from '../../core/test/support/rendered.js';
import { DEFAULT_EXIT_URL, type ShieldQuickExit } from '../src/index.js';
// The navigation seam is internal (not exported by the package): tests reach it by path.
import { restorePage, setNavigation } from '../src/exit.js';
import '../src/define.js';

const SAFE = 'https://weather.example/';

/** What the fake navigation saw at the moment the page asked to leave. */
interface Departure {
  how: 'replace' | 'new-tab';
  url: string;
  hidden: string;
  title: string;
  overlay: string | null | undefined;
  referrerPolicy: string | undefined;
}
let departures: Departure[] = [];

function snapshot(how: Departure['how'], url: string): Departure {
  const overlay = document.querySelector('[data-shield-exit-overlay]');
  return {
    how,
    url,
    hidden: getComputedStyle(document.documentElement).visibility,
    title: document.title,
    overlay: overlay && `${overlay.getAttribute('role')}:${overlay.textContent}`,
    referrerPolicy: document.querySelector<HTMLMetaElement>('meta[name=referrer]')?.content,
  };
}

const button = (el: ShieldQuickExit) =>
  el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=button]')!;
const status = (el: ShieldQuickExit) =>
  el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
const litLights = (el: ShieldQuickExit) =>
  el.shadowRoot!.querySelectorAll('.light[data-on]').length;
const pressShift = (key: 'ShiftLeft' | 'ShiftRight' = 'ShiftLeft') => sendKeys({ press: key });
/** A Shift press dispatched at once, in the current task (sendKeys takes longer than a first render). */
const shiftOnce = () => {
  for (const type of ['keydown', 'keyup'])
    document.dispatchEvent(new KeyboardEvent(type, { key: 'Shift', code: 'ShiftLeft' }));
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => {
  departures = [];
  document.title = 'Test page';
  setNavigation({
    replace: (url) => void departures.push(snapshot('replace', url)),
    openInNewTab: (url) => void departures.push(snapshot('new-tab', url)),
  });
});

afterEach(() => {
  restorePage();
  setNavigation();
});

describe('<shield-quick-exit>', () => {
  describe('Defaults', () => {
    it('renders a link styled as a button with a hidden "Emergency" prefix', async () => {
      const el = await fixture<ShieldQuickExit>(html`<shield-quick-exit></shield-quick-exit>`);
      const link = button(el);
      expect(link.localName).to.equal('a');
      expect(link.getAttribute('href')).to.equal(DEFAULT_EXIT_URL);
      expect(link.rel).to.equal('nofollow noreferrer');
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Emergency Exit this page');
      expect(link.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('Emergency');
      expect(el.position).to.equal('inline');
      expect(el.shadowRoot!.querySelectorAll('.light')).to.have.length(3);
    });

    it('is a touch target of at least 44×44 CSS pixels', async () => {
      const el = await fixture<ShieldQuickExit>(html`<shield-quick-exit></shield-quick-exit>`);
      const box = button(el).getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
    });

    it('is hidden when printed', async () => {
      const el = await fixture<ShieldQuickExit>(html`<shield-quick-exit></shield-quick-exit>`);
      const rules = (el.shadowRoot!.adoptedStyleSheets ?? []).flatMap((sheet) => [
        ...sheet.cssRules,
      ]);
      const print = rules.find(
        (rule) => rule instanceof CSSMediaRule && rule.conditionText === 'print',
      ) as CSSMediaRule;
      expect(print.cssText).to.contain(':host').and.to.contain('display: none');
    });
  });

  describe('Properties', () => {
    it('uses an https or http href', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit href=${SAFE}></shield-quick-exit>`,
      );
      expect(button(el).href).to.equal(SAFE);
      el.href = 'http://news.example/today';
      await el.updateComplete;
      expect(button(el).href).to.equal('http://news.example/today');
    });

    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,hi',
      '/relative/path',
      'ftp://files.example/',
    ]) {
      it(`refuses href="${bad}" with a console error, a shield-error and the default`, async () => {
        const errors = spyConsole('error');
        const events = collectShieldErrors();
        try {
          const el = await fixture<ShieldQuickExit>(
            html`<shield-quick-exit href=${bad}></shield-quick-exit>`,
          );
          expect(button(el).getAttribute('href')).to.equal(DEFAULT_EXIT_URL);
          expect(errors.messages).to.have.length(1);
          expect(errors.messages[0]).to.contain(bad).and.to.contain(DEFAULT_EXIT_URL);
          expect(events.codes).to.deep.equal(['invalid-href']);
        } finally {
          errors.restore();
          events.stop();
        }
      });
    }

    it('reflects position, falls back to inline for an unknown one', async () => {
      const errors = spyConsole('error');
      try {
        const el = await fixture<ShieldQuickExit>(
          html`<shield-quick-exit position="top"></shield-quick-exit>`,
        );
        expect(getComputedStyle(el).position).to.equal('sticky');
        el.setAttribute('position', 'middle');
        await el.updateComplete;
        await el.updateComplete;
        expect(el.position).to.equal('inline');
        expect(getComputedStyle(el).position).to.equal('static');
        expect(errors.messages[0]).to.contain('position "middle"');
      } finally {
        errors.restore();
      }
    });

    it('a bottom bar sticks to the bottom; top and bottom bars keep focused content clear with scroll padding', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit position="bottom"></shield-quick-exit>`,
      );
      expect(getComputedStyle(el).insetBlockEnd).to.equal('0px');
      await waitUntil(() => document.documentElement.style.scrollPaddingBlockEnd !== '');
      expect(parseFloat(document.documentElement.style.scrollPaddingBlockEnd)).to.equal(
        Math.ceil(el.offsetHeight),
      );
      el.remove();
      expect(document.documentElement.style.scrollPaddingBlockEnd).to.equal('');
    });

    it('uses the href of its fallback link when it has no href of its own', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit
          ><a href="https://fallback.example/">Exit this page</a></shield-quick-exit
        >`,
      );
      expect(button(el).href).to.equal('https://fallback.example/');
    });

    it('label overrides the button text', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit label="Leave now"></shield-quick-exit>`,
      );
      expect(button(el).textContent).to.contain('Leave now');
    });

    it('safety-info shows an honest note, with a link only when safety-href is http(s)', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit safety-info></shield-quick-exit>`,
      );
      const note = el.shadowRoot!.querySelector('[part=safety-info]')!;
      expect(note.textContent).to.contain('does not delete your browsing history');
      expect(note.querySelector('a')).to.equal(null);
      el.safetyHref = 'javascript:alert(1)';
      await el.updateComplete;
      expect(note.querySelector('a')).to.equal(null);
      el.safetyHref = 'https://agency.example/safety';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=safety-link]')!.href).to.equal(
        'https://agency.example/safety',
      );
    });
  });

  describe('Several exits and slow languages', () => {
    it('is a working exit at once while the reader’s language loads (never only the fallback link)', async () => {
      const el = document.createElement('shield-quick-exit');
      el.setAttribute('lang', 'ro');
      el.setAttribute('href', SAFE);
      el.append(Object.assign(document.createElement('a'), { href: SAFE, textContent: 'Exit' }));
      (await fixture(html`<div></div>`)).append(el);
      // Record every state of the shadow root from before the first render.
      const states: string[] = [];
      new MutationObserver(() =>
        states.push(el.shadowRoot!.querySelector('[part=button]') ? 'button' : 'fallback'),
      ).observe(el.shadowRoot!, { childList: true, subtree: true });
      await waitUntil(() => button(el)?.textContent?.includes('Ieșiți'), 'Romanian never arrived');
      expect(states.length).to.be.greaterThan(0);
      expect(states).not.to.include('fallback');
    });

    it('two sticky bars keep the page’s scroll padding at the taller one, and give the page’s own value back', async () => {
      document.documentElement.style.setProperty('scroll-padding-block-start', '7px');
      try {
        const wrapper = await fixture(
          html`<div>
            <shield-quick-exit position="top"></shield-quick-exit>
            <shield-quick-exit position="top" safety-info></shield-quick-exit>
          </div>`,
        );
        const [short, tall] = [...wrapper.querySelectorAll('shield-quick-exit')];
        const padding = () =>
          document.documentElement.style.getPropertyValue('scroll-padding-block-start');
        await waitUntil(() => padding() === `${Math.ceil(tall!.getBoundingClientRect().height)}px`);
        tall!.remove();
        await waitUntil(
          () => padding() === `${Math.ceil(short!.getBoundingClientRect().height)}px`,
        );
        short!.remove();
        expect(padding()).to.equal('7px');
      } finally {
        document.documentElement.style.removeProperty('scroll-padding-block-start');
      }
    });

    it('with several exits on the page, only the first announces the shortcut', async () => {
      const wrapper = await renderedFixture(
        html`<div>
          <shield-quick-exit href=${SAFE}></shield-quick-exit
          ><shield-quick-exit href=${SAFE}></shield-quick-exit>
        </div>`,
      );
      const [first, second] = [...wrapper.querySelectorAll('shield-quick-exit')];
      await pressShift();
      await first!.updateComplete;
      await second!.updateComplete;
      expect(status(first!)).to.equal('Shift: press 2 more times to exit');
      expect(status(second!)).to.equal('');
      expect(litLights(second!)).to.equal(1);
    });

    it('a shortcut named like an object property ("toString") is refused, and Shift ×3 still exits', async () => {
      const errors = spyConsole('error');
      try {
        await fixture(
          html`<shield-quick-exit shortcut="toString" href=${SAFE}></shield-quick-exit>`,
        );
        expect(errors.messages[0]).to.contain('shortcut "toString"');
        await pressShift();
        await pressShift();
        await pressShift();
        expect(departures).to.have.length(1);
      } finally {
        errors.restore();
      }
    });
  });

  describe('Removing attributes', () => {
    it('removing position or shortcut goes back to the defaults, without an error', async () => {
      const errors = spyConsole('error');
      try {
        const el = await fixture<ShieldQuickExit>(
          html`<shield-quick-exit
            position="top"
            shortcut="escape"
            href=${SAFE}
          ></shield-quick-exit>`,
        );
        el.removeAttribute('position');
        el.removeAttribute('shortcut');
        await el.updateComplete;
        expect(el.position).to.equal('inline');
        expect(el.shadowRoot!.querySelectorAll('.light'), 'Shift ×3 again').to.have.length(3);
        expect(getComputedStyle(el).position).to.equal('static');
        expect(errors.messages).to.deep.equal([]);
        await pressShift();
        await pressShift();
        await pressShift();
        expect(departures).to.have.length(1);
      } finally {
        errors.restore();
      }
    });
  });

  describe('Slots: the no-JavaScript fallback', () => {
    it('hides the light-DOM link once upgraded (the shadow link replaces it)', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit href=${SAFE}
          ><a href=${SAFE}>Exit this page</a></shield-quick-exit
        >`,
      );
      expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
      expect(button(el).getClientRects().length).to.be.greaterThan(0);
    });

    // The page without the script, and the real navigation, are in quick-exit.navigation.test.ts.
  });

  describe('Events', () => {
    it('fires a cancelable shield-exit carrying only how it was triggered', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit href=${SAFE}></shield-quick-exit>`,
      );
      setTimeout(() => button(el).click());
      const event = (await oneEvent(document, 'shield-exit')) as CustomEvent;
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ trigger: 'activation' });
    });

    it('the embedding page can cancel the exit: nothing is hidden and nobody navigates', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit href=${SAFE}></shield-quick-exit>`,
      );
      const cancel = (event: Event) => event.preventDefault();
      document.addEventListener('shield-exit', cancel, { once: true });
      button(el).click();
      expect(departures).to.deep.equal([]);
      expect(getComputedStyle(document.documentElement).visibility).to.equal('visible');
      expect(document.title).to.equal('Test page');
    });
  });

  describe('Exit', () => {
    it('hides the whole page, blanks the title and shows a loading alert before it navigates with replace()', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit href=${SAFE}></shield-quick-exit>`,
      );
      button(el).click();
      expect(departures).to.deep.equal([
        {
          how: 'replace',
          url: SAFE,
          hidden: 'hidden',
          title: '',
          overlay: 'alert:Loading…',
          referrerPolicy: 'no-referrer',
        },
      ]);
    });

    it('Enter on the focused button exits', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit href=${SAFE}></shield-quick-exit>`,
      );
      button(el).focus();
      await sendKeys({ press: 'Enter' });
      expect(departures.map((d) => d.how)).to.deep.equal(['replace']);
    });

    it('new-tab also opens the destination in a new tab, then replaces this page', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit new-tab href=${SAFE}></shield-quick-exit>`,
      );
      button(el).click();
      expect(departures.map((d) => `${d.how} ${d.url}`)).to.deep.equal([
        `new-tab ${SAFE}`,
        `replace ${SAFE}`,
      ]);
    });

    it('a second activation during the exit does nothing', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit href=${SAFE}></shield-quick-exit>`,
      );
      button(el).click();
      el.exit();
      expect(departures).to.have.length(1);
    });

    it('a page restored from the back/forward cache is shown again', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit href=${SAFE}></shield-quick-exit>`,
      );
      button(el).click();
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      expect(getComputedStyle(document.documentElement).visibility).to.equal('visible');
      expect(document.querySelector('[data-shield-exit-overlay]')).to.equal(null);
      expect(document.title).to.equal('Test page');
    });
  });

  describe('Keyboard shortcut', () => {
    it('works from the moment it upgrades: before the first render, "none" is none and Shift ×3 goes to the page’s href', async () => {
      const wrapper = await fixture(html`<div></div>`);
      const off = document.createElement('shield-quick-exit');
      off.setAttribute('shortcut', 'none');
      off.setAttribute('href', SAFE);
      wrapper.append(off);
      expect(off.hasUpdated, 'rendered already').to.equal(false);
      shiftOnce();
      shiftOnce();
      shiftOnce();
      expect(departures).to.deep.equal([]);
      await off.updateComplete;
      off.remove();

      const on = document.createElement('shield-quick-exit');
      on.setAttribute('href', SAFE);
      wrapper.append(on);
      expect(on.hasUpdated, 'rendered already').to.equal(false);
      shiftOnce();
      shiftOnce();
      shiftOnce();
      expect(departures.map((departure) => departure.url)).to.deep.equal([SAFE]);
    });

    it('before the first render: a shortcut changed to "none" is none at once, and presses made with the same shortcut still count after it', async () => {
      const wrapper = await fixture(html`<div></div>`);
      const changed = document.createElement('shield-quick-exit');
      changed.setAttribute('href', SAFE);
      wrapper.append(changed);
      shiftOnce();
      changed.setAttribute('shortcut', 'none');
      expect(changed.hasUpdated, 'rendered already').to.equal(false);
      shiftOnce();
      shiftOnce();
      await changed.updateComplete;
      expect(departures).to.deep.equal([]);
      changed.remove();

      const kept = document.createElement('shield-quick-exit');
      kept.setAttribute('href', SAFE);
      kept.setAttribute('shortcut', 'shift');
      wrapper.append(kept);
      shiftOnce();
      shiftOnce();
      expect(kept.hasUpdated, 'rendered already').to.equal(false);
      await kept.updateComplete;
      expect(status(kept)).to.equal('Shift: press 1 more time to exit');
      shiftOnce();
      expect(departures.map((departure) => departure.url)).to.deep.equal([SAFE]);
    });

    it('Shift pressed three times exits, announcing progress', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit href=${SAFE}></shield-quick-exit>`,
      );
      await pressShift();
      await el.updateComplete;
      expect(status(el)).to.equal('Shift: press 2 more times to exit');
      expect(litLights(el)).to.equal(1);
      await pressShift();
      await el.updateComplete;
      expect(status(el)).to.equal('Shift: press 1 more time to exit');
      expect(litLights(el)).to.equal(2);
      expect(departures).to.deep.equal([]);
      await pressShift();
      expect(departures.map((d) => `${d.how} ${d.url}`)).to.deep.equal([`replace ${SAFE}`]);
    });

    it('left and right Shift count alike', async () => {
      await fixture<ShieldQuickExit>(html`<shield-quick-exit href=${SAFE}></shield-quick-exit>`);
      await pressShift('ShiftLeft');
      await pressShift('ShiftRight');
      await pressShift('ShiftLeft');
      expect(departures).to.have.length(1);
    });

    it('Shift used as a modifier (Shift+A) does not count and resets', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit href=${SAFE}></shield-quick-exit>`,
      );
      await pressShift();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'KeyA' });
      await sendKeys({ up: 'Shift' });
      await pressShift();
      await pressShift();
      await el.updateComplete;
      expect(departures).to.deep.equal([]);
      expect(status(el)).to.equal('Shift: press 1 more time to exit');
    });

    it('any other key resets the count', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit href=${SAFE}></shield-quick-exit>`,
      );
      await pressShift();
      await pressShift();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(status(el)).to.equal('');
      expect(litLights(el)).to.equal(0);
      await pressShift();
      expect(departures).to.deep.equal([]);
    });

    it('times out 5 seconds after the last press, and says so', async function () {
      this.timeout(9000);
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit href=${SAFE}></shield-quick-exit>`,
      );
      await pressShift();
      await sleep(3000);
      await pressShift(); // restarts the 5 s window
      await sleep(3000);
      await el.updateComplete;
      expect(status(el)).to.equal('Shift: press 1 more time to exit');
      await sleep(2200);
      await el.updateComplete;
      expect(status(el)).to.equal('Shortcut reset. To exit, press Shift 3 times.');
      await pressShift();
      expect(departures).to.deep.equal([]);
    });

    it('one document listener serves every instance, and only one exit happens', async () => {
      const added: string[] = [];
      const original = document.addEventListener;
      document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
        if (type === 'keydown' || type === 'keyup') added.push(type);
        return (original as (...args: unknown[]) => void).call(this, type, ...rest);
      } as typeof document.addEventListener;
      try {
        const wrapper = await renderedFixture(
          html`<div>
            <shield-quick-exit href=${SAFE}></shield-quick-exit
            ><shield-quick-exit href=${SAFE}></shield-quick-exit>
          </div>`,
        );
        expect(wrapper.querySelectorAll('shield-quick-exit')).to.have.length(2);
      } finally {
        document.addEventListener = original;
      }
      expect(added.length).to.be.at.most(2);
      await pressShift();
      await pressShift();
      await pressShift();
      expect(departures).to.have.length(1);
    });

    it('escape mode: Esc twice within 1 s exits; Shift does nothing', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit shortcut="escape" href=${SAFE}></shield-quick-exit>`,
      );
      await pressShift();
      await pressShift();
      await pressShift();
      expect(departures).to.deep.equal([]);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(status(el)).to.equal('Esc: press 1 more time to exit');
      await sendKeys({ press: 'Escape' });
      expect(departures).to.have.length(1);
    });

    it('escape mode: Esc twice more than 1 s apart does not exit', async () => {
      await fixture<ShieldQuickExit>(
        html`<shield-quick-exit shortcut="escape" href=${SAFE}></shield-quick-exit>`,
      );
      await sendKeys({ press: 'Escape' });
      await sleep(1200);
      await sendKeys({ press: 'Escape' });
      expect(departures).to.deep.equal([]);
    });

    it('escape mode: Esc while typing in a text field does not count', async () => {
      // Rendered first, like a page the reader has been on for a moment.
      const wrapper = await renderedFixture(
        html`<div>
          <label>Name <input type="text" /></label>
          <shield-quick-exit shortcut="escape" href=${SAFE}></shield-quick-exit>
        </div>`,
      );
      wrapper.querySelector('input')!.focus();
      await sendKeys({ type: 'abc' });
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      expect(departures).to.deep.equal([]);
    });

    it('shortcut="none" turns the shortcut and the lights off', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit shortcut="none" href=${SAFE}></shield-quick-exit>`,
      );
      expect(el.shadowRoot!.querySelector('[part=indicator]')).to.equal(null);
      await pressShift();
      await pressShift();
      await pressShift();
      expect(departures).to.deep.equal([]);
    });
  });

  describe('Accessibility', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const lang = dir === 'rtl' ? 'ar' : 'en';
      const states: [string, ReturnType<typeof html>][] = [
        ['inline', html`<shield-quick-exit lang=${lang}></shield-quick-exit>`],
        ['top bar', html`<shield-quick-exit lang=${lang} position="top"></shield-quick-exit>`],
        [
          'bottom bar',
          html`<shield-quick-exit lang=${lang} position="bottom"></shield-quick-exit>`,
        ],
        [
          'with safety info',
          html`<shield-quick-exit
            lang=${lang}
            safety-info
            safety-href="https://agency.example/"
          ></shield-quick-exit>`,
        ],
        [
          'escape mode',
          html`<shield-quick-exit lang=${lang} shortcut="escape"></shield-quick-exit>`,
        ],
      ];
      for (const [name, template] of states) {
        it(`is accessible (${name}, ${dir})`, async () => {
          const page = await renderedFixture(
            html`<main dir=${dir} lang=${lang}>${template}</main>`,
          );
          const el = page.querySelector('shield-quick-exit')!;
          if (lang === 'ar') await waitUntil(() => button(el)?.textContent?.includes('الخروج'));
          await expect(page).to.be.accessible();
        });
      }

      it(`is accessible while the shortcut is in progress (${dir})`, async () => {
        const page = await renderedFixture(
          html`<main dir=${dir} lang=${lang}><shield-quick-exit></shield-quick-exit></main>`,
        );
        const el = page.querySelector('shield-quick-exit')!;
        if (lang === 'ar') await waitUntil(() => button(el)?.textContent?.includes('الخروج'));
        await pressShift();
        await el.updateComplete;
        expect(status(el)).not.to.equal('');
        await expect(page).to.be.accessible();
      });
    }

    it('the status region exists before anything is announced, and the lights are hidden from screen readers', async () => {
      const el = await fixture<ShieldQuickExit>(html`<shield-quick-exit></shield-quick-exit>`);
      expect(el.shadowRoot!.querySelector('[role=status]')).not.to.equal(null);
      expect(
        el.shadowRoot!.querySelector('[part=indicator]')!.getAttribute('aria-hidden'),
      ).to.equal('true');
    });

    it('keyboard users reach it with Tab and see a focus ring', async () => {
      const wrapper = await renderedFixture(
        html`<div><button>before</button><shield-quick-exit></shield-quick-exit></div>`,
      );
      const el = wrapper.querySelector('shield-quick-exit')!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el));
      expect(getComputedStyle(button(el)).outlineStyle).to.equal('solid');
    });
  });

  describe('i18n and RTL', () => {
    it('Arabic: translated text, the prefix, right to left, and mirrored layout', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit lang="ar" safety-info></shield-quick-exit>`,
      );
      await waitUntil(() => button(el)?.textContent?.includes('الخروج من هذه الصفحة'));
      expect(button(el).textContent!.trim()).to.equal('طوارئ الخروج من هذه الصفحة');
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
      expect(base.dir).to.equal('rtl');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      const note = el.shadowRoot!.querySelector('[part=safety-info]')!;
      expect(note.textContent).to.contain('هذا الزر لا يحذف سجل التصفح');
    });

    it('Ukrainian: progress announcements use Ukrainian plurals', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit lang="uk"></shield-quick-exit>`,
      );
      await waitUntil(() => button(el)?.textContent?.includes('Вийти з цієї сторінки'));
      await pressShift();
      await el.updateComplete;
      expect(status(el)).to.equal('Shift: натисніть ще 2 рази, щоб вийти');
    });

    it('the loading overlay speaks the reader’s language', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit lang="ar" href=${SAFE}></shield-quick-exit>`,
      );
      await waitUntil(() => button(el)?.textContent?.includes('الخروج'));
      button(el).click();
      expect(departures[0]!.overlay).to.equal('alert:جارٍ التحميل…');
      const overlay = document.querySelector<HTMLElement>('[data-shield-exit-overlay]')!;
      expect([overlay.lang, overlay.dir]).to.deep.equal(['ar', 'rtl']);
    });
  });

  describe('Safety', () => {
    it('its stylesheet reads only global tokens, its own hooks (with fallbacks) and private properties', () => {
      expectTokenUse('quick-exit', styles);
    });

    it('exiting leaves no cookie, storage or URL trace and requests nothing', async () => {
      const el = await fixture<ShieldQuickExit>(
        html`<shield-quick-exit href=${SAFE}></shield-quick-exit>`,
      );
      const url = location.href;
      button(el).click();
      expect(document.cookie).to.equal('');
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      expect(location.href).to.equal(url);
      // The safety guard (imported first) fails this test on any storage write or foreign request.
    });
  });
});
