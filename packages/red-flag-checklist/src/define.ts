// The help after the list is a helpline banner and a quick exit: their elements come with it.
import '@shieldkit/helpline-banner/define.js';
import '@shieldkit/quick-exit/define.js';
import { ShieldRedFlagChecklist } from './red-flag-checklist.js';

ShieldRedFlagChecklist.define('shield-red-flag-checklist');

declare global {
  interface HTMLElementTagNameMap {
    'shield-red-flag-checklist': ShieldRedFlagChecklist;
  }
}
