/** Registers every Shieldkit element. This is the entry of the CDN file `dist/shieldkit.js`. */
import '@shieldkit/quick-exit/define.js';
import '@shieldkit/story-carousel/define.js';
import '@shieldkit/red-flag-checklist/define.js';
import '@shieldkit/helpline-banner/define.js';
import '@shieldkit/campaign/define.js';
