import './support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { defineElement } from '../src/define.js';
import { ShieldElement } from '../src/shield-element.js';
import { collectShieldErrors, spyConsole } from './support/console-spy.js';

class First extends ShieldElement {}
class Second extends ShieldElement {
  static override shieldVersion = '9.9.9';
}

describe('guarded define', () => {
  it('registers a new tag', () => {
    expect(First.define('shield-define-test')).to.equal(true);
    expect(customElements.get('shield-define-test')).to.equal(First);
  });

  it('defining the same class again is a silent no-op', () => {
    const warnings = spyConsole('warn');
    try {
      expect(First.define('shield-define-test')).to.equal(false);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('a second copy is skipped with one warning naming both versions, and never throws', () => {
    const warnings = spyConsole('warn');
    const errors = collectShieldErrors();
    try {
      expect(() => Second.define('shield-define-test')).not.to.throw();
      expect(Second.define('shield-define-test-2')).to.equal(true);
      expect(defineElement('shield-define-test', class extends HTMLElement {})).to.equal(false);
      expect(customElements.get('shield-define-test')).to.equal(First);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('version 0.0.0').and.to.contain('9.9.9');
      expect(errors.codes).to.deep.equal(['duplicate-copy']);
    } finally {
      warnings.restore();
      errors.stop();
    }
  });

  it('reports an invalid tag instead of throwing', () => {
    const errors = spyConsole('error');
    try {
      expect(defineElement('NotAValidTag', class extends HTMLElement {})).to.equal(false);
      expect(errors.messages[0]).to.contain('<NotAValidTag> could not be defined');
    } finally {
      errors.restore();
    }
  });
});

describe('emit', () => {
  it('dispatches a bubbling, composed event that crosses shadow roots', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('shield-define-test') as ShieldElement;
    shadow.append(el);
    let seen: CustomEvent | undefined;
    document.addEventListener('shield-exit', (e) => (seen = e as CustomEvent), { once: true });
    const event = el.emit('shield-exit', { trigger: 'activation' }, { cancelable: true });
    expect(seen).to.equal(event);
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(event.detail).to.deep.equal({ trigger: 'activation' });
    host.remove();
  });
});

describe('VERSION', () => {
  it('is the version in core’s package.json (kept in step by npm run version-packages)', async () => {
    const { VERSION } = await import('../src/version.js');
    const manifest = await (await fetch(new URL('../package.json', import.meta.url))).json();
    expect(VERSION).to.equal(manifest.version);
  });
});
