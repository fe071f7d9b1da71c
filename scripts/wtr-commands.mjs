// Test-runner commands of our own (called from tests with `executeServerCommand`):
//
// - `shield-emulate-media`: media type and media features (forced-colors, prefers-contrast,
//   prefers-color-scheme, prefers-reduced-motion) through the DevTools protocol. The built-in
//   `emulateMedia` of @web/test-runner-commands has no forced-colors or prefers-contrast and throws
//   outside CDP. Firefox's WebDriver BiDi has no media emulation (checked on Firefox ESR 153:
//   `emulation.setForcedColorsModeThemeOverride` and friends are "unknown command"), so there the
//   command answers `{ emulated: false }` and the test says why it cannot run.
// - `shield-ax-snapshot`: the browser's computed accessibility tree under `[data-ax-root]`, as
//   readable text, compared with a committed file (Chromium only: puppeteer's accessibility API
//   needs CDP). `UPDATE_AX_SNAPSHOTS=1` (or `--update-snapshots`) writes the files instead.
// - `shield-frame`: a frame the test page cannot reach (sandboxed without allow-same-origin), found
//   by the end of its URL. `{ url, action: 'read' }` answers its document's `html` (outerHTML) and
//   `text`; `{ url, action: 'stub-print' }` replaces its `window.print()` (a dialog no test can
//   close) with one that posts `{ type: 'shield-test-print', html }` (the document it was asked to
//   print) to the frame's parent. Puppeteer sessions only (Chromium, Firefox): else `null`.
// - `reset-mouse` in Firefox moves the pointer away, as it does in Chromium.
// - `send-keys` in WebDriver sessions (WebKit): the built-in command passes key names such as
//   `ShiftLeft` to webdriverio, which types them letter by letter, and refuses `down`/`up`. Here
//   they become W3C key actions with WebDriver's key codes, so the same tests run in WebKit.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';

const root = dirname(dirname(new URL(import.meta.url).pathname));
const updating =
  process.env.UPDATE_AX_SNAPSHOTS === '1' || process.argv.includes('--update-snapshots');

/** The puppeteer page of a session when it speaks CDP (Chromium), else undefined. */
function cdpPage(session) {
  if (session.browser.type !== 'puppeteer') return undefined;
  const page = session.browser.getPage(session.id);
  return page.browser().protocol === 'cdp' ? page : undefined;
}

const FEATURES = new Set([
  'forced-colors',
  'prefers-contrast',
  'prefers-color-scheme',
  'prefers-reduced-motion',
]);

async function emulateMedia(page, { media = '', features = {} }) {
  for (const name of Object.keys(features)) {
    if (!FEATURES.has(name)) throw new Error(`shield-emulate-media: unknown feature ${name}`);
  }
  // One call for both: puppeteer's emulateMediaType and emulateMediaFeatures each send
  // setEmulatedMedia with only their half, and each call resets the other half.
  await page._client().send('Emulation.setEmulatedMedia', {
    media,
    features: [...FEATURES].map((name) => ({ name, value: features[name] ?? '' })),
  });
}

/** Properties of an accessibility node worth reviewing, as they would be announced. */
const STATES = [
  'checked',
  'pressed',
  'expanded',
  'selected',
  'disabled',
  'required',
  'invalid',
  'readonly',
  'modal',
  'multiselectable',
  'haspopup',
  'autocomplete',
  'orientation',
  'level',
  'valuetext',
  'roledescription',
  'keyshortcuts',
];

/** Roles that only hold other nodes: left out when unnamed, their children take their place. */
const CONTAINERS = new Set(['generic', 'none', 'presentation', 'paragraph', 'LineBreak']);

/** Without the unnamed containers (puppeteer's `interestingOnly` drops too much: named groups). */
function prune(node) {
  const children = (node.children ?? []).flatMap(prune);
  if (node.role === 'InlineTextBox') return [];
  if (CONTAINERS.has(node.role) && !node.name) return children;
  return [{ ...node, children }];
}

/** One line per node, indented by depth, in reading order. */
function format(node, depth = 0, lines = []) {
  const parts = [node.role];
  if (node.name) parts.push(JSON.stringify(node.name));
  if (node.value !== undefined && node.value !== '')
    parts.push(`value=${JSON.stringify(node.value)}`);
  if (node.description) parts.push(`description=${JSON.stringify(node.description)}`);
  for (const state of STATES) {
    const value = node[state];
    if (value === undefined || value === false || value === '') continue;
    parts.push(value === true ? state : `${state}=${JSON.stringify(value)}`);
  }
  lines.push(`${'  '.repeat(depth)}- ${parts.join(' ')}`);
  const children = node.children ?? [];
  // The text runs that make up a named node's name only repeat it.
  if (node.name && children.every((child) => child.role === 'StaticText')) return lines;
  for (const child of children) format(child, depth + 1, lines);
  return lines;
}

async function axSnapshot(page, { file }) {
  const path = resolve(root, file);
  if (relative(root, path).startsWith('..') || !path.endsWith('.ax.txt')) {
    throw new Error(`shield-ax-snapshot: ${file} is not a .ax.txt file inside the repository`);
  }
  const element = await page.$('[data-ax-root]');
  if (!element) throw new Error('shield-ax-snapshot: no element with data-ax-root on the page');
  const tree = await page.accessibility.snapshot({ root: element, interestingOnly: false });
  await element.dispose();
  const nodes = tree ? (tree.children ?? []).flatMap(prune) : [];
  const actual = nodes.length
    ? `${nodes.flatMap((node) => format(node)).join('\n')}\n`
    : '(nothing in the accessibility tree)\n';
  if (updating) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, actual);
    return { actual, expected: actual, updated: true };
  }
  const expected = await readFile(path, 'utf8').catch(() => undefined);
  return { actual, expected: expected ?? null, updated: false };
}

/** Puppeteer/Playwright key names (as the tests use them) to WebDriver key codes. */
const WEBDRIVER_KEYS = {
  Shift: '\uE008',
  ShiftLeft: '\uE008',
  ShiftRight: '\uE050',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  Space: ' ',
  Backspace: '\uE003',
  Delete: '\uE017',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

function webdriverKey(name) {
  if (name in WEBDRIVER_KEYS) return WEBDRIVER_KEYS[name];
  const letter = /^Key([A-Z])$/.exec(name) ?? /^Digit([0-9])$/.exec(name);
  if (letter) return letter[1].toLowerCase();
  if ([...name].length === 1) return name;
  throw new Error(`send-keys: no WebDriver key code for "${name}"`);
}

async function webdriverSendKeys(session, payload) {
  const driver = session.browser.driver;
  let actions;
  if (typeof payload.type === 'string') {
    actions = [...payload.type].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
  } else if (typeof payload.press === 'string') {
    const value = webdriverKey(payload.press);
    actions = [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ];
  } else if (typeof payload.down === 'string') {
    actions = [{ type: 'keyDown', value: webdriverKey(payload.down) }];
  } else if (typeof payload.up === 'string') {
    actions = [{ type: 'keyUp', value: webdriverKey(payload.up) }];
  } else {
    throw new Error(`send-keys: unknown payload ${JSON.stringify(payload)}`);
  }
  await driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
  return true;
}

/**
 * The page's frames whose URL ends with `url`, once there is exactly one: puppeteer learns of a
 * new frame (and forgets a removed one) from the browser's events, which can arrive after the test
 * page already heard from the frame (seen in Firefox over WebDriver BiDi under load). Waits for
 * that condition up to 20 s, then reports what it found.
 */
async function framesAt(page, url) {
  let frames = [];
  for (let tries = 0; tries < 200; tries++) {
    frames = page.frames().filter((frame) => frame.url().endsWith(url));
    if (frames.length === 1) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return frames;
}

async function frameCommand(page, { url, action }) {
  const frames = await framesAt(page, url);
  if (frames.length !== 1) throw new Error(`shield-frame: ${frames.length} frames at …${url}`);
  if (action === 'read') {
    return frames[0].evaluate(() => ({
      html: document.documentElement.outerHTML,
      text: document.body.innerText,
    }));
  }
  if (action === 'stub-print') {
    await frames[0].evaluate(() => {
      window.print = () =>
        window.parent.postMessage(
          { type: 'shield-test-print', html: document.documentElement.outerHTML },
          '*',
        );
    });
    return true;
  }
  throw new Error(`shield-frame: unknown action ${action}`);
}

export function shieldCommandsPlugin() {
  const plugin = {
    name: 'shield-commands',
    serverStart({ config }) {
      // The runner puts its built-in command plugins first, and its command dispatcher (the
      // plugin holding the runner's plugin list) asks them in order; ours must answer `send-keys`
      // for WebDriver sessions before the built-in one does.
      for (const server of config.plugins) {
        const commands = server.plugins;
        if (!Array.isArray(commands) || !commands.includes(plugin)) continue;
        commands.splice(commands.indexOf(plugin), 1);
        commands.unshift(plugin);
      }
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'reset-mouse' && session.browser.type === 'puppeteer') {
        // Over CDP puppeteer's mouse.reset() also moves the pointer to (0, 0); over WebDriver BiDi
        // (Firefox) it only releases the buttons, so the pointer would stay on whatever it rested
        // on. Move it away as in Chromium.
        const page = session.browser.getPage(session.id);
        if (page.browser().protocol === 'cdp') return undefined;
        await page.mouse.move(0, 0);
        await page.mouse.reset();
        return true;
      }
      if (command === 'send-keys' && session.browser.type === 'webdriver') {
        return webdriverSendKeys(session, payload);
      }
      if (command === 'shield-emulate-media') {
        const page = cdpPage(session);
        if (!page) return { emulated: false };
        await emulateMedia(page, payload ?? {});
        return { emulated: true };
      }
      if (command === 'shield-frame') {
        if (session.browser.type !== 'puppeteer') return null;
        return frameCommand(session.browser.getPage(session.id), payload ?? {});
      }
      if (command === 'shield-ax-snapshot') {
        const page = cdpPage(session);
        if (!page) return { supported: false };
        return { supported: true, ...(await axSnapshot(page, payload)) };
      }
      return undefined;
    },
  };
  return plugin;
}
