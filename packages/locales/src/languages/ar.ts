import type { LocaleFile } from '../types.js';

/** Arabic. Machine translation: needs a fluent reviewer before it is marked reviewed. */
const ar: LocaleFile = {
  meta: { code: 'ar', name: 'العربية', englishName: 'Arabic', dir: 'rtl', status: 'machine' },
  strings: {
    quickExit: {
      label: 'غادر هذه الصفحة',
      emergencyPrefix: 'طوارئ',
      pressMore_zero: '{{key}}: اضغط مرة أخرى للخروج',
      pressMore_one: '{{key}}: اضغط مرة واحدة أخرى للخروج',
      pressMore_two: '{{key}}: اضغط مرتين أخريين للخروج',
      pressMore_few: '{{key}}: اضغط {{count}} مرات أخرى للخروج',
      pressMore_many: '{{key}}: اضغط {{count}} مرة أخرى للخروج',
      pressMore_other: '{{key}}: اضغط {{count}} مرة أخرى للخروج',
      timedOut: 'انتهت مهلة اختصار الخروج',
      leaving: 'جارٍ التحميل…',
      safetyInfo:
        'هذا الزر لا يحذف سجل التصفح. إذا كان أحد يتفقد هذا الجهاز، فاستخدم نافذة خاصة أو جهازًا أكثر أمانًا.',
      safetyLink: 'كيف تتصفح بأمان أكبر',
    },
  },
};

export default ar;
