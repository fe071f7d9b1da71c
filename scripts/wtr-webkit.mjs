// WebKit (Safari's engine) for @web/test-runner, offline: Debian's WebKitGTK MiniBrowser driven by
// WebKitWebDriver (`apt-get install webkit2gtk-driver xvfb`), started here under a virtual display.
// The driver allows one browser session at a time, so this launcher runs one test file at a time.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const miniBrowsers = [
  process.env.WEBKIT_MINIBROWSER,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
].filter(Boolean);
const drivers = ['/usr/bin/WebKitWebDriver', '/usr/libexec/webkit2gtk-4.1/WebKitWebDriver'];

/** MiniBrowser and WebKitWebDriver, or a clear error naming how to install them. */
export function findWebKit() {
  const miniBrowser = miniBrowsers.find((path) => existsSync(path));
  const driver = drivers.find((path) => existsSync(path));
  const xvfb = existsSync('/usr/bin/xvfb-run');
  if (miniBrowser && driver && xvfb) return { miniBrowser, driver };
  throw new Error(
    'WebKit tests need WebKitGTK’s MiniBrowser, WebKitWebDriver and xvfb-run (Debian/Ubuntu: ' +
      '`sudo apt-get install webkit2gtk-driver xvfb`). To run without WebKit: ' +
      'SHIELD_BROWSERS=chromium,firefox. On macOS, test Safari by hand (CONTRIBUTING.md).',
  );
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Resolves once something listens on the port (the driver takes a moment to start). */
async function listening(port, child) {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    const answered = await fetch(`http://127.0.0.1:${port}/status`)
      .then((response) => response.ok)
      .catch(() => false);
    if (answered) return;
    await new Promise((resolveLater) => setTimeout(resolveLater, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

export function webkitLauncher() {
  const { miniBrowser, driver } = findWebKit();
  let child;
  let port;
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitGTK's driver speaks classic WebDriver only: without this, webdriverio asks for a
      // BiDi socket and the driver answers "Failed to match capabilities".
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    },
  });
  launcher.name = 'WebKit';
  launcher.concurrency = 1;
  const initialize = launcher.initialize.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  launcher.initialize = async (config) => {
    port = await freePort();
    // `-a` picks a free display; the driver starts MiniBrowser on it for each session.
    child = spawn('xvfb-run', ['-a', driver, `--port=${port}`], {
      stdio: 'ignore',
      detached: true,
    });
    await listening(port, child);
    launcher.options.port = port;
    await initialize(config);
    launcher.name = 'WebKit';
  };
  launcher.stop = async () => {
    try {
      await stop();
    } finally {
      // xvfb-run, Xvfb and the driver are one process group.
      if (child && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    }
  };
  return launcher;
}
