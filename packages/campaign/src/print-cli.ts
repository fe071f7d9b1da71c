import { parseArgs, parseInput, readInput, type CliIO } from './cli.js';

export const PRINT_USAGE = `Usage: shieldkit-campaign print <campaign.json> --format <format> [--lang uk,pl]
         [--layout side-by-side|top-bottom] [--location <label>] [--out <file>] [--html]

Makes a poster, flyer, tear-off sheet or pocket card from the campaign's "print" part, as a PDF
through the Chrome or Chromium installed on this computer (CHROME_PATH, else the usual places).
  --format     poster-a4, poster-a3, flyer-a5, tear-off-a4 or pocket-card
  --lang       one language, or two for a bilingual print (default: print.languages, else the
               campaign's default language)
  --layout     how two languages share the page (default: side-by-side)
  --location   a label for where this copy hangs, added to the QR code's address as
               ?location=<label>: your own server's logs then count scans per place, and nothing
               is sent from a reader's phone but the page request the scan makes anyway
  --out        the file to write (default: <format>-<lang>.pdf, or .html with --html)
  --html       write the print-ready HTML instead (no browser needed; print it from any browser)
Needs @shieldkit/print (and puppeteer-core for PDFs): npm install -D @shieldkit/print puppeteer-core
Exit code: 0 when written, 1 when the campaign or the printing fails, 2 on a usage error.`;

/** What the command needs from @shieldkit/print (loaded only when `print` runs). */
export interface PrintModule {
  renderPrintHtml(
    campaign: unknown,
    options: { format: string; languages?: string[]; layout?: string; location?: string },
  ): Promise<string>;
}
export interface PdfModule {
  htmlToPdf(html: string): Promise<Uint8Array>;
}

/** The outside world of `print`: files, and the print package (a test can hand in its own). */
export interface PrintIO extends CliIO {
  writeFile(path: string, data: string | Uint8Array): void;
  loadPrint(): Promise<PrintModule>;
  loadPdf(): Promise<PdfModule>;
}

const VALUE_FLAGS = new Set(['--format', '--lang', '--layout', '--location', '--out']);

/** Runs `shieldkit-campaign print <args>` (the args after `print`) and returns the exit code. */
export async function runPrint(args: readonly string[], io: PrintIO): Promise<number> {
  const parsed = parseArgs(args, VALUE_FLAGS, new Set(['--html']));
  if (!parsed) {
    io.err(PRINT_USAGE);
    return 2;
  }
  const { files } = parsed;
  // The last of a repeated flag wins.
  const values: Record<string, string> = Object.fromEntries(parsed.values);
  const asHtml = parsed.on.has('--html');
  const [file] = files;
  const format = values['--format'];
  if (files.length !== 1 || !file || !format) {
    io.err(PRINT_USAGE);
    return 2;
  }
  const text = readInput(file, io);
  if (text === undefined) return 2;
  const input = parseInput(file, text, io);
  if (!input) return 1;
  const campaign = input.value;
  const languages = values['--lang']?.split(/[\s,+]+/).filter((code) => code !== '');
  let print: PrintModule;
  try {
    print = await io.loadPrint();
  } catch {
    io.err(
      '✖ printing needs @shieldkit/print: npm install -D @shieldkit/print (and puppeteer-core for PDFs).',
    );
    return 1;
  }
  try {
    const html = await print.renderPrintHtml(campaign, {
      format,
      ...(languages?.length && { languages }),
      ...(values['--layout'] && { layout: values['--layout'] }),
      ...(values['--location'] !== undefined && { location: values['--location'] }),
    });
    const out =
      values['--out'] ?? `${format}-${languages?.join('-') ?? 'print'}.${asHtml ? 'html' : 'pdf'}`;
    if (asHtml) io.writeFile(out, html);
    else io.writeFile(out, await (await io.loadPdf()).htmlToPdf(html));
    io.out(`✔ wrote ${out}`);
    return 0;
  } catch (error) {
    if ((error as Error).name !== 'PrintError') throw error;
    io.err(`✖ ${(error as Error).message}`);
    return 1;
  }
}
