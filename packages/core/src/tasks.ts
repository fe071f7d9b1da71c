/** Resolves in a later task, so the browser can paint and answer the reader's taps in between. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Runs each step in a task of its own, and resolves in a task after the last one (so what the caller
 * does next does not share the last step's task). For work that must happen anyway but need not happen at
 * once, such as creating the `Intl` formatters a render will use: on a cheap phone the page's first
 * `Intl` object alone takes tens of milliseconds (the browser loads its locale data), and a reader
 * tapping the quick exit meanwhile should not wait for the whole batch. A step that throws is
 * skipped: preparing is only ever an optimisation.
 */
export async function inSeparateTasks(steps: ReadonlyArray<() => unknown>): Promise<void> {
  for (const step of steps) {
    await nextTask();
    try {
      step();
    } catch {
      // the render that needs it will meet (and handle) the same problem
    }
  }
  await nextTask();
}
