import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ShieldStudio } from '../src/index.js';
import {
  $,
  BASE,
  field,
  pick,
  previewShows,
  studio,
  type,
  ukrainePoland,
  until,
} from './support/studio.js';

// The quick exit inside the preview is the real widget, pressed for real (a mouse click on it, and
// its shortcut, inside the sandboxed frame): it must not take the campaign team out of the studio. The frame
// cancels the exit (`shield-exit`) and tells the studio where it would have gone.

const stories = ukrainePoland['stories'] as { heading: Record<string, string> }[];
const heading = (language: string) => stories[0]!.heading[language]!;

/** A studio with the template open and edited (unsaved work to lose), its preview ready. */
async function editedStudio(): Promise<ShieldStudio> {
  const el = await studio();
  el.campaign = ukrainePoland;
  await el.updateComplete;
  await type(el, field(el, ['id']), 'ua-pl-our-agency');
  await previewShows(el, (r) => r.lang === 'uk' && r.text.includes(heading('uk')));
  return el;
}

/**
 * Clicks inside the preview frame, as a person would, at `x`, `y` from its top-left corner. The
 * preview's page has a 1rem (16 px) margin and shows the quick exit first, inline: its button starts
 * at (16, 16) and is at least 44 px tall. (The frame's document is cross-origin: no test can look.)
 */
async function clickInPreview(el: ShieldStudio, x: number, y: number): Promise<void> {
  const frame = $<HTMLIFrameElement>(el, 'iframe');
  frame.scrollIntoView({ block: 'start', inline: 'start' });
  const box = frame.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.ceil(box.left) + x, Math.ceil(box.top) + y] });
}

/** What the studio shows in its preview's status line. */
const status = (el: ShieldStudio) => $(el, '.preview [role="status"]').textContent!.trim();

/**
 * The studio page is the one the test started on, with the person's work in it, and the frame is
 * still the preview: it shows the campaign again in another language when asked.
 */
async function stillInTheStudio(el: ShieldStudio, frame: HTMLIFrameElement, marker: string) {
  expect(document.documentElement.dataset['studioMarker']).to.equal(marker);
  expect(el.isConnected).to.equal(true);
  expect(el.campaign['id']).to.equal('ua-pl-our-agency');
  expect(el.dirty).to.equal(true, 'the edit is still there, not downloaded');
  expect(field(el, ['id']).value).to.equal('ua-pl-our-agency');
  expect($(el, 'iframe') === frame).to.equal(true, 'the same preview frame');
  expect(frame.src).to.equal(new URL(`${BASE}preview/index.html`, location.href).href);
  await pick(el, $<HTMLSelectElement>(el, '#preview-language'), 'pl');
  const report = await previewShows(el, (r) => r.lang === 'pl' && r.text.includes(heading('pl')));
  expect(report.text).not.to.include(heading('uk'));
}

describe('<shield-studio> preview: the quick exit stays in the studio', function () {
  this.timeout(60_000);

  let marker = '';
  beforeEach(() => {
    marker = crypto.randomUUID();
    document.documentElement.dataset['studioMarker'] = marker;
  });
  afterEach(async () => {
    delete document.documentElement.dataset['studioMarker'];
    await resetMouse();
  });

  it('clicking the exit button in the preview says where it would go, and stays', async () => {
    const el = await editedStudio();
    const frame = $<HTMLIFrameElement>(el, 'iframe');
    await clickInPreview(el, 40, 36);
    const said = await until(el, () => /quick exit/.test(status(el)) && status(el));
    expect(said).to.equal(
      'The quick exit was used in the preview: on a real page it would go to https://www.wikipedia.org/. The preview stays here.',
    );
    expect($(el, '.preview [role="status"]').closest('section')!.className).to.equal('preview');
    await stillInTheStudio(el, frame, marker);
  });

  it('the exit shortcut pressed inside the preview (Shift three times) stays in the studio', async () => {
    const el = await editedStudio();
    const frame = $<HTMLIFrameElement>(el, 'iframe');
    // Focus into the preview: a click on its page's margin, where no widget is.
    await clickInPreview(el, 4, 4);
    // The template's shortcut: Shift pressed three times within five seconds.
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ShiftLeft' });
    const said = await until(el, () => /quick exit/.test(status(el)) && status(el));
    expect(said).to.include('https://www.wikipedia.org/');
    await stillInTheStudio(el, frame, marker);
  });
});
