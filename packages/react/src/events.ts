import type { EventName } from '@lit/react';

/**
 * The typed name of a Shieldkit event for `createComponent`'s `events` map: the handler prop then
 * receives a `CustomEvent` whose `detail` has the type the element declares in `ShieldEventMap`.
 */
export type ShieldEventName<K extends keyof ShieldEventMap> = EventName<
  CustomEvent<ShieldEventMap[K]>
>;

/** `shield-error`, which every element dispatches on bad input. */
export const shieldError = 'shield-error' as ShieldEventName<'shield-error'>;

/** `shield-exit`, dispatched when a quick exit starts. */
export const shieldExit = 'shield-exit' as ShieldEventName<'shield-exit'>;
