/** Records console messages of one level while a test runs; `restore()` puts the console back. */
export function spyConsole(level: 'warn' | 'error'): { messages: string[]; restore(): void } {
  const original = console[level];
  const messages: string[] = [];
  console[level] = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => void (console[level] = original) };
}

/** Collects the `shield-error` events that reach `target` (default: the document). */
export function collectShieldErrors(target: EventTarget = document): {
  codes: string[];
  stop(): void;
} {
  const codes: string[] = [];
  const listener = (event: Event) =>
    void codes.push((event as CustomEvent<{ code: string }>).detail.code);
  target.addEventListener('shield-error', listener);
  return { codes, stop: () => target.removeEventListener('shield-error', listener) };
}
