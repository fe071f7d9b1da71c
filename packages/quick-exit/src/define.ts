import { ShieldQuickExit } from './quick-exit.js';

ShieldQuickExit.define('shield-quick-exit');

declare global {
  interface HTMLElementTagNameMap {
    'shield-quick-exit': ShieldQuickExit;
  }
}
