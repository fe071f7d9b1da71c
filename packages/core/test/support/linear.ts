/**
 * Checks that work grows linearly with the input, for the fuzz tests: each compares an input of
 * size n with one of size 8n. Linear code does about 8 times the work; quadratic code 64 times.
 * Neither check has a time limit of its own, so a slow or busy machine cannot fail them.
 */

/**
 * `value` with every object and array inside it (however deep) wrapped in a proxy that counts
 * reads: property gets, `in`, key listings and descriptors. The count is exact and repeatable.
 */
export function countReads<T>(value: T): { value: T; reads: () => number } {
  let reads = 0;
  const wrapped = new WeakMap<object, object>();
  const wrap = (target: unknown): unknown => {
    if (typeof target !== 'object' || target === null) return target;
    const known = wrapped.get(target);
    if (known) return known;
    const proxy = new Proxy(target, {
      get(t, key, receiver) {
        reads++;
        return wrap(Reflect.get(t, key, receiver));
      },
      has(t, key) {
        reads++;
        return Reflect.has(t, key);
      },
      ownKeys(t) {
        reads++;
        return Reflect.ownKeys(t);
      },
      getOwnPropertyDescriptor(t, key) {
        reads++;
        return Reflect.getOwnPropertyDescriptor(t, key);
      },
    });
    wrapped.set(target, proxy);
    return proxy;
  };
  return { value: wrap(value) as T, reads: () => reads };
}

/**
 * Fails unless `run` reads an input of size 8n at most 10 times as often as one of size n (plus a
 * constant): linear code reads 8 times as often, quadratic code 64 times.
 */
export function expectLinearReads<T>(
  label: string,
  make: (n: number) => T,
  run: (input: T) => unknown,
  n: number,
): void {
  const count = (size: number) => {
    const input = countReads(make(size));
    run(input.value);
    return input.reads();
  };
  const small = count(n);
  const big = count(8 * n);
  if (big > 10 * small + 200) {
    throw new Error(
      `${label}: ${8 * n} gave ${big} reads, ${n} gave ${small} (${(big / small).toFixed(1)}×; linear is 8×)`,
    );
  }
}
