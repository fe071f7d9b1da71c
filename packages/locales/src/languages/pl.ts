import type { LocaleFile } from '../types.js';

/** Polish. Machine translation: needs a fluent reviewer before it is marked reviewed. */
const pl: LocaleFile = {
  meta: { code: 'pl', name: 'Polski', englishName: 'Polish', dir: 'ltr', status: 'machine' },
  strings: {
    checklist: {
      loading: 'Ładowanie…',
      loadFailed: 'Nie udało się wczytać listy. Nadal możesz uzyskać pomoc poniżej.',
      sets: {
        'job-offer': {
          title: 'Sprawdź ofertę pracy lub wyjazdu',
          intro: 'Zanim się zgodzisz, zaznacz każde zdanie, które pasuje do tej oferty.',
        },
        'my-situation': {
          title: 'Czy to dzieje się ze mną?',
          intro:
            'Zaznacz każde zdanie, które jest prawdziwe w twoim przypadku. Możesz nie zaznaczyć nic, jedno lub wiele.',
        },
        'someone-else': {
          title: 'Oznaki, że ktoś może potrzebować pomocy',
          intro:
            'Pomyśl o osobie, o którą się martwisz. Zaznacz każde zdanie, które do niej pasuje.',
        },
        responder: {
          title: 'Narzędzie przesiewowe dla pracowników pierwszego kontaktu',
          intro:
            'Zaznacz to, co widzisz lub co mówi ci ta osoba. To narzędzie wspiera twoją procedurę kierowania do pomocy, ale jej nie zastępuje.',
        },
      },
      categories: {
        offer: 'Praca',
        money: 'Pieniądze',
        papers: 'Dokumenty i umowa',
        pressure: 'Presja',
        'papers-money': 'Twoje dokumenty i pieniądze',
        freedom: 'Twoja wolność',
        threats: 'Groźby i przemoc',
        conditions: 'Warunki pracy i życia',
        control: 'Kto ma kontrolę',
        wellbeing: 'Jak ta osoba wygląda',
        children: 'Dzieci',
        recruitment: 'Rekrutacja',
        coercion: 'Groźby i przymus',
        exploitation: 'Warunki i wiek',
        other: 'Inne oznaki',
      },
      result: {
        'job-offer': {
          none: 'Nic nie zaznaczono. Zanim się zgodzisz, poproś o umowę, którą możesz przeczytać, trzymaj swój paszport przy sobie i nigdy nie płać za pracę.',
          some: 'Nie spiesz się z decyzją. Porozmawiaj z kimś, komu ufasz, albo zadzwoń na linię pomocy: tam pomogą ci sprawdzić ofertę.',
          urgent:
            'Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń na numer alarmowy. Nie musisz jechać. Potem porozmawiaj z kimś, komu ufasz, albo zadzwoń na linię pomocy.',
        },
        'my-situation': {
          none: 'Nic nie zaznaczono. Jeśli coś się zmieni, wróć do tej listy. Możesz zadzwonić na linię pomocy w każdej chwili, nawet tylko po to, żeby zapytać.',
          some: 'Nie musisz mierzyć się z tym w pojedynkę i to nie twoja wina. Porozmawiaj z kimś, komu ufasz, albo zadzwoń na linię pomocy, aby poznać swoje możliwości.',
          urgent:
            'Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń na numer alarmowy. Jeśli możesz, idź w bezpieczne miejsce. Potem zadzwoń na linię pomocy: tam ci pomogą.',
        },
        'someone-else': {
          none: 'Nic nie zaznaczono. Zwracaj uwagę na zmiany. Jeśli nadal się martwisz, linia pomocy może ci doradzić.',
          some: 'Ta osoba może potrzebować pomocy. Nie konfrontuj się z nikim, kto wydaje się ją kontrolować. Zadzwoń na linię pomocy i zapytaj, co robić.',
          urgent:
            'Jeśli ktoś jest teraz w niebezpieczeństwie, zadzwoń na numer alarmowy. Nie narażaj ani siebie, ani tej osoby. Potem zadzwoń na linię pomocy.',
        },
        responder: {
          none: 'Nie zaznaczono żadnego wskaźnika. Zachowaj czujność: ludzie często mówią więcej później, gdy zaczną ci ufać.',
          some: 'Porozmawiaj z tą osobą na osobności i w jej języku. Postępuj zgodnie z procedurą kierowania do pomocy i poproś o radę specjalistę lub linię pomocy.',
          urgent:
            'Możliwe zagrożenie teraz. Postępuj zgodnie z procedurą ochrony: najpierw bezpieczeństwo, potem skierowanie. Jeśli zagrożone jest życie, wezwij służby ratunkowe.',
        },
      },
      whyLabel: 'Dlaczego to ważne:',
      caution:
        'Te oznaki to sygnał, by zasięgnąć porady. Żadna pojedyncza oznaka niczego nie dowodzi.',
      clear: 'Wyczyść odpowiedzi',
      cleared: 'Twoje odpowiedzi zostały wyczyszczone.',
      privacy: 'Twoje odpowiedzi nie są zapisywane ani wysyłane.',
      sources: 'Źródła',
      sourcesIntro: 'Pytania napisaliśmy własnymi słowami na podstawie:',
      items: {
        'offer-too-good': 'Płaca jest dużo wyższa niż za tę samą pracę gdzie indziej.',
        'offer-vague':
          'Nikt nie umie powiedzieć, jaka dokładnie to praca, jak nazywa się pracodawca ani jaki jest adres.',
        'offer-changes': 'Praca, płaca lub miejsce ciągle się zmieniają.',
        'offer-fee': 'Musisz zapłacić za załatwienie pracy, wizy lub podróży.',
        'offer-travel-debt': 'Oni płacą za twoją podróż, a ty musisz im to oddać ze swojej pensji.',
        'offer-passport-kept':
          'Mówią, że zatrzymają twój paszport lub dowód osobisty „dla bezpieczeństwa”.',
        'offer-no-contract': 'Nie ma pisemnej umowy albo jest w języku, którego nie umiesz czytać.',
        'offer-pressure': 'Naciskają na szybką decyzję albo każą nikomu nie mówić o ofercie.',
        'offer-online-only':
          'Rozmawiasz z nimi tylko w mediach społecznościowych lub komunikatorach, nigdy w biurze.',
        'offer-threats': 'Grożą tobie lub twojej rodzinie, jeśli odmówisz.',
        'passport-kept': 'Ktoś inny trzyma twój paszport lub dowód osobisty i nie chce go oddać.',
        'wages-withheld': 'Nie dostajesz pensji albo ktoś inny ją zabiera.',
        'debt-grows': 'Masz dług u szefa lub rekrutera, a ten dług ciągle rośnie.',
        'cannot-leave':
          'Nie możesz opuścić miejsca, w którym pracujesz lub mieszkasz, kiedy chcesz.',
        'contact-cut':
          'Ktoś nie pozwala ci dzwonić do rodziny lub przyjaciół ani się z nimi widywać.',
        threatened: 'Ktoś grozi, że skrzywdzi ciebie lub twoją rodzinę.',
        hurt: 'Ktoś cię bije, krzywdzi lub dotyka w sposób seksualny, którego nie chcesz.',
        'police-threat':
          'Ktoś mówi, że policja cię aresztuje lub odeśle z kraju, jeśli się poskarżysz.',
        'long-hours': 'Pracujesz bardzo długo i masz mało dni wolnych albo nie masz ich wcale.',
        'no-food-care': 'Masz za mało jedzenia, snu lub opieki medycznej.',
        'other-speaks-for': 'Ktoś jest zawsze przy tej osobie i mówi za nią.',
        'other-no-documents': 'Ta osoba nie ma własnego paszportu ani dowodu osobistego.',
        'other-debt': 'Ta osoba ma dług u rekrutera lub szefa.',
        'other-cannot-leave': 'Ta osoba jest zamykana albo nie może wyjść, kiedy chce.',
        'other-fearful':
          'Ta osoba wydaje się przestraszona lub zdenerwowana albo jej odpowiedzi brzmią jak wyuczone na pamięć.',
        'other-injuries': 'Ta osoba ma obrażenia, których nie chce wyjaśnić.',
        'other-lost-track': 'Ta osoba nie zna swojego adresu albo nie wie, jaki jest dzień.',
        'other-hungry-tired':
          'Ta osoba wygląda na głodną, bardzo zmęczoną lub chorą i nikt się nią nie opiekuje.',
        'other-child-not-school':
          'Dziecko przestało chodzić do szkoły albo pracuje zamiast się uczyć.',
        'other-child-danger':
          'Dziecko jest krzywdzone albo zmuszane do pracy, żebrania lub czynności seksualnych.',
        'resp-deceived': 'Tej osobie obiecano inną pracę, płacę lub miejsce.',
        'resp-recruit-debt':
          'Ta osoba zapłaciła za rekrutację albo ma dług za podróż lub mieszkanie.',
        'resp-documents': 'Ktoś inny trzyma jej dokumenty tożsamości.',
        'resp-accompanied': 'Ktoś inny mówi za nią albo nie zostawia jej z tobą sam na sam.',
        'resp-wages': 'Ta osoba nie dostaje pensji albo jej pensja trafia do kogoś innego.',
        'resp-threats': 'Tej osobie lub jej rodzinie grożono, także policją lub deportacją.',
        'resp-violence': 'Widać oznaki przemocy fizycznej lub seksualnej.',
        'resp-confined': 'Ta osoba nie może swobodnie opuścić pracy ani miejsca zamieszkania.',
        'resp-conditions':
          'Ta osoba pracuje zbyt długo albo brakuje jej jedzenia, odpoczynku lub opieki medycznej.',
        'resp-child':
          'To dziecko, które pracuje, żebrze, popełnia przestępstwa na rzecz innych lub jest wykorzystywane seksualnie.',
      },
      why: {
        'resp-deceived':
          'Oszustwo przy rekrutacji to kluczowy wskaźnik. Zapisz, co obiecano, a co się stało.',
        'resp-recruit-debt':
          'Dług może służyć do tego, by osoba nie mogła odejść (niewola za długi).',
        'resp-documents':
          'Bez dokumentów osoba nie może się przemieszczać, zmienić pracy ani bezpiecznie poprosić o pomoc.',
        'resp-accompanied':
          'Może być obecna osoba kontrolująca. Porozmawiaj z tą osobą na osobności, z tłumaczem, który jej nie zna.',
        'resp-wages':
          'Niewypłacone lub odebrane pensje trzymają ludzi w pułapce i są częste przy pracy przymusowej.',
        'resp-threats':
          'Groźby sprawiają, że ludzie boją się prosić o pomoc lub opowiedzieć, co się stało.',
        'resp-violence':
          'Przemoc oznacza zagrożenie zdrowia lub życia. Najpierw bezpieczeństwo i opieka medyczna.',
        'resp-confined': 'Jeśli osoba nie może odejść, może być teraz w niebezpieczeństwie.',
        'resp-conditions':
          'Krzywdzące warunki szkodzą zdrowiu i pokazują, jak ta osoba jest traktowana.',
        'resp-child':
          'Dziecko nie może zgodzić się na wyzysk. Natychmiast zastosuj procedurę ochrony dzieci.',
      },
    },
    stories: {
      label: 'Historie osób, które przetrwały',
      slide: '{{index}} z {{total}}',
      pick: 'Historia {{index}} z {{total}}',
      picker: 'Wybierz historię',
      previous: 'Poprzednia historia',
      next: 'Następna historia',
      pause: 'Wstrzymaj przewijanie',
      start: 'Włącz przewijanie',
      contentNote: 'Uwaga dotycząca treści:',
      show: 'Pokaż historię',
      skip: 'Pomiń tę historię',
      showList: 'Pokaż wszystkie historie jako listę',
      from: '{{name}}, {{location}}',
      pseudonym: 'Imię zmienione, aby chronić tożsamość',
      getHelp: 'Uzyskaj pomoc',
    },
    helplineBanner: {
      label: 'Linie pomocy',
      title: 'Uzyskaj pomoc, bezpłatnie i poufnie',
      country: 'Twój kraj',
      chooseCountry: 'Wybierz swój kraj',
      chooseCountryHint:
        'Wybierz swój kraj, aby zobaczyć linie pomocy, do których możesz zadzwonić lub napisać.',
      hereGroup: 'Gdzie jesteś: {{country}}',
      originGroup: '{{country}}: dostępne z zagranicy',
      actions: {
        phone: 'Zadzwoń',
        sms: 'Napisz SMS',
        whatsapp: 'WhatsApp',
        chat: 'Czat online',
        form: 'Zgłoś online',
        email: 'E-mail',
      },
      smsKeyword: 'Wiadomość: {{keyword}}',
      tty: 'Telefon tekstowy (TTY): {{number}}',
      openAlways: 'Czynne całą dobę, codziennie',
      openUntil: 'Teraz czynne, do {{time}}',
      openNow: 'Teraz czynne',
      closedUntil: 'Teraz nieczynne, otwarcie: {{when}}',
      closed: 'Teraz nieczynne',
      free: 'Bezpłatnie',
      inCountryOnly: 'Tylko z terenu kraju: {{country}}',
      fromAbroad: 'Z zagranicy',
      languages: 'Języki: {{list}}',
      interpreters_one: 'jeszcze {{count, number}}+ język z pomocą tłumaczy',
      interpreters_few: 'jeszcze {{count, number}}+ języki z pomocą tłumaczy',
      interpreters_many: 'jeszcze {{count, number}}+ języków z pomocą tłumaczy',
      interpreters_other: 'jeszcze {{count, number}}+ języka z pomocą tłumaczy',
      interpretersAny: 'inne języki z pomocą tłumaczy',
      lastChecked: 'Ostatnio sprawdzono: {{date}}',
      noHelpline: 'Nie mamy jeszcze linii pomocy dla kraju: {{country}}.',
      findHelpline: 'Znajdź linię pomocy: {{country}}',
      emergency: 'Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń na lokalny numer alarmowy.',
      hide: 'Ukryj linie pomocy',
      show: 'Pokaż linie pomocy',
    },
    quickExit: {
      label: 'Wyjdź z tej strony',
      emergencyPrefix: 'Pilne',
      pressMore_one: '{{key}}: naciśnij jeszcze {{count}} raz, aby wyjść',
      pressMore_few: '{{key}}: naciśnij jeszcze {{count}} razy, aby wyjść',
      pressMore_many: '{{key}}: naciśnij jeszcze {{count}} razy, aby wyjść',
      pressMore_other: '{{key}}: naciśnij jeszcze {{count}} razy, aby wyjść',
      timedOut: 'Czas na szybkie wyjście minął',
      leaving: 'Ładowanie…',
      safetyInfo:
        'Ten przycisk nie usuwa historii przeglądania. Jeśli ktoś sprawdza to urządzenie, użyj okna prywatnego lub bezpieczniejszego urządzenia.',
      safetyLink: 'Jak bezpieczniej korzystać z internetu',
    },
  },
};

export default pl;
