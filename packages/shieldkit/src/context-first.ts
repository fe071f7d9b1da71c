/**
 * Imported first by `cdn.ts`: `<shield-campaign>` loads on first sight, after the widgets have
 * upgraded, so the context root that hands it to them must be there before any widget.
 */
import { attachContextRoot } from '@shieldkit/campaign/context-root.js';

attachContextRoot();
