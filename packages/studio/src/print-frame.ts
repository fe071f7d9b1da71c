/**
 * The studio's side of the print frame (`dist/print/index.html`, script `print-page.ts`): gives it
 * pages, hears which one it shows, scales it to the studio's column, and asks it to print. The
 * frame is sandboxed without `allow-same-origin`, so all of this goes by `postMessage`.
 */
import { isObject } from './model.js';

const MM = 96 / 25.4; // CSS pixels per millimetre
/** The grey around each sheet on screen (the print CSS's `.sheet { margin: 8mm auto }`). */
const SHEET_MARGIN_MM = 8;

/** A page for the frame: the print HTML and its paper's width in millimetres. */
export interface FramePage {
  id: number;
  html: string;
  widthMm: number;
}

export class PrintFrame {
  /** The id of the page the frame shows (0: none yet). */
  shownId = 0;
  private ready = false;
  private latest?: FramePage;
  /** The frame's size for the page, in CSS pixels (the height once the frame has measured it). */
  private size?: { width: number; height?: number };
  private readonly resizeObserver = new ResizeObserver(() => this.fit());
  private wrapper?: Element;

  /**
   * @param root where the frame is (`.print-frame iframe`): the view's render root
   * @param onShown called when the frame shows the latest page
   */
  constructor(
    private readonly root: () => ParentNode,
    private readonly onShown: (id: number) => void,
  ) {}

  connect(): void {
    window.addEventListener('message', this.onMessage);
  }

  disconnect(): void {
    window.removeEventListener('message', this.onMessage);
    this.resizeObserver.disconnect();
    this.wrapper = undefined;
  }

  /** After each render: a new frame (the view reopened) starts again from "not ready". */
  rendered(): void {
    const wrapper = this.root().querySelector('.print-frame') ?? undefined;
    if (wrapper === this.wrapper) return;
    if (this.wrapper) this.resizeObserver.unobserve(this.wrapper);
    if (wrapper) this.resizeObserver.observe(wrapper);
    this.wrapper = wrapper;
    this.ready = false;
    this.shownId = 0;
  }

  private get frame(): HTMLIFrameElement | null {
    return this.root().querySelector<HTMLIFrameElement>('.print-frame iframe');
  }

  /** Gives the frame `page` (now, or as soon as it has loaded). */
  show(page: FramePage): void {
    this.latest = page;
    const target = this.frame?.contentWindow;
    if (!target || !this.ready) return;
    // The page's width first, so the frame measures the page's height at that width.
    this.size = { ...this.size, width: (page.widthMm + 2 * SHEET_MARGIN_MM) * MM };
    this.fit();
    // The frame has an opaque origin (sandbox without allow-same-origin): '*' is the only target.
    target.postMessage({ type: 'page', id: page.id, html: page.html }, '*');
  }

  /** Opens the browser's print dialog for page `id`, if the frame shows it. */
  print(id: number): void {
    const target = this.frame?.contentWindow;
    if (target && id > 0 && this.shownId === id) target.postMessage({ type: 'print', id }, '*');
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const frame = this.frame;
    if (!frame || event.source !== frame.contentWindow || !isObject(event.data)) return;
    const data = event.data;
    if (data['type'] === 'ready') {
      this.ready = true;
      if (this.latest) this.show(this.latest);
    } else if (data['type'] === 'shown' && data['id'] === this.latest?.id) {
      this.shownId = this.latest.id;
      const height = Number(data['height']);
      if (this.size && Number.isFinite(height) && height > 0) this.size = { ...this.size, height };
      this.fit();
      this.onShown(this.shownId);
    }
  };

  /** Scales the frame (the page at its paper size) to the width the studio has for it. */
  private fit(): void {
    const frame = this.frame;
    const wrapper = frame?.parentElement;
    if (!frame || !wrapper || !this.size) return;
    const { width, height } = this.size;
    const scale = Math.min(1, wrapper.clientWidth / width);
    // Through the CSSOM: the studio's CSP allows no style attributes.
    frame.style.inlineSize = `${width}px`;
    frame.style.transform = `scale(${scale})`;
    if (height === undefined) return;
    frame.style.blockSize = `${height}px`;
    wrapper.style.blockSize = `${Math.ceil(height * scale)}px`;
  }
}
