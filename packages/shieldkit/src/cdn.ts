/**
 * The entry of the CDN file `dist/shieldkit.js`: one script that brings every element.
 *
 * What a reader in danger needs at once is in the file itself: the quick exit and the helpline
 * banner. The red-flag checklist, the story carousel, the scenario and the campaign (with its validator) are a
 * separate file each (`dist/widgets/…`), loaded the first time the page has such an element. Until
 * it arrives, a widget shows its light-DOM content; widgets take a late campaign when it comes.
 *
 * Evaluating this file registers nothing yet: the quick exit is registered (and upgraded) a task
 * later, the banner and the loader of the other widgets a task each after it, so that on a cheap
 * phone no single task of ours holds the main thread for long (DESIGN.md, "The main thread on a
 * cheap phone"). Until then each element shows its light-DOM content, which works without us.
 */
import './context-first.js';
import { inSeparateTasks } from '@shieldkit/core';
import { ShieldQuickExit } from '@shieldkit/quick-exit';
import { ShieldHelplineBanner } from '@shieldkit/helpline-banner';
import { autoload } from './autoload.js';

void inSeparateTasks([
  () => ShieldQuickExit.define('shield-quick-exit'),
  () => ShieldHelplineBanner.define('shield-helpline-banner'),
  () =>
    autoload({
      'shield-campaign': () => import('@shieldkit/campaign/define.js'),
      'shield-red-flag-checklist': () => import('@shieldkit/red-flag-checklist/define.js'),
      'shield-story-carousel': () => import('@shieldkit/story-carousel/define.js'),
      'shield-story': () => import('@shieldkit/story-carousel/define.js'),
      'shield-scenario': () => import('@shieldkit/scenario/define.js'),
    }),
]);
