import './support/safety-guard.js';
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { inSeparateTasks, intlWarmUp, nextTask } from '../src/index.js';
import { ShieldElement } from '../src/shield-element.js';

/** Records which task each entry ran in: a task ends when a macrotask queued before it runs. */
function taskClock(): { now(): number; stop(): void } {
  let task = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    task += 1;
    setTimeout(tick);
  };
  setTimeout(tick);
  return { now: () => task, stop: () => void (running = false) };
}

/** A widget whose preparation is observable: each step and the first render log when they run. */
class PreparingElement extends ShieldElement {
  static log: string[] = [];
  static failing = false;

  protected override prepareFirstRender(): Promise<void> {
    return inSeparateTasks([
      () => {
        // What the reader sees meanwhile: the slot placeholder shows the page's content.
        const slot = this.shadowRoot?.querySelector('slot');
        const shown = slot?.assignedElements().map((element) => element.textContent);
        PreparingElement.log.push(`step 1, showing ${shown?.join() || 'nothing'}`);
      },
      () => {
        if (PreparingElement.failing) throw new Error('no Intl here');
        PreparingElement.log.push('step 2');
      },
    ]);
  }

  protected override renderContent(): TemplateResult {
    PreparingElement.log.push('render');
    return html`<p>ready</p>`;
  }
}
PreparingElement.define('shield-preparing-element');

describe('inSeparateTasks', () => {
  it('runs each step in a task of its own and resolves in a later task than the last', async () => {
    const clock = taskClock();
    const tasks: number[] = [];
    const started = clock.now();
    await inSeparateTasks([() => tasks.push(clock.now()), () => tasks.push(clock.now())]);
    const resolvedIn = clock.now();
    clock.stop();
    expect(tasks[0]).to.be.greaterThan(started);
    expect(tasks[1]).to.be.greaterThan(tasks[0]!);
    expect(resolvedIn).to.be.greaterThan(tasks[1]!);
  });

  it('a step that throws is skipped and the next ones still run', async () => {
    const ran: string[] = [];
    await inSeparateTasks([
      () => ran.push('a'),
      () => {
        throw new Error('boom');
      },
      () => ran.push('c'),
    ]);
    expect(ran).to.deep.equal(['a', 'c']);
  });

  it('nextTask resolves after a task queued before it', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('queued task'));
    await nextTask();
    order.push('after nextTask');
    expect(order).to.deep.equal(['queued task', 'after nextTask']);
  });
});

describe('intlWarmUp', () => {
  it('gives steps that run without error for a real and an unusual locale', () => {
    for (const locale of ['ar-EG', 'en']) {
      for (const step of intlWarmUp(locale)) expect(step).not.to.throw();
    }
  });

  it('a malformed locale throws inside a step, which inSeparateTasks skips', async () => {
    const steps = intlWarmUp('not a locale!');
    expect(steps[0]).to.throw();
    await inSeparateTasks(steps);
  });
});

describe('prepareFirstRender', () => {
  beforeEach(() => {
    PreparingElement.log = [];
    PreparingElement.failing = false;
  });

  it('runs its steps before the first render, and the page’s content stays until that render', async () => {
    const el = await fixture<PreparingElement>(
      html`<shield-preparing-element><span>fallback</span></shield-preparing-element>`,
    );
    expect(PreparingElement.log).to.deep.equal(['step 1, showing fallback', 'step 2', 'render']);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('ready');
  });

  it('a failing step does not stop the render', async () => {
    PreparingElement.failing = true;
    const el = await fixture<PreparingElement>(
      html`<shield-preparing-element></shield-preparing-element>`,
    );
    expect(PreparingElement.log).to.deep.equal(['step 1, showing nothing', 'render']);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('ready');
  });
});
