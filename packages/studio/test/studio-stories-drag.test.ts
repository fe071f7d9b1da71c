import '../../core/test/support/safety-guard.js';
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ShieldStudio } from '../src/index.js';
import { $, $$, announced, downloaded, focused, studio } from './support/studio.js';

// Stories reordered by dragging their handle. The studio uses pointer events (not HTML5 drag and
// drop), so the runner's real mouse (`sendMouse`: CDP in Chromium, WebDriver BiDi in Firefox)
// drives it in every browser; touch is dispatched as pointer events, since the drivers have no
// touch input.

const story = (id: string, heading: string) => ({
  id,
  heading: { en: heading },
  body: { en: 'Text.' },
  consent: { given: '2026-01-01' },
});

async function withStories(uiLanguage = 'en'): Promise<ShieldStudio> {
  const el = await studio(uiLanguage);
  el.campaign = {
    version: 1,
    id: 'drag',
    languages: { default: 'en', offered: ['en'] },
    stories: [story('first', 'First'), story('second', 'Second'), story('third', 'Third')],
  };
  await el.updateComplete;
  return el;
}

const ids = (el: ShieldStudio) => (el.campaign['stories'] as { id: string }[]).map((s) => s.id);
const item = (el: ShieldStudio, index: number) =>
  $(el, `li[data-path="${CSS.escape(JSON.stringify(['stories', index]))}"]`);
const handle = (el: ShieldStudio, index: number) =>
  item(el, index).querySelector<HTMLButtonElement>('button[data-action="drag"]')!;
const middle = (box: DOMRect): [number, number] => [
  Math.round(box.x + box.width / 2),
  Math.round(box.y + box.height / 2),
];

/** Presses the mouse on story `from`'s handle and moves it to `y` (viewport px) in two steps. */
async function pressAndMove(el: ShieldStudio, from: number, y: (list: DOMRect) => number) {
  const list = item(el, 0).parentElement!;
  list.scrollIntoView({ block: 'center' });
  const [x, startY] = middle(handle(el, from).getBoundingClientRect());
  const endY = Math.round(y(list.getBoundingClientRect()));
  await sendMouse({ type: 'move', position: [x, startY] });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [x, Math.round((startY + endY) / 2)] });
  await sendMouse({ type: 'move', position: [x, endY] });
}

/** Dispatches a pointer event on a handle (for touch, and where the list is taller than the window). */
function pointer(
  grip: Element,
  type: string,
  clientY: number,
  pointerType = 'touch',
  pointerId = 7,
) {
  const [clientX] = middle(grip.getBoundingClientRect());
  grip.dispatchEvent(
    new PointerEvent(type, {
      pointerId,
      pointerType,
      isPrimary: true,
      button: type === 'pointermove' ? -1 : 0,
      clientX,
      clientY,
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
}

afterEach(async () => {
  await resetMouse();
});

describe('<shield-studio> stories by drag', function () {
  // Each test fills a whole studio and runs axe over it, twice in some: on a busy two-core machine
  // that can pass the runner's 10 s per test. A bound, not a measure: nothing waits on a clock.
  this.timeout(30000);

  it('drags story 3 to the top with the mouse: the order, the export, focus and the announcement follow', async () => {
    const el = await withStories();
    await pressAndMove(el, 2, (list) => list.top + 2);
    // While dragging, the place it will land is shown before story 1.
    expect(item(el, 0).classList.contains('drop-before')).to.equal(true);
    expect(item(el, 2).classList.contains('drag-source')).to.equal(true);
    await sendMouse({ type: 'up' });
    await waitUntil(() => ids(el)[0] === 'third', 'the story did not move');
    expect(ids(el)).to.deep.equal(['third', 'first', 'second']);
    await waitUntil(() => focused(el) === handle(el, 0), 'focus is not on the moved handle');
    expect(focused(el)!.getAttribute('aria-label')).to.equal('Drag Third to a new place');
    expect(announced(el)).to.equal('Moved Third to place 1.');
    expect($$(el, '.drop-before, .drop-after, .drag-source')).to.have.length(0);
    const file = await downloaded(el);
    expect((file['stories'] as { id: string }[]).map((s) => s.id)).to.deep.equal([
      'third',
      'first',
      'second',
    ]);
  });

  it('keeps open stories open as they move, those between shifting by one', async () => {
    const el = await withStories();
    item(el, 0).querySelector<HTMLButtonElement>('.item-toggle')!.click();
    await el.updateComplete;
    // An open story is taller than the window, where a real mouse cannot go: dispatched events.
    const grip = handle(el, 2);
    const [, y] = middle(grip.getBoundingClientRect());
    pointer(grip, 'pointerdown', y, 'mouse', 9);
    const top = item(el, 0).getBoundingClientRect().top + 2;
    pointer(grip, 'pointermove', top, 'mouse', 9);
    pointer(grip, 'pointerup', top, 'mouse', 9);
    await waitUntil(() => ids(el)[0] === 'third', 'the story did not move');
    const open = [0, 1, 2].map((i) => item(el, i).querySelector('.item-body') !== null);
    expect(open).to.deep.equal([false, true, false]);
    expect(item(el, 1).querySelector('.item-toggle')!.textContent!.trim()).to.equal('First');
  });

  it('drags story 1 below the last, accessible mid-drag in Arabic (right to left)', async () => {
    const el = await withStories('ar');
    expect($(el, '.studio').getAttribute('dir')).to.equal('rtl');
    await pressAndMove(el, 0, (list) => list.bottom - 2);
    expect(item(el, 2).classList.contains('drop-after')).to.equal(true);
    await expect(el).to.be.accessible();
    await sendMouse({ type: 'up' });
    await waitUntil(() => ids(el)[2] === 'first', 'the story did not move');
    expect(ids(el)).to.deep.equal(['second', 'third', 'first']);
    await waitUntil(() => focused(el) === handle(el, 2), 'focus is not on the moved handle');
    expect(announced(el)).to.equal(
      `نُقل «First» إلى الموضع ${new Intl.NumberFormat('ar').format(3)}.`,
    );
    await expect(el).to.be.accessible();
  });

  it('is accessible with a drag under way in English (left to right)', async () => {
    const el = await withStories();
    await pressAndMove(el, 1, (list) => list.top + 2);
    expect(item(el, 0).classList.contains('drop-before')).to.equal(true);
    await expect(el).to.be.accessible();
    await sendMouse({ type: 'up' });
    await waitUntil(() => ids(el)[0] === 'second', 'the story did not move');
  });

  it('moves nothing when Escape is pressed during the drag, or when the press does not move', async () => {
    const el = await withStories();
    await pressAndMove(el, 2, (list) => list.top + 2);
    await sendKeys({ press: 'Escape' });
    expect($$(el, '.drop-before, .drop-after, .drag-source')).to.have.length(0);
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['first', 'second', 'third']);
    // A click on the handle is not a drag.
    const [x, y] = middle(handle(el, 1).getBoundingClientRect());
    await sendMouse({ type: 'click', position: [x, y] });
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['first', 'second', 'third']);
    expect(focused(el) === handle(el, 1)).to.equal(true, 'the pressed handle has focus');
  });

  it('moves a story one place with the arrow keys on its handle', async () => {
    const el = await withStories();
    handle(el, 1).focus();
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => ids(el)[0] === 'second', 'ArrowUp did not move the story');
    await waitUntil(() => focused(el) === handle(el, 0), 'focus is not on the moved handle');
    expect(announced(el)).to.equal('Moved Second to place 1.');
    await sendKeys({ press: 'ArrowUp' }); // already first: nothing moves
    expect(ids(el)).to.deep.equal(['second', 'first', 'third']);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focused(el) === handle(el, 1), 'focus did not follow ArrowDown');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => ids(el)[2] === 'second', 'ArrowDown did not move the story');
    expect(ids(el)).to.deep.equal(['first', 'third', 'second']);
  });

  it('follows a finger (touch pointer events dispatched: the drivers have no touch input)', async () => {
    const el = await withStories();
    item(el, 0).parentElement!.scrollIntoView({ block: 'center' });
    const grip = handle(el, 0);
    const [, y] = middle(grip.getBoundingClientRect());
    const below = item(el, 1).getBoundingClientRect().bottom - 2;
    pointer(grip, 'pointerdown', y);
    pointer(grip, 'pointermove', (y + below) / 2);
    pointer(grip, 'pointermove', below);
    // Past the middle of story 2: it lands before story 3.
    expect(item(el, 2).classList.contains('drop-before')).to.equal(true);
    pointer(grip, 'pointerup', below);
    await waitUntil(() => ids(el)[1] === 'first', 'the story did not move');
    expect(ids(el)).to.deep.equal(['second', 'first', 'third']);
    // A cancelled touch (the browser took it for a scroll) moves nothing.
    const again = handle(el, 1);
    pointer(again, 'pointerdown', y, 'touch', 8);
    pointer(again, 'pointermove', below + 40, 'touch', 8);
    pointer(again, 'pointercancel', below + 40, 'touch', 8);
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['second', 'first', 'third']);
    expect($$(el, '.drop-before, .drop-after, .drag-source')).to.have.length(0);
  });
});
