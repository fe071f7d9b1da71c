/**
 * Reordering a list's items by dragging a handle. Pointer events, not HTML5 drag and drop: they
 * work the same for a mouse, a finger and a pen in Chromium, Firefox and WebKit (HTML5 drag and drop
 * has no touch in most mobile browsers), and the place an item will land is drawn by the studio's
 * own styles. The Move up / Move down buttons stay the keyboard and single-pointer way (WCAG
 * 2.5.7); the handle also moves its item with the arrow keys.
 *
 * While an item is dragged, only classes change (`drag-source` on it, `drop-before`/`drop-after`
 * on the item it will land next to); the campaign changes once, on the drop.
 */
import type { Path } from './model.js';

/** Moves the item at `from` to `to` in the list at `path`; focus goes to the moved item's handle. */
export type MoveByDrag = (path: Path, from: number, to: number) => void;

interface Gesture {
  pointerId: number;
  handle: HTMLElement;
  path: Path;
  from: number;
  to: number;
  startY: number;
  active: boolean;
}

/** How far (CSS px) the pointer must move before a press on the handle becomes a drag. */
const SLOP = 4;
/** Within this many px of the window's top or bottom edge, a drag scrolls the page. */
const EDGE = 48;

const DROP_CLASSES = ['drop-before', 'drop-after'];

export class ListDrag {
  private gesture?: Gesture;

  constructor(private readonly move: MoveByDrag) {}

  /** Starts watching a press on the handle of item `index` of the list at `path`. */
  readonly down = (event: PointerEvent, path: Path, index: number): void => {
    if (this.gesture || !event.isPrimary || event.button !== 0) return;
    const handle = event.currentTarget as HTMLElement;
    event.preventDefault(); // no text selection, no native drag of the button
    handle.focus({ preventScroll: true }); // it is under the pointer already
    try {
      handle.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser does not track (a synthetic event): the handle still hears it.
    }
    this.gesture = {
      pointerId: event.pointerId,
      handle,
      path,
      from: index,
      to: index,
      startY: event.clientY,
      active: false,
    };
  };

  readonly moved = (event: PointerEvent): void => {
    const g = this.gesture;
    if (!g || event.pointerId !== g.pointerId) return;
    if (!g.active && Math.abs(event.clientY - g.startY) < SLOP) return;
    g.active = true;
    const items = this.items(g.handle);
    const source = items[g.from];
    const others = items.filter((item) => item !== source);
    // The new place: after every other item whose middle is above the pointer.
    g.to = others.filter((item) => {
      const box = item.getBoundingClientRect();
      return box.top + box.height / 2 < event.clientY;
    }).length;
    for (const item of items) item.classList.remove('drag-source', ...DROP_CLASSES);
    source?.classList.add('drag-source');
    if (g.to !== g.from) {
      if (g.to < others.length) others[g.to]!.classList.add('drop-before');
      else others.at(-1)?.classList.add('drop-after');
    }
    if (event.clientY < EDGE) window.scrollBy(0, -EDGE / 2);
    else if (event.clientY > window.innerHeight - EDGE) window.scrollBy(0, EDGE / 2);
  };

  readonly up = (event: PointerEvent): void => {
    const g = this.gesture;
    if (!g || event.pointerId !== g.pointerId) return;
    this.end();
    if (g.active && g.to !== g.from) this.move(g.path, g.from, g.to);
  };

  /** The pointer was taken away (a scroll on touch, a system gesture): nothing moves. */
  readonly cancel = (event: PointerEvent): void => {
    if (this.gesture && event.pointerId === this.gesture.pointerId) this.end();
  };

  /** Escape drops nothing; the arrow keys move the item one place. */
  readonly key = (event: KeyboardEvent, path: Path, index: number, count: number): void => {
    if (event.key === 'Escape' && this.gesture) {
      event.preventDefault();
      this.end();
      return;
    }
    const step = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
    const to = index + step;
    if (step === 0 || this.gesture || to < 0 || to >= count) return;
    event.preventDefault();
    this.move(path, index, to);
  };

  private end(): void {
    const g = this.gesture;
    this.gesture = undefined;
    if (!g) return;
    for (const item of this.items(g.handle)) item.classList.remove('drag-source', ...DROP_CLASSES);
    try {
      if (g.handle.hasPointerCapture(g.pointerId)) g.handle.releasePointerCapture(g.pointerId);
    } catch {
      // Already released.
    }
  }

  /** The items of the handle's list (its `<ol>`'s own `<li>`s). */
  private items(handle: HTMLElement): HTMLElement[] {
    const item = handle.closest('li');
    const list = item?.parentElement;
    return list ? ([...list.children] as HTMLElement[]).filter((c) => c.localName === 'li') : [];
  }
}
