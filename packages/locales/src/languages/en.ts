import type { LocaleFile } from '../types.js';

/** English: the source language and the fallback, always bundled. */
const en: LocaleFile = {
  meta: {
    code: 'en',
    name: 'English',
    englishName: 'English',
    dir: 'ltr',
    status: 'native-reviewed',
  },
  strings: {
    quickExit: {
      label: 'Exit this page',
      emergencyPrefix: 'Emergency',
      pressMore_one: '{{key}}: press {{count}} more time to exit',
      pressMore_other: '{{key}}: press {{count}} more times to exit',
      timedOut: 'Exit shortcut timed out',
      leaving: 'Loading…',
      safetyInfo:
        'This button does not delete your browsing history. If someone checks this device, use a private window or a safer device.',
      safetyLink: 'How to browse more safely',
    },
  },
};

export default en;
