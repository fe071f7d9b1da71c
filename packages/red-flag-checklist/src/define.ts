import { ShieldRedFlagChecklist } from './red-flag-checklist.js';

ShieldRedFlagChecklist.define('shield-red-flag-checklist');

declare global {
  interface HTMLElementTagNameMap {
    'shield-red-flag-checklist': ShieldRedFlagChecklist;
  }
}
