import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { mountState, widgetStates } from './support/widget-states.js';

// The browser's computed accessibility tree of every widget in its key states, left to right and
// right to left: roles, names, states and reading order, one line per node. The expected trees
// are committed beside each widget (packages/<widget>/test/__snapshots__/<state>.<dir>.ax.txt) and
// reviewed like code. After an intended change, rewrite them with `npm run test:update-ax` and
// read the diff. Chromium computes them (puppeteer's accessibility API needs the DevTools protocol);
// elsewhere these tests are skipped, saying so.

interface Snapshot {
  supported: boolean;
  actual?: string;
  expected?: string | null;
  updated?: boolean;
}

describe('Accessibility tree', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    for (const state of widgetStates) {
      const file = `packages/${state.widget}/test/__snapshots__/${state.name}.${dir}.ax.txt`;
      it(`${state.widget}, ${state.name} (${dir}) matches ${file}`, async function () {
        await mountState(state, dir);
        const snapshot = await executeServerCommand<Snapshot, { file: string }>(
          'shield-ax-snapshot',
          { file },
        );
        // Firefox and WebKit: no DevTools protocol, no tree to compare.
        if (!snapshot.supported) this.skip();
        expect(snapshot.expected, `${file} is missing: run npm run test:update-ax`).to.be.a(
          'string',
        );
        expect(snapshot.actual).to.equal(snapshot.expected);
      });
    }
  }
});
