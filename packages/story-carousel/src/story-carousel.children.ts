/**
 * When the carousel reads its `<shield-story>` children (and its `cta` slot) again: a
 * MutationObserver while it is on the page marks them changed on any change below it but its own
 * attributes, and asks for a render. The element reads them in `willUpdate` (story-carousel.ts).
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export class ChildrenController implements ReactiveController {
  /** The children changed since they were last read (true until the first read). */
  changed = true;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => r.target !== this.host || r.type !== 'attributes')) {
        this.changed = true;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
    this.changed = true;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
