import { ShieldCampaign } from './campaign-element.js';
import { attachContextRoot } from './context-root.js';

attachContextRoot();
ShieldCampaign.define('shield-campaign');

declare global {
  interface HTMLElementTagNameMap {
    'shield-campaign': ShieldCampaign;
  }
}
