// Where Chromium and Firefox are and how to launch them offline, shared by the test runner and the scripts.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

/** The first Chrome or Chromium found, or a clear error naming how to install one. */
export function findChromium() {
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or set CHROME_PATH to its executable. Looked in: ' +
      candidates.join(', '),
  );
}

/** Flags that keep the browser quiet and offline: every host but loopback fails to resolve. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
  '--metrics-recording-only',
  '--mute-audio',
  '--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
];

const firefoxCandidates = [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
].filter(Boolean);

/** Firefox (ESR or release), driven by puppeteer-core over WebDriver BiDi (no geckodriver). */
export function findFirefox() {
  const found = firefoxCandidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Firefox found. Install one (Debian: `sudo apt-get install firefox-esr`) or set ' +
      'FIREFOX_PATH to its executable. Looked in: ' +
      firefoxCandidates.join(', '),
  );
}

/** Preferences that keep Firefox quiet and offline, like `chromiumFlags` (added to puppeteer's). */
export const firefoxPrefs = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'intl.accept_languages': 'en-US',
};
