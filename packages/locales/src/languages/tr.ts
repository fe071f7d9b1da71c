import type { LocaleFile } from '../types.js';

/** Turkish. Machine translation: needs a fluent reviewer before it is marked reviewed. */
const tr: LocaleFile = {
  meta: { code: 'tr', name: 'Türkçe', englishName: 'Turkish', dir: 'ltr', status: 'machine' },
  strings: {
    checklist: {
      loading: 'Yükleniyor…',
      loadFailed: 'Liste yüklenemedi. Yine de aşağıdan yardım alabilirsiniz.',
      sets: {
        'job-offer': {
          title: 'Bir iş ya da yolculuk teklifini kontrol edin',
          intro: 'Kabul etmeden önce, teklif için doğru olan her cümleyi işaretleyin.',
        },
        'my-situation': {
          title: 'Bu benim başıma mı geliyor?',
          intro:
            'Sizin için doğru olan her cümleyi işaretleyin. Hiçbirini, birini ya da birçoğunu işaretleyebilirsiniz.',
        },
        'someone-else': {
          title: 'Birinin yardıma ihtiyacı olabileceğine dair işaretler',
          intro: 'Endişelendiğiniz kişiyi düşünün. Onun için doğru olan her cümleyi işaretleyin.',
        },
        responder: {
          title: 'Sahada çalışan personel için tarama aracı',
          intro:
            'Gördüklerinizi ya da kişinin size anlattıklarını işaretleyin. Bu araç yönlendirme prosedürünüze destek olur; onun yerini tutmaz.',
        },
      },
      categories: {
        offer: 'İş',
        money: 'Para',
        papers: 'Belgeler ve sözleşme',
        pressure: 'Baskı',
        'papers-money': 'Belgeleriniz ve paranız',
        freedom: 'Özgürlüğünüz',
        threats: 'Tehdit ve şiddet',
        conditions: 'Çalışma ve yaşam koşulları',
        control: 'Kontrol kimde',
        wellbeing: 'Kişi nasıl görünüyor',
        children: 'Çocuklar',
        recruitment: 'İşe alım',
        coercion: 'Tehdit ve zorlama',
        exploitation: 'Koşullar ve yaş',
        other: 'Diğer işaretler',
      },
      result: {
        'job-offer': {
          none: 'Hiçbir şey işaretlenmedi. Kabul etmeden önce okuyabileceğiniz bir sözleşme isteyin, pasaportunuzu kendinizde tutun ve iş bulmak için asla para ödemeyin.',
          some: 'Evet demek için acele etmeyin. Güvendiğiniz biriyle konuşun ya da bir yardım hattını arayın: teklifi sizinle birlikte kontrol edebilirler.',
          urgent:
            'Şu anda tehlikedeyseniz acil durum numarasını arayın. Gitmek zorunda değilsiniz. Sonra güvendiğiniz biriyle konuşun ya da bir yardım hattını arayın.',
        },
        'my-situation': {
          none: 'Hiçbir şey işaretlenmedi. Bir şey değişirse bu listeye geri dönün. Bir yardım hattını her zaman arayabilirsiniz, sadece soru sormak için bile.',
          some: 'Bununla tek başınıza baş etmek zorunda değilsiniz ve bu sizin suçunuz değil. Güvendiğiniz biriyle konuşun ya da seçeneklerinizi öğrenmek için bir yardım hattını arayın.',
          urgent:
            'Şu anda tehlikedeyseniz acil durum numarasını arayın. Yapabiliyorsanız güvenli bir yere gidin. Sonra bir yardım hattını arayın: size yardım edebilirler.',
        },
        'someone-else': {
          none: 'Hiçbir şey işaretlenmedi. Değişikliklere dikkat edin. Hâlâ endişeliyseniz bir yardım hattı size tavsiye verebilir.',
          some: 'Bu kişinin yardıma ihtiyacı olabilir. Onu kontrol ediyor gibi görünen kimseyle yüzleşmeyin. Ne yapmanız gerektiğini sormak için bir yardım hattını arayın.',
          urgent:
            'Biri şu anda tehlikedeyse acil durum numarasını arayın. Kendinizi ya da o kişiyi riske atmayın. Sonra bir yardım hattını arayın.',
        },
        responder: {
          none: 'Hiçbir gösterge işaretlenmedi. Dikkatli olun: insanlar çoğu zaman size güvendikten sonra anlatır.',
          some: 'Kişiyle yalnız ve kendi dilinde konuşun. Yönlendirme prosedürünüzü izleyin ve bir uzmandan ya da yardım hattından tavsiye isteyin.',
          urgent:
            'Şu anda tehlike olabilir. Koruma prosedürünüzü izleyin: önce güvenlik, sonra yönlendirme. Bir can risk altındaysa acil servisleri arayın.',
        },
      },
      whyLabel: 'Neden önemli:',
      caution:
        'Bu işaretler, tavsiye almanız için birer uyarıdır. Tek bir işaret hiçbir şeyi kanıtlamaz.',
      clear: 'Yanıtları temizle',
      cleared: 'Yanıtlarınız temizlendi.',
      privacy: 'Yanıtlarınız kaydedilmez ve gönderilmez.',
      sources: 'Kaynaklar',
      sourcesIntro: 'Sorular şu kaynaklardan yararlanılarak kendi sözlerimizle yazıldı:',
      items: {
        'offer-too-good': 'Ücret, aynı iş için başka her yerden çok daha yüksek.',
        'offer-vague':
          'Kimse size işin tam olarak ne olduğunu, işverenin adını ya da adresi söyleyemiyor.',
        'offer-changes': 'İş, ücret ya da yer sürekli değişiyor.',
        'offer-fee': 'İşi, vizeyi ya da yolculuğu almak için para ödemeniz gerekiyor.',
        'offer-travel-debt':
          'Yol paranızı onlar ödüyor, siz de bunu maaşınızdan geri ödemek zorundasınız.',
        'offer-passport-kept':
          'Pasaportunuzu ya da kimlik kartınızı “güvende olsun diye” kendilerinin tutacağını söylüyorlar.',
        'offer-no-contract': 'Yazılı bir sözleşme yok ya da okuyamadığınız bir dilde.',
        'offer-pressure':
          'Hızlı karar vermeniz ya da teklifi kimseye söylememeniz için sizi zorluyorlar.',
        'offer-online-only':
          'Onlarla sadece sosyal medyada ya da mesajlaşma uygulamalarında konuşuyorsunuz, hiçbir zaman bir ofiste değil.',
        'offer-threats': 'Hayır derseniz sizi ya da ailenizi tehdit ediyorlar.',
        'passport-kept': 'Pasaportunuzu ya da kimlik kartınızı başkası tutuyor ve geri vermiyor.',
        'wages-withheld': 'Size ödeme yapılmıyor ya da maaşınızı başkası alıyor.',
        'debt-grows': 'Patronunuza ya da sizi işe alan kişiye borçlusunuz ve borç sürekli büyüyor.',
        'cannot-leave': 'Çalıştığınız ya da yaşadığınız yerden istediğiniz zaman ayrılamıyorsunuz.',
        'contact-cut': 'Biri ailenizi ya da arkadaşlarınızı aramanızı veya görmenizi engelliyor.',
        threatened: 'Biri size ya da ailenize zarar vermekle tehdit ediyor.',
        hurt: 'Biri size vuruyor, canınızı yakıyor ya da size istemediğiniz cinsel bir şekilde dokunuyor.',
        'police-threat':
          'Biri, şikâyet ederseniz polisin sizi tutuklayacağını ya da ülkeden göndereceğini söylüyor.',
        'long-hours': 'Çok uzun saatler çalışıyorsunuz, izin gününüz çok az ya da hiç yok.',
        'no-food-care': 'Yeterince yemek, uyku ya da sağlık bakımı alamıyorsunuz.',
        'other-speaks-for': 'Biri hep yanında ve onun yerine konuşuyor.',
        'other-no-documents': 'Kendi pasaportu ya da kimlik kartı yok.',
        'other-debt': 'Onu işe alan kişiye ya da patronuna borçlu.',
        'other-cannot-leave': 'Kilit altında tutuluyor ya da istediğinde ayrılamıyor.',
        'other-fearful': 'Korkmuş ya da gergin görünüyor veya cevapları ezberlenmiş gibi.',
        'other-injuries': 'Açıklamak istemediği yaraları var.',
        'other-lost-track': 'Adresini ya da bugünün hangi gün olduğunu bilmiyor.',
        'other-hungry-tired': 'Aç, çok yorgun ya da hasta görünüyor ve kimse ona bakmıyor.',
        'other-child-not-school': 'Bir çocuk okula gitmeyi bıraktı ya da okul yerine çalışıyor.',
        'other-child-danger':
          'Bir çocuğa zarar veriliyor ya da çocuk çalışmaya, dilenmeye veya cinsel şeyler yapmaya zorlanıyor.',
        'resp-deceived': 'Kişiye farklı bir iş, ücret ya da yer vaat edildi.',
        'resp-recruit-debt': 'Kişi işe alım ücreti ödedi ya da yol veya barınma için borçlu.',
        'resp-documents': 'Kimlik belgelerini başka biri tutuyor.',
        'resp-accompanied': 'Başka biri onun yerine konuşuyor ya da onu sizinle yalnız bırakmıyor.',
        'resp-wages': 'Ona ödeme yapılmıyor ya da ücreti başka birine gidiyor.',
        'resp-threats':
          'Kendisi ya da ailesi tehdit edildi; buna polis ya da sınır dışı etme tehdidi de dahil.',
        'resp-violence': 'Fiziksel ya da cinsel şiddet belirtileri var.',
        'resp-confined': 'İşinden ya da kaldığı yerden özgürce ayrılamıyor.',
        'resp-conditions':
          'Aşırı uzun saatler çalışıyor ya da yemek, dinlenme veya sağlık bakımından yoksun.',
        'resp-child':
          'Kişi; çalışan, dilenen, başkaları için suç işleyen ya da cinsel olarak sömürülen bir çocuk.',
      },
      why: {
        'resp-deceived':
          'İşe alımda aldatma temel bir göstergedir. Ne vaat edildiğini ve ne olduğunu not edin.',
        'resp-recruit-debt':
          'Borç, bir kişinin ayrılmasını engellemek için kullanılabilir (borç esareti).',
        'resp-documents':
          'Belgesi olmayan biri yer değiştiremez, iş değiştiremez ya da güvenle yardım isteyemez.',
        'resp-accompanied':
          'Kontrol eden biri orada olabilir. Kişiyle yalnız konuşun; onu tanımayan bir tercüman kullanın.',
        'resp-wages':
          'Ödenmeyen ya da el konulan ücretler insanları tuzağa düşürür ve zorla çalıştırmada sık görülür.',
        'resp-threats':
          'Tehditler insanları yardım isteyemeyecek ya da olanları anlatamayacak kadar korkutur.',
        'resp-violence':
          'Şiddet, sağlık ya da yaşam için risk demektir. Önce güvenlik ve sağlık bakımı gelir.',
        'resp-confined': 'Bir kişi ayrılamıyorsa şu anda tehlikede olabilir.',
        'resp-conditions':
          'İstismarcı koşullar sağlığa zarar verir ve kişiye nasıl davranıldığını gösterir.',
        'resp-child':
          'Bir çocuk sömürüye rıza gösteremez. Çocuk koruma prosedürünüzü hemen izleyin.',
      },
    },
    stories: {
      label: 'Hayatta kalanların hikâyeleri',
      slide: '{{index}} / {{total}}',
      pick: 'Hikâye {{index}} / {{total}}',
      picker: 'Bir hikâye seçin',
      previous: 'Önceki hikâye',
      next: 'Sonraki hikâye',
      pause: 'Otomatik geçişi durdur',
      start: 'Otomatik geçişi başlat',
      contentNote: 'İçerik uyarısı:',
      show: 'Hikâyeyi göster',
      skip: 'Bu hikâyeyi atla',
      showList: 'Tüm hikâyeleri liste olarak göster',
      from: '{{name}}, {{location}}',
      pseudonym: 'Kimliği korumak için isim değiştirildi',
      getHelp: 'Yardım alın',
    },
    helplineBanner: {
      label: 'Yardım hatları',
      title: 'Yardım alın: ücretsiz ve gizli',
      country: 'Ülkeniz',
      chooseCountry: 'Ülkenizi seçin',
      chooseCountryHint:
        'Arayabileceğiniz ya da mesaj atabileceğiniz yardım hatlarını görmek için ülkenizi seçin.',
      hereGroup: 'Bulunduğunuz yer: {{country}}',
      originGroup: '{{country}}: yurt dışından ulaşılabilir',
      actions: {
        phone: 'Ara',
        sms: 'SMS gönder',
        whatsapp: 'WhatsApp',
        chat: 'Çevrimiçi sohbet',
        form: 'Çevrimiçi bildir',
        email: 'E-posta',
      },
      smsKeyword: 'Mesaj: {{keyword}}',
      tty: 'Metin telefonu (TTY): {{number}}',
      openAlways: 'Her gün 24 saat açık',
      openUntil: 'Şu an açık, kapanış: {{time}}',
      openNow: 'Şu an açık',
      closedUntil: 'Şu an kapalı, açılış: {{when}}',
      closed: 'Şu an kapalı',
      free: 'Ücretsiz',
      inCountryOnly: 'Yalnızca ülke içinden: {{country}}',
      fromAbroad: 'Yurt dışından',
      languages: 'Diller: {{list}}',
      interpreters_one: 'tercüman aracılığıyla {{count, number}}+ dil daha',
      interpreters_other: 'tercüman aracılığıyla {{count, number}}+ dil daha',
      interpretersAny: 'tercüman aracılığıyla başka diller',
      lastChecked: 'Son kontrol: {{date}}',
      noHelpline: '{{country}} için henüz kayıtlı bir yardım hattımız yok.',
      findHelpline: 'Yardım hattı bul: {{country}}',
      emergency: 'Şu anda tehlikedeyseniz yerel acil durum numarasını arayın.',
      hide: 'Yardım hatlarını gizle',
      show: 'Yardım hatlarını göster',
    },
    quickExit: {
      label: 'Bu sayfadan çık',
      emergencyPrefix: 'Acil',
      pressMore_one: '{{key}}: çıkmak için {{count}} kez daha basın',
      pressMore_other: '{{key}}: çıkmak için {{count}} kez daha basın',
      timedOut: 'Hızlı çıkış süresi doldu',
      leaving: 'Yükleniyor…',
      safetyInfo:
        'Bu düğme tarama geçmişinizi silmez. Biri bu cihazı kontrol ediyorsa gizli pencere ya da daha güvenli bir cihaz kullanın.',
      safetyLink: 'İnternette daha güvenli gezinme',
    },
  },
};

export default tr;
