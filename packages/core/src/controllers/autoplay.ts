import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface AutoplayOptions {
  /** Whether to move on by itself now (on, not paused, no pointer resting on the host …). */
  running: () => boolean;
  /** Milliseconds to wait on each position. */
  delay: () => number;
  /** What is on screen now: a change (by the reader or by `advance`) starts the wait again. */
  position: () => unknown;
  /** Moves on by one. */
  advance: () => void;
}

/**
 * Moves a host on by itself after a delay, while `running()`, after each update: the story
 * carousel's rotation. The wait starts again whenever `position()` changes, and stops while not
 * running, when the host leaves the page, or for good when the host turns it off.
 */
export class AutoplayController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private shown: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AutoplayOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const position = this.options.position();
    const moved = !Object.is(position, this.shown);
    this.shown = position;
    if (!this.options.running()) return this.stop();
    if (this.timer !== undefined && !moved) return;
    this.stop();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.options.advance();
      // Nothing changed (e.g. the content went away): still look again after the next update.
      this.host.requestUpdate();
    }, this.options.delay());
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
