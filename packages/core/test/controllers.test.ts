import './support/safety-guard.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMediaOrSkip, resetMedia } from './support/media.js';
import { LitElement, type TemplateResult } from 'lit';
import { ExitListenerController } from '../src/controllers/exit-listener.js';
import { ReducedMotionController } from '../src/controllers/reduced-motion.js';

/** Holds "answers" in memory the way a checklist would, and forgets them on exit. */
class ForgetfulElement extends LitElement {
  answers = new Set<string>();
  readonly motion = new ReducedMotionController(this);
  renders = 0;

  constructor() {
    super();
    new ExitListenerController(this, () => this.answers.clear());
  }

  override render(): TemplateResult {
    this.renders += 1;
    return html`<p>${this.motion.reduced ? 'still' : 'moving'}</p>`;
  }
}
customElements.define('shield-forgetful-test', ForgetfulElement);

describe('ExitListenerController', () => {
  it('clears the host’s state when a quick exit starts anywhere on the page', async () => {
    const el = await fixture<ForgetfulElement>(
      html`<shield-forgetful-test></shield-forgetful-test>`,
    );
    el.answers.add('documents-kept');
    document.body.dispatchEvent(
      new CustomEvent('shield-exit', { bubbles: true, composed: true, cancelable: true }),
    );
    expect(el.answers.size).to.equal(0);
  });

  it('clears on pagehide, and never cancels the exit', async () => {
    const el = await fixture<ForgetfulElement>(
      html`<shield-forgetful-test></shield-forgetful-test>`,
    );
    el.answers.add('debt');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(el.answers.size).to.equal(0);
    const exit = new CustomEvent('shield-exit', {
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    document.body.dispatchEvent(exit);
    expect(exit.defaultPrevented).to.equal(false);
  });

  it('stops listening once disconnected', async () => {
    const el = await fixture<ForgetfulElement>(
      html`<shield-forgetful-test></shield-forgetful-test>`,
    );
    el.remove();
    el.answers.add('kept');
    window.dispatchEvent(new CustomEvent('shield-exit'));
    expect(el.answers.size).to.equal(1);
  });
});

describe('ReducedMotionController', () => {
  afterEach(resetMedia);

  it('follows prefers-reduced-motion and re-renders when it changes', async function () {
    // Firefox: WebDriver BiDi has no media emulation, so this runs in Chromium only.
    await emulateMediaOrSkip(this, { features: { 'prefers-reduced-motion': 'no-preference' } });
    const el = await fixture<ForgetfulElement>(
      html`<shield-forgetful-test></shield-forgetful-test>`,
    );
    expect(el.shadowRoot!.textContent).to.contain('moving');
    await emulateMediaOrSkip(this, { features: { 'prefers-reduced-motion': 'reduce' } });
    // The media query's change event (which asks for the render) comes with the browser's next
    // rendering step, not after a fixed time: wait for the render itself.
    await waitUntil(
      () => el.shadowRoot!.textContent!.includes('still'),
      'no re-render after the change',
    );
    expect(el.motion.reduced).to.equal(true);
    el.remove();
  });
});
