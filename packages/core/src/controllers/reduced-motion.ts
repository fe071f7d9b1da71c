import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks `prefers-reduced-motion: reduce` and re-renders the host when the reader changes it. */
export class ReducedMotionController implements ReactiveController {
  private readonly query = matchMedia('(prefers-reduced-motion: reduce)');
  private readonly onChange = (): void => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True when the reader asked for less motion. */
  get reduced(): boolean {
    return this.query.matches;
  }

  hostConnected(): void {
    this.query.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query.removeEventListener('change', this.onChange);
  }
}
