/**
 * The few words only print needs, per language. They live here, not in `@shieldkit/locales`, so
 * that no reader's language file (downloaded by the widgets) carries poster wording. Everything else
 * printed (red flags, "Free", opening hours, headings) is the widgets' translated text. Like every
 * non-English text in Shieldkit these are machine translations until a reviewer signs them off
 * (the language's status in `@shieldkit/locales`); agencies can override any of them with the
 * campaign's `strings` (`print.notAlone` …).
 */
export interface PrintStrings {
  /** The quick message on posters and flyers. */
  notAlone: string;
  /** Beside a QR code. */
  scan: string;
  /** The pocket card's back: above the three questions. */
  askBefore: string;
  /** Three questions to ask before accepting a job. */
  questions: readonly [string, string, string];
}

export const PRINT_STRINGS: Readonly<Record<string, PrintStrings>> = {
  en: {
    notAlone: 'You are not alone.',
    scan: 'Scan for more help',
    askBefore: 'Before you accept a job, ask:',
    questions: [
      'Can I read the contract in my language before I go?',
      'Will I keep my own passport and ID card?',
      'Do I have to pay anything to get this job?',
    ],
  },
  es: {
    notAlone: 'No estás sola. No estás solo.',
    scan: 'Escanea para más ayuda',
    askBefore: 'Antes de aceptar un trabajo, pregunta:',
    questions: [
      '¿Puedo leer el contrato en mi idioma antes de irme?',
      '¿Me quedaré con mi pasaporte y mi documento de identidad?',
      '¿Tengo que pagar algo para conseguir este trabajo?',
    ],
  },
  fr: {
    notAlone: 'Vous n’êtes pas seul·e.',
    scan: 'Scannez pour plus d’aide',
    askBefore: 'Avant d’accepter un travail, demandez :',
    questions: [
      'Puis-je lire le contrat dans ma langue avant de partir ?',
      'Est-ce que je garde mon passeport et ma carte d’identité ?',
      'Dois-je payer quelque chose pour obtenir ce travail ?',
    ],
  },
  pt: {
    notAlone: 'Você não está sozinha nem sozinho.',
    scan: 'Leia o código para mais ajuda',
    askBefore: 'Antes de aceitar um trabalho, pergunte:',
    questions: [
      'Posso ler o contrato na minha língua antes de ir?',
      'Vou ficar com o meu passaporte e o meu documento de identidade?',
      'Tenho que pagar alguma coisa para conseguir este trabalho?',
    ],
  },
  ar: {
    notAlone: 'لستَ وحدك. لستِ وحدك.',
    scan: 'امسح الرمز لمزيد من المساعدة',
    askBefore: 'قبل قبول أي عمل، اسأل:',
    questions: [
      'هل يمكنني قراءة العقد بلغتي قبل السفر؟',
      'هل سأحتفظ بجواز سفري وبطاقة هويتي؟',
      'هل عليّ دفع أي مبلغ للحصول على هذا العمل؟',
    ],
  },
  fa: {
    notAlone: 'شما تنها نیستید.',
    scan: 'برای کمک بیشتر، کد را اسکن کنید',
    askBefore: 'پیش از پذیرفتن هر کاری بپرسید:',
    questions: [
      'آیا می‌توانم پیش از رفتن، قرارداد را به زبان خودم بخوانم؟',
      'آیا گذرنامه و کارت شناسایی‌ام پیش خودم می‌ماند؟',
      'آیا برای گرفتن این کار باید پولی بپردازم؟',
    ],
  },
  'fa-AF': {
    notAlone: 'شما تنها نیستید.',
    scan: 'برای کمک بیشتر، کد را اسکن کنید',
    askBefore: 'پیش از قبول کردن هر کاری بپرسید:',
    questions: [
      'آیا می‌توانم پیش از رفتن، قرارداد را به زبان خود بخوانم؟',
      'آیا پاسپورت و تذکره‌ام نزد خودم می‌ماند؟',
      'آیا برای گرفتن این کار باید پول بپردازم؟',
    ],
  },
  ps: {
    notAlone: 'تاسو یوازې نه یاست.',
    scan: 'د لا زیاتې مرستې لپاره کوډ سکن کړئ',
    askBefore: 'د کار له منلو مخکې وپوښتئ:',
    questions: [
      'ایا زه کولی شم له تګ مخکې تړون په خپله ژبه ولولم؟',
      'ایا زما پاسپورټ او تذکره به له ما سره پاتې وي؟',
      'ایا د دې کار د ترلاسه کولو لپاره باید پیسې ورکړم؟',
    ],
  },
  ur: {
    notAlone: 'آپ اکیلے نہیں ہیں۔',
    scan: 'مزید مدد کے لیے کوڈ اسکین کریں',
    askBefore: 'کوئی نوکری قبول کرنے سے پہلے پوچھیں:',
    questions: [
      'کیا میں جانے سے پہلے معاہدہ اپنی زبان میں پڑھ سکتا ہوں؟',
      'کیا میرا پاسپورٹ اور شناختی کارڈ میرے پاس رہے گا؟',
      'کیا یہ نوکری لینے کے لیے مجھے کوئی رقم دینی ہوگی؟',
    ],
  },
  uk: {
    notAlone: 'Ви не самі.',
    scan: 'Скануйте, щоб отримати більше допомоги',
    askBefore: 'Перш ніж погодитися на роботу, запитайте:',
    questions: [
      'Чи можу я прочитати договір своєю мовою до від’їзду?',
      'Чи залишиться мій паспорт і посвідчення особи в мене?',
      'Чи треба мені платити за те, щоб отримати цю роботу?',
    ],
  },
  ru: {
    notAlone: 'Вы не одни.',
    scan: 'Отсканируйте, чтобы получить больше помощи',
    askBefore: 'Прежде чем согласиться на работу, спросите:',
    questions: [
      'Могу ли я прочитать договор на своём языке до отъезда?',
      'Останутся ли мой паспорт и удостоверение личности у меня?',
      'Нужно ли мне платить, чтобы получить эту работу?',
    ],
  },
  pl: {
    notAlone: 'Nie jesteś sama. Nie jesteś sam.',
    scan: 'Zeskanuj, aby uzyskać więcej pomocy',
    askBefore: 'Zanim przyjmiesz pracę, zapytaj:',
    questions: [
      'Czy mogę przeczytać umowę w moim języku przed wyjazdem?',
      'Czy mój paszport i dowód osobisty zostaną przy mnie?',
      'Czy muszę za coś zapłacić, żeby dostać tę pracę?',
    ],
  },
  ro: {
    notAlone: 'Nu sunteți singur. Nu sunteți singură.',
    scan: 'Scanați pentru mai mult ajutor',
    askBefore: 'Înainte să acceptați un loc de muncă, întrebați:',
    questions: [
      'Pot citi contractul în limba mea înainte de plecare?',
      'Îmi păstrez pașaportul și actul de identitate?',
      'Trebuie să plătesc ceva ca să obțin acest loc de muncă?',
    ],
  },
  tr: {
    notAlone: 'Yalnız değilsiniz.',
    scan: 'Daha fazla yardım için kodu tarayın',
    askBefore: 'Bir işi kabul etmeden önce sorun:',
    questions: [
      'Gitmeden önce sözleşmeyi kendi dilimde okuyabilir miyim?',
      'Pasaportum ve kimlik kartım bende kalacak mı?',
      'Bu işi almak için bir ücret ödemem gerekiyor mu?',
    ],
  },
  bn: {
    notAlone: 'আপনি একা নন।',
    scan: 'আরও সাহায্যের জন্য কোডটি স্ক্যান করুন',
    askBefore: 'কোনো কাজ নেওয়ার আগে জিজ্ঞেস করুন:',
    questions: [
      'যাওয়ার আগে আমি কি চুক্তিটি আমার ভাষায় পড়তে পারব?',
      'আমার পাসপোর্ট ও পরিচয়পত্র কি আমার কাছেই থাকবে?',
      'এই কাজটি পেতে আমাকে কি কোনো টাকা দিতে হবে?',
    ],
  },
  hi: {
    notAlone: 'आप अकेले नहीं हैं।',
    scan: 'और मदद के लिए कोड स्कैन करें',
    askBefore: 'कोई नौकरी स्वीकार करने से पहले पूछें:',
    questions: [
      'क्या मैं जाने से पहले अनुबंध अपनी भाषा में पढ़ सकता हूँ?',
      'क्या मेरा पासपोर्ट और पहचान पत्र मेरे पास ही रहेगा?',
      'क्या यह नौकरी पाने के लिए मुझे कोई पैसा देना होगा?',
    ],
  },
  ne: {
    notAlone: 'तपाईं एक्लो हुनुहुन्न।',
    scan: 'थप सहयोगका लागि कोड स्क्यान गर्नुहोस्',
    askBefore: 'कुनै काम स्वीकार गर्नुअघि सोध्नुहोस्:',
    questions: [
      'जानुअघि म सम्झौता आफ्नै भाषामा पढ्न सक्छु?',
      'मेरो राहदानी र परिचयपत्र मसँगै रहन्छ?',
      'यो काम पाउन मैले कुनै पैसा तिर्नुपर्छ?',
    ],
  },
  my: {
    notAlone: 'သင် တစ်ယောက်တည်း မဟုတ်ပါ။',
    scan: 'နောက်ထပ် အကူအညီအတွက် ကုဒ်ကို စကင်ဖတ်ပါ',
    askBefore: 'အလုပ်တစ်ခုကို လက်မခံမီ မေးပါ -',
    questions: [
      'မသွားမီ စာချုပ်ကို ကျွန်ုပ်၏ဘာသာစကားဖြင့် ဖတ်နိုင်ပါသလား။',
      'ကျွန်ုပ်၏ နိုင်ငံကူးလက်မှတ်နှင့် မှတ်ပုံတင်ကို ကျွန်ုပ်ကိုယ်တိုင် သိမ်းထားခွင့်ရှိပါသလား။',
      'ဤအလုပ်ရရန် ငွေတစ်စုံတစ်ရာ ပေးရမလား။',
    ],
  },
  th: {
    notAlone: 'คุณไม่ได้อยู่ตามลำพัง',
    scan: 'สแกนเพื่อรับความช่วยเหลือเพิ่มเติม',
    askBefore: 'ก่อนรับงาน ให้ถามว่า:',
    questions: [
      'ฉันอ่านสัญญาเป็นภาษาของฉันก่อนเดินทางได้ไหม',
      'ฉันจะได้เก็บหนังสือเดินทางและบัตรประชาชนไว้เองไหม',
      'ฉันต้องจ่ายเงินเพื่อให้ได้งานนี้ไหม',
    ],
  },
  vi: {
    notAlone: 'Bạn không đơn độc.',
    scan: 'Quét mã để được giúp đỡ thêm',
    askBefore: 'Trước khi nhận một công việc, hãy hỏi:',
    questions: [
      'Tôi có được đọc hợp đồng bằng tiếng của mình trước khi đi không?',
      'Tôi có được tự giữ hộ chiếu và giấy tờ tùy thân không?',
      'Tôi có phải trả tiền để nhận công việc này không?',
    ],
  },
  sw: {
    notAlone: 'Hauko peke yako.',
    scan: 'Changanua msimbo kwa msaada zaidi',
    askBefore: 'Kabla ya kukubali kazi, uliza:',
    questions: [
      'Je, ninaweza kusoma mkataba kwa lugha yangu kabla ya kwenda?',
      'Je, nitabaki na pasipoti na kitambulisho changu mwenyewe?',
      'Je, ni lazima nilipe chochote ili kupata kazi hii?',
    ],
  },
};
