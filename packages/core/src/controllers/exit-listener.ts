import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `clear` when a quick exit starts anywhere on the page (`shield-exit`) and when the page is
 * hidden for good (`pagehide`), so answers and open stories do not survive in memory.
 * It never cancels the exit: only the embedding page's own code may do that.
 */
export class ExitListenerController implements ReactiveController {
  private readonly onExit = (): void => this.clear();

  constructor(
    host: ReactiveControllerHost,
    private readonly clear: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('shield-exit', this.onExit);
    window.addEventListener('pagehide', this.onExit);
  }

  hostDisconnected(): void {
    window.removeEventListener('shield-exit', this.onExit);
    window.removeEventListener('pagehide', this.onExit);
  }
}
