import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type StickyEdge = 'top' | 'bottom' | undefined;

const PADDING = { top: 'scroll-padding-block-start', bottom: 'scroll-padding-block-end' } as const;

/** Every bar stuck to an edge, with its height; shared by all controllers on the page. */
const bars = { top: new Map<object, number>(), bottom: new Map<object, number>() };
/** What the page itself had set, restored when the last bar leaves that edge. */
const pageValue: Partial<Record<'top' | 'bottom', string>> = {};

/** Keeps the page's scroll padding on `edge` equal to its tallest bar, or gives it back. */
function applyPadding(edge: 'top' | 'bottom'): void {
  const style = document.documentElement.style;
  const heights = [...bars[edge].values()];
  if (heights.length > 0) style.setProperty(PADDING[edge], `${Math.ceil(Math.max(...heights))}px`);
  else if (pageValue[edge]) style.setProperty(PADDING[edge], pageValue[edge]);
  else style.removeProperty(PADDING[edge]);
}

/**
 * A bar stuck to the top or bottom of the viewport must never hide the element that has focus
 * (WCAG 2.4.11). While the host is stuck to an edge, the page's scroll padding on that edge is kept
 * equal to the tallest such bar, so browsers scroll focused elements clear of it; when the last bar
 * leaves, the page's own value comes back.
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
    if (bars[edge].size === 0) {
      pageValue[edge] = document.documentElement.style.getPropertyValue(PADDING[edge]);
    }
    // The height arrives with the observer's first report, at the next frame: reading
    // `offsetHeight` here would force a layout of the whole page inside the render.
    bars[edge].set(this, 0);
    this.observer = new ResizeObserver(([entry]) => {
      bars[edge].set(this, entry?.borderBoxSize[0]?.blockSize ?? this.host.offsetHeight);
      applyPadding(edge);
    });
    this.observer.observe(this.host);
  }

  private release(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.edge && bars[this.edge].delete(this)) applyPadding(this.edge);
  }
}
