/**
 * The test safety guard. Import it first in every test file:
 *
 *     import '../../core/test/support/safety-guard.js';
 *
 * It records every write to cookies, localStorage, sessionStorage, IndexedDB or the Cache API, and
 * every request to another origin than the test server (fetch, XHR, beacons, sockets, and any
 * resource the page loads: images, scripts, styles, fonts), and fails the test in which it happened.
 */

export interface Violation {
  kind: 'storage' | 'cookie' | 'indexeddb' | 'cache' | 'network';
  what: string;
}

const violations: Violation[] = [];
const record = (kind: Violation['kind'], what: string): void =>
  void violations.push({ kind, what });
const isForeign = (url: string | URL): boolean =>
  new URL(String(url), location.href).origin !== location.origin;

/** Takes (and clears) what the guard has seen since the last call. */
export function takeViolations(): Violation[] {
  return violations.splice(0);
}

function install(): void {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    record(
      'storage',
      `${this === localStorage ? 'localStorage' : 'sessionStorage'}.setItem(${key})`,
    );
    return setItem.call(this, key, value);
  };

  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get(this: Document) {
      return cookie.get!.call(this);
    },
    set(this: Document, value: string) {
      record('cookie', `document.cookie = ${value.split('=')[0]}`);
      cookie.set!.call(this, value);
    },
  });

  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
    record('indexeddb', `indexedDB.open(${name})`);
    return open.call(this, name, version);
  };

  if ('caches' in window) {
    const cacheOpen = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (this: CacheStorage, name: string) {
      record('cache', `caches.open(${name})`);
      return cacheOpen.call(this, name);
    };
  }

  const fetch = window.fetch;
  window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    const url = input instanceof Request ? input.url : String(input);
    if (isForeign(url)) record('network', `fetch ${url}`);
    return fetch.call(window, input, init);
  };

  const xhrOpen = XMLHttpRequest.prototype.open as (
    this: XMLHttpRequest,
    ...args: unknown[]
  ) => void;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    if (isForeign(args[1] as string)) record('network', `XMLHttpRequest ${String(args[1])}`);
    return xhrOpen.apply(this, args);
  } as typeof XMLHttpRequest.prototype.open;

  const beacon = navigator.sendBeacon.bind(navigator);
  navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
    record('network', `sendBeacon ${String(url)}`);
    return beacon(url, data);
  };

  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      record('network', `WebSocket ${String(url)}`);
      super(url, protocols);
    }
  };

  // Everything else the page loads (img, script, link, font, iframe documents' subresources)
  // shows up in Resource Timing, including requests that failed.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (isForeign(entry.name))
        record('network', `${(entry as PerformanceResourceTiming).initiatorType} ${entry.name}`);
    }
  }).observe({ type: 'resource', buffered: true });
}

/** Resolves once every resource started so far has been reported to the observer. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

declare global {
  interface Window {
    __shieldSafetyGuard?: true;
  }
}

if (!window.__shieldSafetyGuard) {
  window.__shieldSafetyGuard = true;
  install();
  afterEach(async function () {
    await settle();
    const seen = takeViolations();
    if (seen.length > 0) {
      throw new Error(`Safety guard: ${seen.map((v) => `${v.kind}: ${v.what}`).join('; ')}`);
    }
  });
}
