import type { LocaleFile } from '../types.js';

/** Romanian. Machine translation: needs a fluent reviewer before it is marked reviewed. */
const ro: LocaleFile = {
  meta: { code: 'ro', name: 'Română', englishName: 'Romanian', dir: 'ltr', status: 'machine' },
  strings: {
    quickExit: {
      label: 'Ieșiți de pe această pagină',
      emergencyPrefix: 'Urgență',
      pressMore_one: '{{key}}: mai apăsați {{count}} dată pentru a ieși',
      pressMore_few: '{{key}}: mai apăsați de {{count}} ori pentru a ieși',
      pressMore_other: '{{key}}: mai apăsați de {{count}} de ori pentru a ieși',
      timedOut: 'Timpul pentru scurtătura de ieșire a expirat',
      leaving: 'Se încarcă…',
      safetyInfo:
        'Acest buton nu șterge istoricul de navigare. Dacă cineva verifică acest dispozitiv, folosiți o fereastră privată sau un dispozitiv mai sigur.',
      safetyLink: 'Cum să navigați mai în siguranță',
    },
    helplineBanner: {
      label: 'Linii de ajutor',
      title: 'Primiți ajutor gratuit și confidențial',
      country: 'Țara dumneavoastră',
      chooseCountry: 'Alegeți țara',
      chooseCountryHint:
        'Alegeți țara pentru a vedea liniile de ajutor la care puteți suna sau trimite mesaje.',
      hereGroup: 'Unde vă aflați: {{country}}',
      originGroup: 'Din {{country}}, disponibile din străinătate',
      actions: {
        phone: 'Sunați',
        sms: 'Trimiteți SMS',
        whatsapp: 'WhatsApp',
        chat: 'Chat online',
        form: 'Raportați online',
        email: 'E-mail',
      },
      smsKeyword: 'Mesaj: {{keyword}}',
      tty: 'TTY: {{number}}',
      openAlways: 'Deschis 24 de ore, în fiecare zi',
      openUntil: 'Deschis acum, până la {{time}}',
      openNow: 'Deschis acum',
      closedUntil: 'Închis acum. Se deschide: {{when}}',
      closed: 'Închis acum',
      free: 'Gratuit',
      inCountryOnly: 'Doar din interiorul țării: {{country}}',
      fromAbroad: 'Din străinătate',
      languages: 'Limbi: {{list}}',
      interpreters_one: 'încă {{count, number}}+ limbă prin interpreți',
      interpreters_few: 'încă {{count, number}}+ limbi prin interpreți',
      interpreters_other: 'încă {{count, number}}+ de limbi prin interpreți',
      interpretersAny: 'alte limbi prin interpreți',
      lastChecked: 'Ultima verificare: {{date}}',
      noHelpline: 'Încă nu avem nicio linie de ajutor pentru {{country}}.',
      findHelpline: 'Găsiți o linie de ajutor în {{country}}',
      emergency: 'Dacă sunteți în pericol acum, sunați la numărul local de urgență.',
      hide: 'Ascundeți liniile de ajutor',
      show: 'Afișați liniile de ajutor',
    },
    checklist: {
      loading: 'Se încarcă…',
      loadFailed: 'Lista nu a putut fi încărcată. Puteți totuși primi ajutor mai jos.',
      sets: {
        'job-offer': {
          title: 'Verificați o ofertă de muncă sau de călătorie',
          intro:
            'Înainte să acceptați, bifați fiecare propoziție care este adevărată despre ofertă.',
        },
        'my-situation': {
          title: 'Mi se întâmplă asta mie?',
          intro:
            'Bifați fiecare propoziție care este adevărată pentru dumneavoastră. Puteți bifa niciuna, una sau mai multe.',
        },
        'someone-else': {
          title: 'Semne că cineva ar putea avea nevoie de ajutor',
          intro:
            'Gândiți-vă la persoana pentru care vă faceți griji. Bifați fiecare propoziție care este adevărată pentru ea.',
        },
        responder: {
          title: 'Instrument de identificare pentru personalul din prima linie',
          intro:
            'Bifați ce vedeți sau ce vă spune persoana. Acest instrument vă sprijină procedura de referire; nu o înlocuiește.',
        },
      },
      categories: {
        offer: 'Locul de muncă',
        money: 'Bani',
        papers: 'Acte și contract',
        pressure: 'Presiune',
        'papers-money': 'Actele și banii dumneavoastră',
        freedom: 'Libertatea dumneavoastră',
        threats: 'Amenințări și violență',
        conditions: 'Condiții de muncă și de trai',
        control: 'Cine are controlul',
        wellbeing: 'Cum pare persoana',
        children: 'Copii',
        recruitment: 'Recrutare',
        coercion: 'Amenințări și forță',
        exploitation: 'Condiții și vârstă',
        other: 'Alte semne',
      },
      result: {
        'job-offer': {
          none: 'Nimic bifat. Înainte să acceptați, cereți un contract pe care îl puteți citi, țineți pașaportul la dumneavoastră și nu plătiți niciodată ca să obțineți un loc de muncă.',
          some: 'Nu vă grăbiți să acceptați. Vorbiți cu cineva în care aveți încredere sau sunați la o linie de ajutor: vă pot ajuta să verificați oferta.',
          urgent:
            'Dacă sunteți în pericol acum, sunați la numărul de urgență. Nu trebuie să plecați. Apoi vorbiți cu cineva în care aveți încredere sau sunați la o linie de ajutor.',
        },
        'my-situation': {
          none: 'Nimic bifat. Dacă lucrurile se schimbă, reveniți la această listă. Puteți suna oricând la o linie de ajutor, chiar și doar ca să întrebați.',
          some: 'Nu trebuie să treceți prin asta fără ajutor, și nu este vina dumneavoastră. Vorbiți cu cineva în care aveți încredere sau sunați la o linie de ajutor ca să aflați ce opțiuni aveți.',
          urgent:
            'Dacă sunteți în pericol acum, sunați la numărul de urgență. Dacă puteți, mergeți într-un loc sigur. Apoi sunați la o linie de ajutor: acolo vă pot ajuta.',
        },
        'someone-else': {
          none: 'Nimic bifat. Fiți atenți la schimbări. Dacă încă vă faceți griji, o linie de ajutor vă poate da sfaturi.',
          some: 'Persoana ar putea avea nevoie de ajutor. Nu înfruntați pe nimeni care pare să o controleze. Sunați la o linie de ajutor ca să aflați ce să faceți.',
          urgent:
            'Dacă cineva este în pericol acum, sunați la numărul de urgență. Nu vă puneți în pericol nici pe dumneavoastră, nici pe acea persoană. Apoi sunați la o linie de ajutor.',
        },
        responder: {
          none: 'Niciun indicator bifat. Rămâneți atenți: oamenii vorbesc adesea mai târziu, după ce capătă încredere în dumneavoastră.',
          some: 'Vorbiți cu persoana între patru ochi și în limba ei. Urmați procedura de referire și cereți sfatul unui specialist sau al unei linii de ajutor.',
          urgent:
            'Posibil pericol acum. Urmați procedura de protecție: întâi siguranța, apoi referirea. Sunați la serviciile de urgență dacă o viață este în pericol.',
        },
      },
      whyLabel: 'De ce contează:',
      caution:
        'Aceste semne sunt un îndemn să cereți sfaturi. Niciun semn, singur, nu dovedește nimic.',
      clear: 'Ștergeți răspunsurile',
      cleared: 'Răspunsurile au fost șterse.',
      privacy: 'Răspunsurile nu sunt salvate și nu sunt trimise.',
      sources: 'Surse',
      sourcesIntro: 'Întrebările sunt scrise cu propriile noastre cuvinte, pornind de la:',
      items: {
        'offer-too-good':
          'Salariul este mult mai mare decât pentru aceeași muncă în orice alt loc.',
        'offer-vague':
          'Nimeni nu vă poate spune exact ce muncă este, numele angajatorului sau adresa.',
        'offer-changes': 'Munca, salariul sau locul se tot schimbă.',
        'offer-fee': 'Trebuie să plătiți o taxă ca să obțineți munca, viza sau călătoria.',
        'offer-travel-debt':
          'Ei vă plătesc drumul, iar dumneavoastră trebuie să dați banii înapoi din salariu.',
        'offer-passport-kept':
          'Spun că vă vor păstra pașaportul sau actul de identitate „ca să fie în siguranță”.',
        'offer-no-contract':
          'Nu există un contract scris, sau este într-o limbă pe care nu o puteți citi.',
        'offer-pressure': 'Vă presează să decideți repede sau să nu spuneți nimănui despre ofertă.',
        'offer-online-only':
          'Vorbiți cu ei doar pe rețele sociale sau aplicații de chat, niciodată la un birou.',
        'offer-threats': 'Vă amenință pe dumneavoastră sau familia dumneavoastră dacă refuzați.',
        'passport-kept':
          'Altcineva vă ține pașaportul sau actul de identitate și nu vi-l dă înapoi.',
        'wages-withheld': 'Nu vi se plătește salariul, sau altcineva vi-l ia.',
        'debt-grows': 'Datorați bani șefului sau recrutorului, iar datoria tot crește.',
        'cannot-leave': 'Nu puteți pleca atunci când vreți din locul unde munciți sau locuiți.',
        'contact-cut': 'Cineva vă împiedică să vă sunați sau să vă vedeți familia sau prietenii.',
        threatened: 'Cineva amenință că vă va face rău dumneavoastră sau familiei dumneavoastră.',
        hurt: 'Cineva vă lovește, vă face rău sau vă atinge în mod sexual fără să vreți.',
        'police-threat':
          'Cineva spune că poliția vă va aresta sau vă va trimite din țară dacă vă plângeți.',
        'long-hours': 'Munciți foarte multe ore, cu puține zile libere sau deloc.',
        'no-food-care': 'Nu aveți destulă mâncare, timp de somn sau îngrijire medicală.',
        'other-speaks-for': 'Cineva este mereu cu persoana și vorbește în locul ei.',
        'other-no-documents': 'Persoana nu are la ea propriul pașaport sau act de identitate.',
        'other-debt': 'Persoana datorează bani unui recrutor sau unui șef.',
        'other-cannot-leave': 'Persoana este încuiată sau nu poate pleca atunci când vrea.',
        'other-fearful':
          'Persoana pare speriată sau agitată, ori răspunsurile ei par învățate pe de rost.',
        'other-injuries': 'Persoana are răni pe care nu vrea să le explice.',
        'other-lost-track': 'Persoana nu își știe adresa sau ce zi este.',
        'other-hungry-tired':
          'Persoana pare flămândă, foarte obosită sau bolnavă, și nu primește îngrijire.',
        'other-child-not-school': 'Un copil nu mai merge la școală sau muncește în loc să învețe.',
        'other-child-danger':
          'Un copil este rănit sau este pus să muncească, să cerșească ori să facă lucruri sexuale.',
        'resp-deceived': 'Persoanei i s-a promis altă muncă, alt salariu sau alt loc.',
        'resp-recruit-debt':
          'Persoana a plătit taxe de recrutare sau are o datorie pentru drum ori locuință.',
        'resp-documents': 'Altcineva îi ține actele de identitate.',
        'resp-accompanied':
          'Altă persoană vorbește în locul ei sau nu o lasă singură cu dumneavoastră.',
        'resp-wages': 'Persoana nu este plătită sau salariul ei ajunge la altcineva.',
        'resp-threats':
          'Persoana sau familia ei au fost amenințate, inclusiv cu poliția sau cu expulzarea.',
        'resp-violence': 'Există semne de violență fizică sau sexuală.',
        'resp-confined': 'Persoana nu poate pleca liber de la muncă sau din locuință.',
        'resp-conditions':
          'Persoana lucrează prea multe ore sau nu are mâncare, odihnă ori îngrijire medicală.',
        'resp-child':
          'Persoana este un copil care muncește, cerșește, comite infracțiuni pentru alții sau este exploatat sexual.',
      },
      why: {
        'resp-deceived':
          'Înșelăciunea la recrutare este un indicator-cheie. Notați ce s-a promis și ce s-a întâmplat.',
        'resp-recruit-debt':
          'O datorie poate fi folosită ca persoana să nu poată pleca (servitute pentru datorii).',
        'resp-documents':
          'Fără acte, o persoană nu se poate deplasa, nu își poate schimba locul de muncă și nu poate cere ajutor în siguranță.',
        'resp-accompanied':
          'Poate fi de față cineva care o controlează. Vorbiți cu persoana între patru ochi, cu un interpret care nu o cunoaște.',
        'resp-wages':
          'Salariile neplătite sau luate îi prind pe oameni în capcană și sunt frecvente în munca forțată.',
        'resp-threats':
          'Amenințările îi fac pe oameni să se teamă să ceară ajutor sau să spună ce s-a întâmplat.',
        'resp-violence':
          'Violența înseamnă un risc pentru sănătate sau viață. Întâi siguranța și îngrijirea medicală.',
        'resp-confined': 'Dacă o persoană nu poate pleca, ar putea fi în pericol chiar acum.',
        'resp-conditions':
          'Condițiile abuzive afectează sănătatea și arată cum este tratată persoana.',
        'resp-child':
          'Un copil nu poate consimți la exploatare. Urmați imediat procedura de protecție a copilului.',
      },
    },
    stories: {
      label: 'Povești ale supraviețuitorilor',
      slide: '{{index}} din {{total}}',
      pick: 'Povestea {{index}} din {{total}}',
      picker: 'Alegeți o poveste',
      previous: 'Povestea anterioară',
      next: 'Povestea următoare',
      pause: 'Opriți derularea',
      start: 'Porniți derularea',
      contentNote: 'Avertisment privind conținutul:',
      show: 'Afișați povestea',
      skip: 'Săriți peste această poveste',
      showList: 'Afișați toate poveștile ca listă',
      from: '{{name}}, {{location}}',
      pseudonym: 'Numele a fost schimbat pentru a proteja identitatea',
      getHelp: 'Cereți ajutor',
    },
  },
};

export default ro;
