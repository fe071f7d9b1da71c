/** What a `shield-error` event carries: a stable code and a message for developers. Never user data. */
export interface ShieldErrorDetail {
  code: string;
  message: string;
}

const reported = new Set<string>();

/**
 * Tells the embedding page that something was wrong, without ever throwing into it:
 * one console message (prefixed "Shieldkit:") and a bubbling, composed `shield-error` event
 * on `target` (the element concerned, or the document).
 *
 * `once` keys a message so it is logged a single time per page (e.g. an unknown language).
 */
export function reportError(
  target: EventTarget,
  detail: ShieldErrorDetail,
  { level = 'error', once }: { level?: 'error' | 'warn'; once?: string } = {},
): void {
  if (once !== undefined) {
    if (reported.has(once)) return;
    reported.add(once);
  }
  console[level](`Shieldkit: ${detail.message}`);
  target.dispatchEvent(
    new CustomEvent<ShieldErrorDetail>('shield-error', { detail, bubbles: true, composed: true }),
  );
}
