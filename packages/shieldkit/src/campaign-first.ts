/**
 * Defines `<shield-campaign>` before any widget (imported first by `cdn.ts`), so every widget finds
 * its campaign as it upgrades. The campaign package's own `define.js` also attaches a context root
 * for pages that define widgets first; the CDN file never does, so it leaves that out.
 */
import { ShieldCampaign } from '@shieldkit/campaign';

ShieldCampaign.define('shield-campaign');
