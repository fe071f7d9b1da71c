import { executeServerCommand } from '@web/test-runner-commands';

/** Media features the test runner can emulate (see scripts/wtr-commands.mjs). */
export interface MediaFeatures {
  'forced-colors'?: 'active' | 'none';
  'prefers-contrast'?: 'more' | 'less' | 'no-preference';
  'prefers-color-scheme'?: 'light' | 'dark';
  'prefers-reduced-motion'?: 'reduce' | 'no-preference';
}

/**
 * Emulates a media type and media features for the rest of the test file (every feature not
 * named goes back to the browser's own value). Resolves `false` where the browser cannot emulate:
 * media emulation needs the DevTools protocol (Chromium); Firefox's WebDriver BiDi has none.
 */
export async function emulateMedia(
  options: { media?: 'print' | 'screen' | ''; features?: MediaFeatures } = {},
): Promise<boolean> {
  const answer = await executeServerCommand<{ emulated: boolean }, typeof options>(
    'shield-emulate-media',
    options,
  );
  return answer?.emulated === true;
}

/**
 * Like `emulateMedia`, but skips the calling test where the browser cannot emulate media
 * (Firefox: WebDriver BiDi has no media emulation). Call with the test's `this`.
 */
export async function emulateMediaOrSkip(
  test: Mocha.Context,
  options: Parameters<typeof emulateMedia>[0],
): Promise<void> {
  if (!(await emulateMedia(options))) test.skip();
}

/** Back to the browser's own media (a no-op where nothing can be emulated). */
export async function resetMedia(): Promise<void> {
  await emulateMedia({});
}
