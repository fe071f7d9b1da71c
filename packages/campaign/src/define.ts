import { ShieldCampaign } from './campaign-element.js';

ShieldCampaign.define('shield-campaign');

declare global {
  interface HTMLElementTagNameMap {
    'shield-campaign': ShieldCampaign;
  }
}
