/**
 * PDFs through a locally installed Chrome or Chromium (puppeteer-core, which downloads nothing).
 * Chromium shapes every script and orders mixed directions; its PDFs keep the text as text.
 * Kept out of the package's main entry: the studio and `--html` never load puppeteer-core.
 */
import { existsSync } from 'node:fs';
import { PrintError } from './content.js';

/** Where Chrome and Chromium are usually installed (Linux, macOS, Windows). */
export const CHROME_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** `CHROME_PATH` when set (it must exist), else the first usual path that exists. */
export function findChrome(env: Record<string, string | undefined> = process.env): string {
  const named = env['CHROME_PATH'];
  if (named) {
    if (existsSync(named)) return named;
    throw new PrintError(`CHROME_PATH is "${named}", but there is no file there.`);
  }
  const found = CHROME_PATHS.find((path) => existsSync(path));
  if (found) return found;
  throw new PrintError(
    'no Chrome or Chromium was found to make the PDF. Install one, or set CHROME_PATH to it ' +
      '(e.g. CHROME_PATH=/usr/bin/chromium), or use --html to write the page and print it from any browser.',
  );
}

/** Flags that keep Chromium from calling home (see TOOLCHAIN.md G18) and fit it to containers. */
const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=NetworkTimeServiceQuerying',
  '--font-render-hinting=none',
];

/** Makes PDFs in one browser, one page after the other; `close()` when done. */
export interface PdfPrinter {
  pdf(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Starts Chrome or Chromium (`executablePath`, else `findChrome()`) for {@link PdfPrinter.pdf}. */
export async function createPdfPrinter(
  options: { executablePath?: string } = {},
): Promise<PdfPrinter> {
  const executablePath = options.executablePath ?? findChrome();
  let puppeteer: typeof import('puppeteer-core');
  try {
    puppeteer = await import('puppeteer-core');
  } catch {
    throw new PrintError(
      'making a PDF needs puppeteer-core: npm install -D puppeteer-core (it downloads no browser), or use --html.',
    );
  }
  const browser = await puppeteer.launch({ executablePath, args: ARGS, headless: true });
  const page = await browser.newPage();
  return {
    async pdf(html) {
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      // Tagged (structure for screen readers) and with the text as text: numbers stay searchable.
      return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    },
    close: () => browser.close(),
  };
}

/** A PDF of print-ready HTML, at the page sizes its `@page` rules give. */
export async function htmlToPdf(
  html: string,
  options: { executablePath?: string } = {},
): Promise<Uint8Array> {
  const printer = await createPdfPrinter(options);
  try {
    return await printer.pdf(html);
  } finally {
    await printer.close();
  }
}
