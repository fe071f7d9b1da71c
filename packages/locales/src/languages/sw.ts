import type { LocaleFile } from '../types.js';

/** Swahili. Machine translation: needs a fluent reviewer before it is marked reviewed. */
const sw: LocaleFile = {
  meta: { code: 'sw', name: 'Kiswahili', englishName: 'Swahili', dir: 'ltr', status: 'machine' },
  strings: {
    checklist: {
      loading: 'Inapakia…',
      loadFailed: 'Orodha haikuweza kupakiwa. Bado unaweza kupata msaada hapa chini.',
      sets: {
        'job-offer': {
          title: 'Kagua ofa ya kazi au safari',
          intro: 'Kabla ya kukubali, weka alama kwenye kila sentensi iliyo kweli kuhusu ofa hii.',
        },
        'my-situation': {
          title: 'Je, hili linanitokea mimi?',
          intro:
            'Weka alama kwenye kila sentensi iliyo kweli kwako. Unaweza kuacha zote, kuweka alama moja au nyingi.',
        },
        'someone-else': {
          title: 'Dalili kwamba mtu anaweza kuhitaji msaada',
          intro: 'Mfikirie mtu unayemhangaikia. Weka alama kwenye kila sentensi iliyo kweli kwake.',
        },
        responder: {
          title: 'Zana ya uchunguzi kwa wafanyakazi wa mstari wa mbele',
          intro:
            'Weka alama kwenye unachokiona au anachokuambia mtu huyo. Zana hii inasaidia utaratibu wako wa rufaa; haichukui nafasi yake.',
        },
      },
      categories: {
        offer: 'Kazi',
        money: 'Pesa',
        papers: 'Nyaraka na mkataba',
        pressure: 'Shinikizo',
        'papers-money': 'Nyaraka zako na pesa zako',
        freedom: 'Uhuru wako',
        threats: 'Vitisho na vurugu',
        conditions: 'Hali ya kazi na maisha',
        control: 'Nani ana udhibiti',
        wellbeing: 'Anavyoonekana',
        children: 'Watoto',
        recruitment: 'Uajiri',
        coercion: 'Vitisho na kulazimishwa',
        exploitation: 'Hali na umri',
        other: 'Dalili nyingine',
      },
      result: {
        'job-offer': {
          none: 'Hakuna alama. Kabla ya kukubali, omba mkataba unaoweza kuusoma, baki na pasipoti yako mwenyewe, na kamwe usilipe ili kupata kazi.',
          some: 'Usiharakishe kukubali. Zungumza na mtu unayemwamini, au piga simu ya msaada: wanaweza kukagua ofa pamoja nawe.',
          urgent:
            'Ikiwa uko hatarini sasa, piga nambari ya dharura. Huna lazima ya kwenda. Kisha zungumza na mtu unayemwamini au piga simu ya msaada.',
        },
        'my-situation': {
          none: 'Hakuna alama. Mambo yakibadilika, rudi kwenye orodha hii. Unaweza kupiga simu ya msaada wakati wowote, hata kuuliza tu.',
          some: 'Huhitaji kukabiliana na hili peke yako, na si kosa lako. Zungumza na mtu unayemwamini, au piga simu ya msaada ili ujue njia ulizo nazo.',
          urgent:
            'Ikiwa uko hatarini sasa, piga nambari ya dharura. Ukiweza, nenda mahali salama. Kisha piga simu ya msaada: wanaweza kukusaidia.',
        },
        'someone-else': {
          none: 'Hakuna alama. Angalia mabadiliko. Ikiwa bado una wasiwasi, simu ya msaada inaweza kukupa ushauri.',
          some: 'Mtu huyu anaweza kuhitaji msaada. Usimkabili mtu yeyote anayeonekana kumdhibiti. Piga simu ya msaada upate ushauri wa nini cha kufanya.',
          urgent:
            'Ikiwa mtu yuko hatarini sasa, piga nambari ya dharura. Usijiweke hatarini wewe wala yeye. Kisha piga simu ya msaada.',
        },
        responder: {
          none: 'Hakuna kiashiria kilichowekwa alama. Endelea kuwa makini: mara nyingi watu husema baadaye, wanapoanza kukuamini.',
          some: 'Zungumza na mtu huyo akiwa peke yake na kwa lugha yake. Fuata utaratibu wako wa rufaa na uombe ushauri kwa mtaalamu au simu ya msaada.',
          urgent:
            'Huenda kuna hatari sasa. Fuata utaratibu wako wa ulinzi: usalama kwanza, kisha rufaa. Piga huduma za dharura ikiwa maisha ya mtu yako hatarini.',
        },
      },
      whyLabel: 'Kwa nini ni muhimu:',
      caution:
        'Dalili hizi ni ishara ya kutafuta ushauri. Hakuna dalili moja inayothibitisha jambo lolote.',
      clear: 'Futa majibu',
      cleared: 'Majibu yako yamefutwa.',
      privacy: 'Majibu yako hayahifadhiwi wala hayatumwi.',
      sources: 'Vyanzo',
      sourcesIntro: 'Maswali yameandikwa kwa maneno yetu wenyewe kutoka:',
      items: {
        'offer-too-good': 'Mshahara ni mkubwa sana kuliko wa kazi hiyo hiyo mahali pengine popote.',
        'offer-vague': 'Hakuna anayeweza kukuambia kazi halisi, jina la mwajiri au anwani.',
        'offer-changes': 'Kazi, mshahara au mahali vinaendelea kubadilika.',
        'offer-fee': 'Lazima ulipe ada ili upate kazi, viza au safari.',
        'offer-travel-debt':
          'Wanakulipia safari, na lazima uwarudishie pesa hizo kutoka kwenye mshahara wako.',
        'offer-passport-kept':
          'Wanasema watashika pasipoti yako au kitambulisho chako “ili kiwe salama”.',
        'offer-no-contract': 'Hakuna mkataba wa maandishi, au uko katika lugha usiyoweza kusoma.',
        'offer-pressure': 'Wanakushinikiza uamue haraka, au usimwambie mtu yeyote kuhusu ofa hii.',
        'offer-online-only':
          'Unazungumza nao kupitia mitandao ya kijamii au programu za ujumbe tu, kamwe si ofisini.',
        'offer-threats': 'Wanakutishia wewe au familia yako ukikataa.',
        'passport-kept':
          'Mtu mwingine anashika pasipoti yako au kitambulisho chako na hataki kukurudishia.',
        'wages-withheld': 'Hulipwi, au mtu mwingine anachukua mshahara wako.',
        'debt-grows':
          'Unadaiwa pesa na bosi wako au wakala aliyekuajiri, na deni linaendelea kuongezeka.',
        'cannot-leave': 'Huwezi kuondoka mahali unapofanya kazi au unapoishi wakati unapotaka.',
        'contact-cut': 'Mtu anakuzuia kupiga simu au kuonana na familia yako au marafiki.',
        threatened: 'Mtu anatishia kukudhuru wewe au familia yako.',
        hurt: 'Mtu anakupiga, anakuumiza, au anakugusa kimapenzi kwa njia usiyotaka.',
        'police-threat': 'Mtu anasema polisi watakukamata au kukufukuza nchini ukilalamika.',
        'long-hours':
          'Unafanya kazi saa nyingi sana, bila siku za kupumzika au kwa siku chache tu.',
        'no-food-care': 'Hupati chakula, usingizi au huduma ya matibabu ya kutosha.',
        'other-speaks-for': 'Kuna mtu aliye naye kila wakati na anazungumza badala yake.',
        'other-no-documents': 'Hana pasipoti au kitambulisho chake mwenyewe.',
        'other-debt': 'Anadaiwa pesa na wakala au bosi.',
        'other-cannot-leave': 'Amefungiwa ndani, au hawezi kuondoka anapotaka.',
        'other-fearful':
          'Anaonekana mwenye hofu au wasiwasi, au majibu yake yanasikika kama ya kukariri.',
        'other-injuries': 'Ana majeraha ambayo hataki kuyaeleza.',
        'other-lost-track': 'Hajui anwani yake, au leo ni siku gani.',
        'other-hungry-tired':
          'Anaonekana mwenye njaa, amechoka sana au ni mgonjwa, na hapati huduma.',
        'other-child-not-school': 'Mtoto ameacha kwenda shule, au anafanya kazi badala yake.',
        'other-child-danger':
          'Mtoto anaumizwa, au analazimishwa kufanya kazi, kuombaomba au kufanya vitendo vya ngono.',
        'resp-deceived': 'Mtu huyo aliahidiwa kazi, mshahara au mahali tofauti.',
        'resp-recruit-debt':
          'Mtu huyo alilipa ada za uajiri, au anadaiwa deni la safari au makazi.',
        'resp-documents': 'Mtu mwingine anashika nyaraka zake za utambulisho.',
        'resp-accompanied':
          'Mtu mwingine anazungumza badala yake, au hamwachi peke yake pamoja nawe.',
        'resp-wages': 'Halipwi, au mshahara wake unakwenda kwa mtu mwingine.',
        'resp-threats': 'Yeye au familia yake wametishiwa, ikiwemo kwa polisi au kufukuzwa nchini.',
        'resp-violence': 'Kuna dalili za ukatili wa kimwili au wa kingono.',
        'resp-confined': 'Hawezi kuondoka kwa uhuru kazini au mahali anapoishi.',
        'resp-conditions':
          'Anafanya kazi saa nyingi kupita kiasi, au anakosa chakula, mapumziko au huduma ya matibabu.',
        'resp-child':
          'Mtu huyo ni mtoto anayefanya kazi, anayeombaomba, anayefanya uhalifu kwa ajili ya wengine au anayenyonywa kingono.',
      },
      why: {
        'resp-deceived':
          'Udanganyifu wakati wa kuajiri ni kiashiria kikuu. Andika kile kilichoahidiwa na kile kilichotokea.',
        'resp-recruit-debt': 'Deni linaweza kutumiwa kumzuia mtu kuondoka (utumwa wa madeni).',
        'resp-documents':
          'Bila nyaraka, mtu hawezi kusafiri, kubadilisha kazi au kuomba msaada kwa usalama.',
        'resp-accompanied':
          'Huenda mtu anayemdhibiti yupo. Zungumza na mtu huyo akiwa peke yake, na mkalimani asiyemjua.',
        'resp-wages':
          'Mshahara usiolipwa au unaochukuliwa huwanasa watu, na ni jambo la kawaida katika kazi ya kulazimishwa.',
        'resp-threats':
          'Vitisho huwafanya watu waogope sana kuomba msaada au kueleza kilichotokea.',
        'resp-violence':
          'Ukatili unamaanisha hatari kwa afya au maisha. Usalama na huduma ya matibabu huja kwanza.',
        'resp-confined': 'Ikiwa mtu hawezi kuondoka, anaweza kuwa hatarini sasa.',
        'resp-conditions':
          'Hali za unyanyasaji hudhuru afya na zinaonyesha jinsi mtu huyo anavyotendewa.',
        'resp-child':
          'Mtoto hawezi kukubali kunyonywa. Fuata utaratibu wako wa ulinzi wa mtoto mara moja.',
      },
    },
    stories: {
      label: 'Hadithi za manusura',
      slide: '{{index}} kati ya {{total}}',
      pick: 'Hadithi {{index}} kati ya {{total}}',
      picker: 'Chagua hadithi',
      previous: 'Hadithi iliyotangulia',
      next: 'Hadithi inayofuata',
      pause: 'Simamisha mzunguko',
      start: 'Anzisha mzunguko',
      contentNote: 'Tahadhari kuhusu maudhui:',
      show: 'Onyesha hadithi',
      skip: 'Ruka hadithi hii',
      showList: 'Onyesha hadithi zote kama orodha',
      from: '{{name}}, {{location}}',
      pseudonym: 'Jina limebadilishwa ili kulinda utambulisho',
      getHelp: 'Pata msaada',
    },
    helplineBanner: {
      label: 'Simu za msaada',
      title: 'Pata msaada, bila malipo na kwa siri',
      country: 'Nchi yako',
      chooseCountry: 'Chagua nchi yako',
      chooseCountryHint:
        'Chagua nchi yako ili uone simu za msaada unazoweza kupiga au kutumia ujumbe mfupi.',
      hereGroup: 'Mahali ulipo: {{country}}',
      originGroup: 'Kutoka {{country}}, zinapatikana ukiwa nje ya nchi',
      actions: {
        phone: 'Piga simu',
        sms: 'Tuma SMS',
        whatsapp: 'WhatsApp',
        chat: 'Soga mtandaoni',
        form: 'Ripoti mtandaoni',
        email: 'Barua pepe',
      },
      smsKeyword: 'Ujumbe: {{keyword}}',
      tty: 'TTY: {{number}}',
      openAlways: 'Wazi saa 24, kila siku',
      openUntil: 'Wazi sasa, hadi {{time}}',
      openNow: 'Wazi sasa',
      closedUntil: 'Imefungwa sasa, itafunguliwa {{when}}',
      closed: 'Imefungwa sasa',
      free: 'Bila malipo',
      inCountryOnly: 'Ndani ya {{country}} tu',
      fromAbroad: 'Kutoka nje ya nchi',
      languages: 'Lugha: {{list}}',
      interpreters_one: 'lugha {{count, number}}+ zaidi kupitia wakalimani',
      interpreters_other: 'lugha {{count, number}}+ zaidi kupitia wakalimani',
      interpretersAny: 'lugha zaidi kupitia wakalimani',
      lastChecked: 'Iliangaliwa mara ya mwisho {{date}}',
      noHelpline: 'Bado hatuna simu ya msaada iliyoorodheshwa kwa {{country}}.',
      findHelpline: 'Tafuta simu ya msaada nchini {{country}}',
      emergency: 'Ikiwa uko hatarini sasa, piga nambari ya dharura ya eneo lako.',
      hide: 'Ficha simu za msaada',
      show: 'Onyesha simu za msaada',
    },
    quickExit: {
      label: 'Ondoka kwenye ukurasa huu',
      emergencyPrefix: 'Dharura',
      pressMore_one: '{{key}}: bonyeza mara {{count}} zaidi ili kuondoka',
      pressMore_other: '{{key}}: bonyeza mara {{count}} zaidi ili kuondoka',
      timedOut: 'Muda wa njia ya mkato ya kuondoka umeisha',
      leaving: 'Inapakia…',
      safetyInfo:
        'Kitufe hiki hakifuti historia yako ya kuvinjari. Ikiwa mtu anakagua kifaa hiki, tumia dirisha la faragha au kifaa salama zaidi.',
      safetyLink: 'Jinsi ya kuvinjari kwa usalama zaidi',
    },
  },
};

export default sw;
