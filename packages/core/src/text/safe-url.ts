/** The only link schemes content may use. */
export const LINK_SCHEMES = ['http:', 'https:', 'tel:', 'sms:', 'mailto:'] as const;
export type LinkScheme = (typeof LINK_SCHEMES)[number];

/**
 * Returns `value` as a normalised absolute URL when it parses and its scheme is allowed;
 * `undefined` otherwise (`javascript:`, `data:`, `vbscript:`, garbage). Relative URLs are resolved
 * against `base` when one is given, and refused without one.
 */
export function safeUrl(
  value: unknown,
  schemes: readonly string[] = LINK_SCHEMES,
  base?: string,
): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(value) : new URL(value, base);
  } catch {
    return undefined;
  }
  return schemes.includes(url.protocol) ? url.href : undefined;
}
