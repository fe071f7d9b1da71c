/**
 * The entry of the CDN file `dist/shieldkit.js`: one script that brings every element.
 *
 * What a reader in danger needs at once is in the file itself: the quick exit, the helpline banner
 * and the campaign. The red-flag checklist and the story carousel are larger and are read, not used
 * in an emergency: their code is a separate file (`dist/widgets/…`), loaded the first time the page
 * has such an element. Until it arrives, the element shows its light-DOM content.
 */
import './campaign-first.js';
import '@shieldkit/quick-exit/define.js';
import '@shieldkit/helpline-banner/define.js';
import { autoload } from './autoload.js';

autoload({
  'shield-red-flag-checklist': () => import('@shieldkit/red-flag-checklist/define.js'),
  'shield-story-carousel': () => import('@shieldkit/story-carousel/define.js'),
  'shield-story': () => import('@shieldkit/story-carousel/define.js'),
});
