import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type StickyEdge = 'top' | 'bottom' | undefined;

const PADDING = { top: 'scroll-padding-block-start', bottom: 'scroll-padding-block-end' } as const;

/**
 * A bar stuck to the top or bottom of the viewport must never hide the element that has focus
 * (WCAG 2.4.11). While the host is stuck to an edge, this keeps the page's scroll padding on that
 * edge equal to the host's height, so browsers scroll focused elements clear of it; it removes the
 * padding again when the host leaves the edge or the page.
 */
export class StickySpaceController implements ReactiveController {
  private edge: StickyEdge;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Sticks to `edge` (or, with `undefined`, to none). */
  stickTo(edge: StickyEdge): void {
    if (edge === this.edge && (this.observer || !edge)) return;
    this.release();
    this.edge = edge;
    if (edge && this.host.isConnected) this.observe(edge);
  }

  hostConnected(): void {
    if (this.edge) this.observe(this.edge);
  }

  hostDisconnected(): void {
    this.release();
  }

  private observe(edge: 'top' | 'bottom'): void {
    this.observer = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize[0]?.blockSize ?? this.host.offsetHeight;
      document.documentElement.style.setProperty(PADDING[edge], `${Math.ceil(height)}px`);
    });
    this.observer.observe(this.host);
  }

  private release(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.edge) document.documentElement.style.removeProperty(PADDING[this.edge]);
  }
}
