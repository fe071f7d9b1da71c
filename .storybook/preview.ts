import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
import { directionOf, languages, registerLocale } from '@shieldkit/locales';

// The pseudo-locale (accented, ~40 % longer) shows where text would be cut or overflow.
registerLocale('en-XA', () => import('@shieldkit/locales/pseudo.js'));
import manifest from 'virtual:shieldkit/custom-elements.json';
import { manifestForStorybook } from './custom-elements.js';

// Docs tables and controls come from the JSDoc of each element, via `npm run analyze`.
setCustomElementsManifest(manifestForStorybook(manifest));

/** "العربية — Arabic": the language's own name first (what a reader looks for), then English. */
function languageTitle(code: string): string {
  const own = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  return own === english ? own : `${own} — ${english}`;
}

type Direction = 'auto' | 'ltr' | 'rtl';
type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/** Events, parts and slots are documented in the table but have nothing to set: no control. */
const DOCUMENTED_ONLY = new Set(['events', 'css shadow parts', 'slots']);
const documentedOnlyWithoutControls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      DOCUMENTED_ONLY.has(String(argType.table?.category))
        ? { ...argType, control: false as const }
        : argType,
    ]),
  );

/**
 * The toolbar's language and direction go on `<html lang dir>`, as on an agency's page: widgets
 * resolve their language from the nearest `lang` and re-render when it changes. A story that sets
 * its own `lang` (the Arabic one) keeps it: the nearest `lang` wins.
 */
const withPageLanguage: Decorator = (story, { globals }) => {
  const lang = typeof globals['lang'] === 'string' && globals['lang'] ? globals['lang'] : 'en';
  const chosen = globals['dir'] as Direction | undefined;
  const dir = chosen === 'ltr' || chosen === 'rtl' ? chosen : directionOf(lang);
  const root = document.documentElement;
  if (root.getAttribute('lang') !== lang) root.setAttribute('lang', lang);
  if (root.getAttribute('dir') !== dir) root.setAttribute('dir', dir);
  return story();
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withPageLanguage],
  argTypesEnhancers: [documentedOnlyWithoutControls],
  globalTypes: {
    lang: {
      description: 'Language of the page (<html lang>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: languages.map((code) => ({ value: code, title: languageTitle(code), right: code })),
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction of the page (<html dir>)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction from the language' },
          { value: 'ltr', title: 'Left to right (ltr)' },
          { value: 'rtl', title: 'Right to left (rtl)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', dir: 'auto' satisfies Direction },
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    options: { storySort: { order: ['Introduction', 'Widgets'] } },
    docs: { toc: { headingSelector: 'h2, h3' } },
  },
};

export default preview;
