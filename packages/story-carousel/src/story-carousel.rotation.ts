/**
 * When the carousel's slides move by themselves: `autoplay` asked for it, the reader did not ask
 * for less motion, nothing has stopped it (the Pause control, keyboard focus, a touch) and no
 * pointer rests on the carousel. The element keeps what rotation moves (story-carousel.ts).
 */
import type { LitElement } from 'lit';
import { AutoplayController, ReducedMotionController } from '@shieldkit/core';

export interface RotationOptions {
  /** Rotation is asked for and possible: `autoplay`, the carousel view, more than one story. */
  wanted: () => boolean;
  /** Milliseconds on each slide. */
  delay: () => number;
  /** The slide on screen: a change starts the wait again. */
  position: () => unknown;
  /** Shows the next slide. */
  advance: () => void;
}

/** Owns the host's reduced-motion and autoplay controllers, and the reader's stops. */
export class RotationController {
  /** The reader stopped rotation (pause, keyboard focus, touch): it never restarts by itself. */
  private stopped = false;
  private hovering = false;
  private readonly motion: ReducedMotionController;

  constructor(
    private readonly host: LitElement,
    private readonly options: RotationOptions,
  ) {
    this.motion = new ReducedMotionController(host);
    // Moves on after `delay()`, waiting again whenever the slide changes.
    new AutoplayController(host, {
      running: () => this.rotating,
      delay: options.delay,
      position: options.position,
      advance: options.advance,
    });
  }

  /** There is a rotation control (off with reduced motion). */
  get enabled(): boolean {
    return this.options.wanted() && !this.motion.reduced;
  }

  /** Rotation is on (the control offers "Pause"). */
  get playing(): boolean {
    return this.enabled && !this.stopped;
  }

  /** Slides are actually moving by themselves now (on, and no pointer resting on the carousel). */
  get rotating(): boolean {
    return this.playing && !this.hovering;
  }

  // Each re-renders the host when it changes something, as a Lit `@state` does.
  private setStopped(stopped: boolean): void {
    if (stopped === this.stopped) return;
    this.stopped = stopped;
    this.host.requestUpdate();
  }

  private setHovering(hovering: boolean): void {
    if (hovering === this.hovering) return;
    this.hovering = hovering;
    this.host.requestUpdate();
  }

  private stop(): void {
    if (this.playing) this.setStopped(true);
  }

  /** The Pause/Start control. */
  readonly onRotationClick = (): void => {
    this.setStopped(this.playing);
  };

  /** Keyboard focus entering the carousel stops rotation (a mouse click does not: hover handles it). */
  readonly onFocusIn = (event: FocusEvent): void => {
    const from = event.relatedTarget;
    const host = this.host;
    if (from instanceof Node && (host.renderRoot.contains(from) || host.contains(from))) return;
    const target = event.composedPath()[0];
    if (target instanceof Element && target.matches(':focus-visible')) this.stop();
  };

  readonly onPointerEnter = (): void => {
    this.setHovering(true);
  };

  readonly onPointerLeave = (): void => {
    this.setHovering(false);
  };

  readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse') return;
    this.stop();
  };
}
