import { ContextRoot } from '@lit/context';
import { ShieldCampaign } from './campaign-element.js';

// Widgets may upgrade before <shield-campaign> does (script order, lazy widgets): a context root
// keeps their requests and answers them when the campaign arrives. One per page, whatever the copies.
const attached = Symbol.for('shieldkit.context-root');
const root = document.documentElement as HTMLElement & { [attached]?: true };
if (!root[attached]) {
  root[attached] = true;
  new ContextRoot().attach(root);
}

ShieldCampaign.define('shield-campaign');

declare global {
  interface HTMLElementTagNameMap {
    'shield-campaign': ShieldCampaign;
  }
}
