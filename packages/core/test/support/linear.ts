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

/**
 * Fails unless `run(big)` (8 times the size of `small`) takes at most `ratio` times as long as
 * `run(small)`: linear code takes about 8 times as long, quadratic code 64 times. Each side is
 * repeated for about 20 ms, so timer resolution does not matter; a measurement disturbed by the
 * machine is taken again (three attempts), and the big run stops as soon as it is over the bound,
 * so quadratic code fails quickly rather than running on.
 */
export function expectLinearTime<T>(
  label: string,
  small: T,
  big: T,
  run: (input: T) => unknown,
  ratio = 24,
): void {
  const now = () => performance.now();
  let reps = 0;
  for (const start = now(); now() - start < 20; reps++) run(small);
  let seen = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const startSmall = now();
    for (let i = 0; i < reps; i++) run(small);
    const timeSmall = Math.max(now() - startSmall, 1);
    const bound = ratio * timeSmall;
    const startBig = now();
    let done = 0;
    while (done < reps && now() - startBig <= bound) {
      run(big);
      done++;
    }
    const timeBig = now() - startBig;
    if (done === reps && timeBig <= bound) return;
    seen += ` ${timeSmall.toFixed(1)} ms → ${timeBig.toFixed(1)} ms (${done}/${reps} runs);`;
  }
  throw new Error(`${label}: 8 times the input took over ${ratio} times as long:${seen}`);
}
