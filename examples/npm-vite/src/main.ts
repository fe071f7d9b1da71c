// Each `define.js` registers one element; import only the widgets the page shows. The classes and
// types come from the package roots, which register nothing.
import '@shieldkit/quick-exit/define.js';
import '@shieldkit/helpline-banner/define.js';
import '@shieldkit/red-flag-checklist/define.js';
import type { ChecklistResultDetail } from '@shieldkit/red-flag-checklist';
import type { HelplineContactDetail } from '@shieldkit/helpline-banner';

// Typed through HTMLElementTagNameMap: `banner` is a ShieldHelplineBanner.
const banner = document.querySelector('shield-helpline-banner');
if (banner) banner.dismissible = true;

// Shieldkit events carry no personal data: an app may count them, never the answers.
document.addEventListener('shield-helpline-contact', (event) => {
  const { helplineId, channel } = (event as CustomEvent<HelplineContactDetail>).detail;
  console.info(`helpline contact: ${helplineId} by ${channel}`);
});
// The checklist's level is derived from the answers: dispatched only with `report-results`.
document.addEventListener('shield-checklist-result', (event) => {
  const { set, level } = (event as CustomEvent<ChecklistResultDetail>).detail;
  console.info(`checklist ${set}: ${level}`);
});
