// The helpline call to action at every ending is a helpline banner: its element comes with it.
import '@shieldkit/helpline-banner/define.js';
import { ShieldScenario } from './scenario.js';

ShieldScenario.define('shield-scenario');

declare global {
  interface HTMLElementTagNameMap {
    'shield-scenario': ShieldScenario;
  }
}
