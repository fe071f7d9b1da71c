/**
 * `Intl` objects are slow to create (on a cheap phone, milliseconds each) and cheap to reuse: one per
 * kind, locale and options, kept for the page's life.
 */
const cache = new Map<string, unknown>();

export function cachedIntl<T, O>(
  Kind: new (locale: string, options: O) => T,
  locale: string,
  options: O,
): T {
  const key = `${Kind.name}|${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = new Kind(locale, options);
    cache.set(key, value);
  }
  return value;
}
