import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A key pressed on its own a number of times within a time window, e.g. Shift ×3 within 5 s. */
export interface KeySequence {
  /** `event.key` of the key: `Shift` (left and right alike) or `Escape`. */
  key: 'Shift' | 'Escape';
  presses: number;
  /** Milliseconds allowed between two presses; the window restarts on each press. */
  within: number;
  /** Ignore presses while focus is in a text field, an editable region or a dialog. */
  ignoreInFields?: boolean;
}

export interface KeySequenceCallbacks {
  /** A press counted; `remaining` presses are still needed. */
  onProgress(remaining: number): void;
  /** The window ran out after at least one press. */
  onTimeout(): void;
  onComplete(): void;
  /** Another key was pressed after at least one counted press, so counting starts again. */
  onReset?(): void;
}

/** One document listener pair serves every controller on the page. */
const active = new Set<KeySequenceController>();

function onKeyDown(event: KeyboardEvent): void {
  active.forEach((controller) => controller.keyDown(event));
}
function onKeyUp(event: KeyboardEvent): void {
  active.forEach((controller) => controller.keyUp(event));
}

function isInField(event: KeyboardEvent): boolean {
  return event.composedPath().some((target) => {
    if (!(target instanceof HTMLElement)) return false;
    if (
      target.isContentEditable ||
      target.localName === 'textarea' ||
      target.localName === 'select'
    ) {
      return true;
    }
    if (target instanceof HTMLInputElement) {
      return ![
        'button',
        'checkbox',
        'radio',
        'submit',
        'reset',
        'image',
        'range',
        'color',
      ].includes(target.type);
    }
    return (
      target.localName === 'dialog' ||
      target.getAttribute('role') === 'dialog' ||
      target.getAttribute('role') === 'alertdialog'
    );
  });
}

/**
 * Recognises a keyboard shortcut made of one key pressed alone several times.
 *
 * A modifier (Shift) counts when it is released without another key having been pressed while it
 * was down, so Shift+A never counts; any other key resets the count; held-key repeats are ignored.
 */
export class KeySequenceController implements ReactiveController {
  private count = 0;
  private modifierDown = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private sequence: KeySequence | undefined,
    private readonly callbacks: KeySequenceCallbacks,
  ) {
    host.addController(this);
  }

  /** Changes (or with `undefined`, turns off) the sequence; progress starts again. */
  setSequence(sequence: KeySequence | undefined): void {
    this.sequence = sequence;
    this.reset();
  }

  hostConnected(): void {
    if (active.size === 0) {
      document.addEventListener('keydown', onKeyDown, true);
      document.addEventListener('keyup', onKeyUp, true);
    }
    active.add(this);
  }

  hostDisconnected(): void {
    active.delete(this);
    this.reset();
    if (active.size === 0) {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('keyup', onKeyUp, true);
    }
  }

  /** @internal called by the shared listener */
  keyDown(event: KeyboardEvent): void {
    const sequence = this.sequence;
    if (!sequence) return;
    if (event.key !== sequence.key) {
      const hadProgress = this.count > 0;
      this.reset();
      if (hadProgress) this.callbacks.onReset?.();
      return;
    }
    if (event.repeat) return;
    if (sequence.ignoreInFields && isInField(event)) return;
    if (sequence.key === 'Shift') this.modifierDown = true;
    else this.press();
  }

  /** @internal called by the shared listener */
  keyUp(event: KeyboardEvent): void {
    if (this.sequence?.key !== 'Shift' || event.key !== 'Shift' || !this.modifierDown) return;
    this.modifierDown = false;
    this.press();
  }

  private press(): void {
    const sequence = this.sequence!;
    this.count += 1;
    clearTimeout(this.timer);
    if (this.count >= sequence.presses) {
      this.reset();
      this.callbacks.onComplete();
      return;
    }
    this.timer = setTimeout(() => {
      this.reset();
      this.callbacks.onTimeout();
    }, sequence.within);
    this.callbacks.onProgress(sequence.presses - this.count);
  }

  private reset(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.count = 0;
    this.modifierDown = false;
  }
}
