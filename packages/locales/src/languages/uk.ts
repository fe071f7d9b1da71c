import type { LocaleFile } from '../types.js';

/** Ukrainian. Machine translation: needs a fluent reviewer before it is marked reviewed. */
const uk: LocaleFile = {
  meta: { code: 'uk', name: 'Українська', englishName: 'Ukrainian', dir: 'ltr', status: 'machine' },
  strings: {
    quickExit: {
      label: 'Вийти з цієї сторінки',
      emergencyPrefix: 'Екстрено',
      pressMore_one: '{{key}}: натисніть ще {{count}} раз, щоб вийти',
      pressMore_few: '{{key}}: натисніть ще {{count}} рази, щоб вийти',
      pressMore_many: '{{key}}: натисніть ще {{count}} разів, щоб вийти',
      pressMore_other: '{{key}}: натисніть ще {{count}} раз, щоб вийти',
      timedOut: 'Час для швидкого виходу минув',
      leaving: 'Завантаження…',
      safetyInfo:
        'Ця кнопка не видаляє історію перегляду. Якщо хтось перевіряє цей пристрій, користуйтеся приватним вікном або безпечнішим пристроєм.',
      safetyLink: 'Як переглядати сайти безпечніше',
    },
  },
};

export default uk;
