import type { LocaleFile } from '../types.js';

/** French. Machine translation: needs a fluent reviewer before it is marked reviewed. */
const fr: LocaleFile = {
  meta: { code: 'fr', name: 'Français', englishName: 'French', dir: 'ltr', status: 'machine' },
  strings: {
    quickExit: {
      label: 'Quitter cette page',
      emergencyPrefix: 'Urgence',
      pressMore_one: '{{key}} : appuyez encore {{count}} fois pour quitter',
      pressMore_many: '{{key}} : appuyez encore {{count}} fois pour quitter',
      pressMore_other: '{{key}} : appuyez encore {{count}} fois pour quitter',
      timedOut: 'Délai du raccourci de sortie dépassé',
      leaving: 'Chargement…',
      safetyInfo:
        'Ce bouton n’efface pas votre historique de navigation. Si quelqu’un vérifie cet appareil, utilisez une fenêtre privée ou un appareil plus sûr.',
      safetyLink: 'Comment naviguer de façon plus sûre',
    },
    helplineBanner: {
      label: 'Lignes d’aide',
      title: 'Trouvez de l’aide gratuite et confidentielle',
      country: 'Votre pays',
      chooseCountry: 'Choisissez votre pays',
      chooseCountryHint:
        'Choisissez votre pays pour voir les lignes d’aide que vous pouvez appeler ou contacter par SMS.',
      hereGroup: 'Là où vous êtes : {{country}}',
      originGroup: '{{country}} : lignes joignables depuis l’étranger',
      actions: {
        phone: 'Appeler',
        sms: 'Envoyer un SMS',
        whatsapp: 'WhatsApp',
        chat: 'Discuter en ligne',
        form: 'Signaler en ligne',
        email: 'E-mail',
      },
      smsKeyword: 'Message : {{keyword}}',
      tty: 'TTY : {{number}}',
      openAlways: 'Ouvert 24 heures sur 24, tous les jours',
      openUntil: 'Ouvert maintenant, jusqu’à {{time}}',
      openNow: 'Ouvert maintenant',
      closedUntil: 'Fermé pour le moment. Réouverture : {{when}}',
      closed: 'Fermé pour le moment',
      free: 'Gratuit',
      inCountryOnly: 'Uniquement depuis le pays : {{country}}',
      fromAbroad: 'Depuis l’étranger',
      languages: 'Langues : {{list}}',
      interpreters_one: '{{count, number}}+ autre langue avec des interprètes',
      interpreters_many: '{{count, number}}+ autres langues avec des interprètes',
      interpreters_other: '{{count, number}}+ autres langues avec des interprètes',
      interpretersAny: 'autres langues avec des interprètes',
      lastChecked: 'Dernière vérification : {{date}}',
      noHelpline: 'Nous n’avons pas encore de ligne d’aide pour ce pays : {{country}}.',
      findHelpline: 'Trouver une ligne d’aide : {{country}}',
      emergency: 'Si vous êtes en danger maintenant, appelez le numéro d’urgence local.',
      hide: 'Masquer les lignes d’aide',
      show: 'Afficher les lignes d’aide',
    },
    checklist: {
      loading: 'Chargement…',
      loadFailed:
        'La liste n’a pas pu être chargée. Vous pouvez quand même obtenir de l’aide ci-dessous.',
      sets: {
        'job-offer': {
          title: 'Vérifier une offre de travail ou de voyage',
          intro: 'Avant de dire oui, cochez chaque phrase qui est vraie pour cette offre.',
        },
        'my-situation': {
          title: 'Est-ce que cela m’arrive ?',
          intro:
            'Cochez chaque phrase qui est vraie pour vous. Vous pouvez n’en cocher aucune, une ou plusieurs.',
        },
        'someone-else': {
          title: 'Signes qu’une personne peut avoir besoin d’aide',
          intro:
            'Pensez à la personne qui vous inquiète. Cochez chaque phrase qui est vraie pour elle.',
        },
        responder: {
          title: 'Aide au repérage pour le personnel de terrain',
          intro:
            'Cochez ce que vous voyez ou ce que la personne vous dit. Cet outil soutient votre procédure d’orientation ; il ne la remplace pas.',
        },
      },
      categories: {
        offer: 'Le travail',
        money: 'Argent',
        papers: 'Papiers et contrat',
        pressure: 'Pression',
        'papers-money': 'Vos papiers et votre argent',
        freedom: 'Votre liberté',
        threats: 'Menaces et violence',
        conditions: 'Conditions de travail et de vie',
        control: 'Qui a le contrôle',
        wellbeing: 'Comment va la personne',
        children: 'Enfants',
        recruitment: 'Recrutement',
        coercion: 'Menaces et contrainte',
        exploitation: 'Conditions et âge',
        other: 'Autres signes',
      },
      result: {
        'job-offer': {
          none: 'Rien n’est coché. Avant d’accepter, demandez un contrat que vous pouvez lire, gardez votre passeport sur vous et ne payez jamais pour obtenir un travail.',
          some: 'Prenez votre temps avant de dire oui. Parlez à une personne de confiance, ou appelez une ligne d’aide : elle peut vérifier l’offre avec vous.',
          urgent:
            'Si vous êtes en danger maintenant, appelez le numéro d’urgence. Rien ne vous oblige à partir. Ensuite, parlez à une personne de confiance ou appelez une ligne d’aide.',
        },
        'my-situation': {
          none: 'Rien n’est coché. Si les choses changent, revenez à cette liste. Vous pouvez appeler une ligne d’aide à tout moment, même juste pour poser une question.',
          some: 'Vous n’avez pas à vivre cela sans aide, et ce n’est pas de votre faute. Parlez à une personne de confiance, ou appelez une ligne d’aide pour connaître vos options.',
          urgent:
            'Si vous êtes en danger maintenant, appelez le numéro d’urgence. Si vous le pouvez, allez dans un endroit sûr. Ensuite, appelez une ligne d’aide : elle peut vous aider.',
        },
        'someone-else': {
          none: 'Rien n’est coché. Observez les changements. Si cela vous inquiète encore, une ligne d’aide peut vous conseiller.',
          some: 'Cette personne a peut-être besoin d’aide. Ne vous opposez pas à quelqu’un qui semble la contrôler. Appelez une ligne d’aide pour savoir quoi faire.',
          urgent:
            'Si quelqu’un est en danger maintenant, appelez le numéro d’urgence. Ne mettez en danger ni vous-même ni cette personne. Ensuite, appelez une ligne d’aide.',
        },
        responder: {
          none: 'Aucun indicateur coché. Restez en alerte : les personnes parlent souvent plus tard, quand elles vous font confiance.',
          some: 'Parlez avec la personne en privé et dans sa langue. Suivez votre procédure d’orientation et demandez conseil à un spécialiste ou à une ligne d’aide.',
          urgent:
            'Danger possible maintenant. Suivez votre procédure de protection : d’abord la sécurité, ensuite l’orientation. Appelez les secours si une vie est en danger.',
        },
      },
      whyLabel: 'Pourquoi c’est important :',
      caution:
        'Ces signes invitent à demander conseil. Aucun signe seul ne prouve quoi que ce soit.',
      clear: 'Effacer les réponses',
      cleared: 'Vos réponses ont été effacées.',
      privacy: 'Vos réponses ne sont ni enregistrées ni envoyées.',
      sources: 'Sources',
      sourcesIntro: 'Les questions sont écrites avec nos propres mots à partir de :',
      items: {
        'offer-too-good': 'Le salaire est bien plus élevé que pour le même travail ailleurs.',
        'offer-vague':
          'Personne ne peut vous dire le travail exact, le nom de l’employeur ou l’adresse.',
        'offer-changes': 'Le travail, le salaire ou le lieu change sans cesse.',
        'offer-fee': 'Vous devez payer des frais pour avoir le travail, le visa ou le voyage.',
        'offer-travel-debt':
          'On paie votre voyage, et vous devez le rembourser avec votre salaire.',
        'offer-passport-kept':
          'On dit qu’on gardera votre passeport ou votre carte d’identité « pour le mettre en sécurité ».',
        'offer-no-contract':
          'Il n’y a pas de contrat écrit, ou il est dans une langue que vous ne savez pas lire.',
        'offer-pressure': 'On vous pousse à décider vite, ou à ne parler de l’offre à personne.',
        'offer-online-only':
          'Vous leur parlez seulement sur les réseaux sociaux ou par messagerie, jamais dans un bureau.',
        'offer-threats': 'On vous menace, vous ou votre famille, si vous dites non.',
        'passport-kept':
          'Quelqu’un d’autre garde votre passeport ou votre carte d’identité et refuse de vous le rendre.',
        'wages-withheld': 'On ne vous paie pas, ou quelqu’un d’autre prend votre salaire.',
        'debt-grows':
          'Vous devez de l’argent à votre patron ou à votre recruteur, et la dette ne cesse d’augmenter.',
        'cannot-leave':
          'Vous ne pouvez pas quitter le lieu où vous travaillez ou vivez quand vous le voulez.',
        'contact-cut': 'Quelqu’un vous empêche d’appeler ou de voir votre famille ou vos amis.',
        threatened: 'Quelqu’un menace de vous faire du mal, à vous ou à votre famille.',
        hurt: 'Quelqu’un vous frappe, vous fait du mal, ou vous touche de façon sexuelle sans que vous le vouliez.',
        'police-threat':
          'Quelqu’un dit que la police vous arrêtera ou vous expulsera du pays si vous vous plaignez.',
        'long-hours': 'Vous travaillez de très longues heures, avec peu ou pas de jours de repos.',
        'no-food-care': 'Vous n’avez pas assez de nourriture, de sommeil ou de soins médicaux.',
        'other-speaks-for': 'Quelqu’un est toujours avec la personne et parle à sa place.',
        'other-no-documents': 'La personne n’a pas elle-même son passeport ou sa carte d’identité.',
        'other-debt': 'La personne doit de l’argent à un recruteur ou à un patron.',
        'other-cannot-leave': 'La personne est enfermée, ou ne peut pas partir quand elle le veut.',
        'other-fearful':
          'La personne semble avoir peur ou être nerveuse, ou ses réponses semblent apprises par cœur.',
        'other-injuries': 'La personne a des blessures qu’elle ne veut pas expliquer.',
        'other-lost-track':
          'La personne ne connaît pas son adresse, ou ne sait pas quel jour on est.',
        'other-hungry-tired':
          'La personne semble avoir faim, être très fatiguée ou malade, et ne reçoit pas de soins.',
        'other-child-not-school': 'Un enfant ne va plus à l’école, ou travaille à la place.',
        'other-child-danger':
          'Un enfant est blessé, ou on le force à travailler, à mendier ou à faire des actes sexuels.',
        'resp-deceived':
          'On a promis à la personne un autre travail, un autre salaire ou un autre lieu.',
        'resp-recruit-debt':
          'La personne a payé des frais de recrutement, ou a une dette pour le voyage ou le logement.',
        'resp-documents': 'Quelqu’un d’autre garde ses papiers d’identité.',
        'resp-accompanied':
          'Une autre personne parle à sa place, ou refuse de la laisser seule avec vous.',
        'resp-wages': 'La personne n’est pas payée, ou son salaire va à quelqu’un d’autre.',
        'resp-threats':
          'La personne ou sa famille a été menacée, y compris de la police ou d’une expulsion.',
        'resp-violence': 'Il y a des signes de violence physique ou sexuelle.',
        'resp-confined': 'La personne ne peut pas quitter librement son travail ou son logement.',
        'resp-conditions':
          'La personne travaille trop d’heures, ou manque de nourriture, de repos ou de soins médicaux.',
        'resp-child':
          'La personne est un enfant qui travaille, mendie, commet des délits pour d’autres ou est exploité sexuellement.',
      },
      why: {
        'resp-deceived':
          'La tromperie au recrutement est un indicateur clé. Notez ce qui a été promis et ce qui s’est passé.',
        'resp-recruit-debt':
          'Une dette peut servir à empêcher une personne de partir (servitude pour dettes).',
        'resp-documents':
          'Sans papiers, une personne ne peut pas se déplacer, changer de travail ou demander de l’aide sans risque.',
        'resp-accompanied':
          'Quelqu’un qui la contrôle est peut-être là. Parlez avec la personne seule, avec un interprète qui ne la connaît pas.',
        'resp-wages':
          'Un salaire impayé ou confisqué piège les personnes ; c’est fréquent dans le travail forcé.',
        'resp-threats':
          'Les menaces font trop peur pour demander de l’aide ou raconter ce qui s’est passé.',
        'resp-violence':
          'La violence est un risque pour la santé ou la vie. La sécurité et les soins passent en premier.',
        'resp-confined':
          'Si une personne ne peut pas partir, elle est peut-être en danger maintenant.',
        'resp-conditions':
          'Des conditions abusives nuisent à la santé et montrent comment la personne est traitée.',
        'resp-child':
          'Un enfant ne peut pas consentir à l’exploitation. Suivez tout de suite votre procédure de protection de l’enfance.',
      },
    },
    stories: {
      label: 'Histoires de survivants',
      slide: '{{index}} sur {{total}}',
      pick: 'Histoire {{index}} sur {{total}}',
      picker: 'Choisir une histoire',
      previous: 'Histoire précédente',
      next: 'Histoire suivante',
      pause: 'Mettre le défilement en pause',
      start: 'Lancer le défilement',
      contentNote: 'Avertissement sur le contenu :',
      show: 'Afficher l’histoire',
      skip: 'Passer cette histoire',
      showList: 'Afficher toutes les histoires en liste',
      from: '{{name}}, {{location}}',
      pseudonym: 'Nom changé pour protéger son identité',
      getHelp: 'Obtenir de l’aide',
    },
  },
};

export default fr;
