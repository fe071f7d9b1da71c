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

/**
 * Steps (for `inSeparateTasks`) in which the browser loads its `Intl` data, before a widget's first
 * formatter. The page's first `Intl` object of any kind takes 40–60 ms at 4× CPU in Chromium, one
 * unbroken task; creating a `Locale`'s likely subtags, then a collator, loads the same data in
 * parts of about 15 and 20 ms (`scripts/bench/trace.mjs` shows it). Once loaded, each step costs
 * well under a millisecond.
 */
export function intlWarmUp(locale: string): ReadonlyArray<() => unknown> {
  return [
    () => new Intl.Locale(locale).maximize(),
    () => cachedIntl(Intl.Collator, locale, {}).compare('a', 'b'),
  ];
}
