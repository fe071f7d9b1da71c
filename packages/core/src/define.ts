import { VERSION } from './version.js';
import { reportError } from './errors.js';

/** A constructor that may say which Shieldkit version defined it. */
type Versioned = CustomElementConstructor & { shieldVersion?: string };

let duplicateReported = false;

/**
 * Registers a custom element unless its tag is already taken, and never throws.
 *
 * A second copy of Shieldkit on one page (a CDN script next to an npm build, or the same script
 * twice) is harmless: the first copy's elements stay, and one console warning names both versions.
 * Returns true when this call registered the tag.
 */
export function defineElement(tag: string, constructor: Versioned): boolean {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing === constructor) return false;
  if (existing) {
    if (!duplicateReported) {
      duplicateReported = true;
      reportError(
        document,
        {
          code: 'duplicate-copy',
          message:
            `loaded twice on this page: <${tag}> is already defined by version ` +
            `${existing.shieldVersion ?? 'unknown'}, so this copy's <${tag}> ` +
            `(version ${constructor.shieldVersion ?? VERSION}) is not used, nor are its other ` +
            'elements that are defined already. ' +
            'Remove one of the scripts.',
        },
        { level: 'warn' },
      );
    }
    return false;
  }
  try {
    customElements.define(tag, constructor);
    return true;
  } catch (error) {
    reportError(document, {
      code: 'define-failed',
      message: `<${tag}> could not be defined: ${(error as Error).message}`,
    });
    return false;
  }
}
