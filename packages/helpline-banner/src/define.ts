import '@shieldkit/quick-exit/define.js';
import { ShieldHelplineBanner } from './helpline-banner.js';

ShieldHelplineBanner.define('shield-helpline-banner');

declare global {
  interface HTMLElementTagNameMap {
    'shield-helpline-banner': ShieldHelplineBanner;
  }
}
