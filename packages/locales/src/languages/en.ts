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
    helplineBanner: {
      label: 'Helplines',
      title: 'Get help, free and confidential',
      country: 'Your country',
      chooseCountry: 'Choose your country',
      chooseCountryHint: 'Choose your country to see helplines you can call or text.',
      hereGroup: 'Where you are: {{country}}',
      originGroup: 'From {{country}}, reachable from abroad',
      actions: {
        phone: 'Call',
        sms: 'Text',
        whatsapp: 'WhatsApp',
        chat: 'Chat online',
        form: 'Report online',
        email: 'Email',
      },
      smsKeyword: 'Message: {{keyword}}',
      tty: 'TTY: {{number}}',
      openAlways: 'Open 24 hours, every day',
      openUntil: 'Open now, until {{time}}',
      openNow: 'Open now',
      closedUntil: 'Closed now, opens {{when}}',
      closed: 'Closed now',
      free: 'Free',
      inCountryOnly: 'Only from inside {{country}}',
      fromAbroad: 'From abroad',
      languages: 'Languages: {{list}}',
      interpreters_one: '{{count, number}}+ more language through interpreters',
      interpreters_other: '{{count, number}}+ more languages through interpreters',
      interpretersAny: 'more languages through interpreters',
      lastChecked: 'Last checked {{date}}',
      noHelpline: 'We have no helpline listed for {{country}} yet.',
      findHelpline: 'Find a helpline in {{country}}',
      emergency: 'If you are in danger now, call your local emergency number.',
      hide: 'Hide helplines',
      show: 'Show helplines',
    },
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
