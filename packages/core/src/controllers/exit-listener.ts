import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `clear` when a quick exit starts anywhere on the page (`shield-exit`) and when the page is
 * hidden for good (`pagehide`), so answers and open stories do not survive in memory.
 * It never cancels the exit: only the embedding page's own code may do that.
 *
 * The controller is the window's listener itself, with `clear` as its `handleEvent`: no function
 * bound per host, and few bytes in the CDN file, which the banner's copy of it shares.
 */
export class ExitListenerController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    /** Forgets the host's reader state (an arrow function: it is called on the controller). */
    readonly handleEvent: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('shield-exit', this);
    addEventListener('pagehide', this);
  }

  hostDisconnected(): void {
    removeEventListener('shield-exit', this);
    removeEventListener('pagehide', this);
  }
}
