import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Horizontal travel, in CSS pixels, that makes a touch gesture a swipe. */
export const SWIPE_THRESHOLD = 50;

/**
 * Tells a horizontal touch or pen swipe (not a mouse drag, not a mostly vertical scroll) over an
 * element: `forward` is towards the start of the line, which brings the next item — leftwards in
 * left-to-right text, rightwards in right-to-left. Bind `start` to `pointerdown` and `end` to
 * `pointerup` and `pointercancel`.
 */
export class SwipeController implements ReactiveController {
  private from: { x: number; y: number; id: number } | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: {
      dir: () => 'ltr' | 'rtl';
      onSwipe: (direction: 'forward' | 'back') => void;
    },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.from = undefined;
  }

  readonly start = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' || !event.isPrimary) return;
    this.from = { x: event.clientX, y: event.clientY, id: event.pointerId };
  };

  readonly end = (event: PointerEvent): void => {
    const from = this.from;
    this.from = undefined;
    if (!from || from.id !== event.pointerId || event.type === 'pointercancel') return;
    const dx = event.clientX - from.x;
    const dy = event.clientY - from.y;
    if (Math.abs(dx) < SWIPE_THRESHOLD || Math.abs(dx) <= Math.abs(dy)) return;
    const towardsStart = this.options.dir() === 'rtl' ? dx > 0 : dx < 0;
    this.options.onSwipe(towardsStart ? 'forward' : 'back');
  };
}
