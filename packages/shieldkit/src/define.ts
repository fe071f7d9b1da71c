/** Registers every Shieldkit element (for bundlers; the CDN file's entry is `cdn.ts`). The campaign first. */
import '@shieldkit/campaign/define.js';
import '@shieldkit/quick-exit/define.js';
import '@shieldkit/story-carousel/define.js';
import '@shieldkit/red-flag-checklist/define.js';
import '@shieldkit/scenario/define.js';
import '@shieldkit/helpline-banner/define.js';
