/**
 * The studio as a page (`dist/index.html` loads `dist/studio.js`, built from this file): registers
 * `<shield-studio>` and opens the campaign `npx @shieldkit/studio campaign.json` put into the page.
 */
import './define.js';

const studio = document.querySelector('shield-studio');
const initial = document.getElementById('initial-campaign');
const text = initial?.textContent ?? '';
if (studio && text.trim() !== '') {
  void studio.updateComplete.then(() =>
    studio.openText(text, initial?.dataset['name'] || 'campaign.json'),
  );
}
