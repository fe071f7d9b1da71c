import type { LocaleFile } from '../types.js';

/** Portuguese. Machine translation: needs a fluent reviewer before it is marked reviewed. */
const pt: LocaleFile = {
  meta: {
    code: 'pt',
    name: 'Português',
    englishName: 'Portuguese',
    dir: 'ltr',
    status: 'machine',
  },
  strings: {
    quickExit: {
      label: 'Sair desta página',
      emergencyPrefix: 'Emergência',
      pressMore_one: '{{key}}: pressione mais {{count}} vez para sair',
      pressMore_many: '{{key}}: pressione mais {{count}} vezes para sair',
      pressMore_other: '{{key}}: pressione mais {{count}} vezes para sair',
      timedOut: 'O atalho de saída expirou',
      leaving: 'Aguarde…',
      safetyInfo:
        'Este botão não apaga o seu histórico de navegação. Se alguém verificar este dispositivo, use uma janela privada ou um dispositivo mais seguro.',
      safetyLink: 'Como navegar com mais segurança',
    },
    helplineBanner: {
      label: 'Linhas de apoio',
      title: 'Receba ajuda gratuita e confidencial',
      country: 'O seu país',
      chooseCountry: 'Escolha o seu país',
      chooseCountryHint:
        'Escolha o seu país para ver as linhas de apoio para onde pode ligar ou enviar mensagem.',
      hereGroup: 'Onde está agora: {{country}}',
      originGroup: '{{country}}: linhas acessíveis do exterior',
      actions: {
        phone: 'Ligar',
        sms: 'Enviar SMS',
        whatsapp: 'WhatsApp',
        chat: 'Conversar online',
        form: 'Relatar online',
        email: 'E-mail',
      },
      smsKeyword: 'Mensagem: {{keyword}}',
      tty: 'TTY: {{number}}',
      openAlways: 'Aberto 24 horas, todos os dias',
      openUntil: 'Aberto agora, até {{time}}',
      openNow: 'Aberto agora',
      closedUntil: 'Fechado agora. Abre: {{when}}',
      closed: 'Fechado agora',
      free: 'Gratuito',
      inCountryOnly: 'Só dentro do país: {{country}}',
      fromAbroad: 'Do exterior',
      languages: 'Idiomas: {{list}}',
      interpreters_one: 'mais {{count, number}}+ idioma com intérpretes',
      interpreters_many: 'mais {{count, number}}+ idiomas com intérpretes',
      interpreters_other: 'mais {{count, number}}+ idiomas com intérpretes',
      interpretersAny: 'mais idiomas com intérpretes',
      lastChecked: 'Última verificação: {{date}}',
      noHelpline: 'Ainda não temos nenhuma linha de apoio para este país: {{country}}.',
      findHelpline: 'Encontrar uma linha de apoio: {{country}}',
      emergency: 'Se estiver em perigo agora, ligue para o número de emergência local.',
      hide: 'Ocultar linhas de apoio',
      show: 'Mostrar linhas de apoio',
    },
    checklist: {
      loading: 'Aguarde…',
      loadFailed: 'Não foi possível carregar a lista. Mesmo assim, pode pedir ajuda abaixo.',
      sets: {
        'job-offer': {
          title: 'Verifique uma oferta de trabalho ou de viagem',
          intro: 'Antes de aceitar, marque cada frase que é verdade sobre a oferta.',
        },
        'my-situation': {
          title: 'Isto acontece comigo?',
          intro: 'Marque cada frase que é verdade no seu caso. Pode marcar nenhuma, uma ou várias.',
        },
        'someone-else': {
          title: 'Sinais de que alguém pode precisar de ajuda',
          intro: 'Pense na pessoa com quem se preocupa. Marque cada frase que é verdade para ela.',
        },
        responder: {
          title: 'Ferramenta de triagem para profissionais de primeira linha',
          intro:
            'Marque o que vê ou o que a pessoa lhe conta. Esta ferramenta apoia o seu procedimento de encaminhamento; não o substitui.',
        },
      },
      categories: {
        offer: 'O trabalho',
        money: 'Dinheiro',
        papers: 'Documentos e contrato',
        pressure: 'Pressão',
        'papers-money': 'Os seus documentos e o seu dinheiro',
        freedom: 'A sua liberdade',
        threats: 'Ameaças e violência',
        conditions: 'Condições de trabalho e de vida',
        control: 'Quem manda',
        wellbeing: 'Como a pessoa parece estar',
        children: 'Crianças',
        recruitment: 'Recrutamento',
        coercion: 'Ameaças e força',
        exploitation: 'Condições e idade',
        other: 'Outros sinais',
      },
      result: {
        'job-offer': {
          none: 'Nada marcado. Antes de aceitar, peça um contrato que consiga ler, fique com o seu próprio passaporte e nunca pague para conseguir um emprego.',
          some: 'Não tenha pressa em aceitar. Fale com alguém de confiança ou ligue para uma linha de apoio: podem ajudar a verificar a oferta.',
          urgent:
            'Se estiver em perigo agora, ligue para o número de emergência. Ir não é obrigatório. Depois, fale com alguém de confiança ou ligue para uma linha de apoio.',
        },
        'my-situation': {
          none: 'Nada marcado. Se as coisas mudarem, volte a esta lista. Pode ligar para uma linha de apoio a qualquer momento, mesmo só para perguntar.',
          some: 'Há ajuda para enfrentar isto, e a culpa não é sua. Fale com alguém de confiança ou ligue para uma linha de apoio para conhecer as suas opções.',
          urgent:
            'Se estiver em perigo agora, ligue para o número de emergência. Se puder, vá para um lugar seguro. Depois, ligue para uma linha de apoio: podem ajudar.',
        },
        'someone-else': {
          none: 'Nada marcado. Preste atenção a mudanças. Se a preocupação continuar, uma linha de apoio pode dar conselhos.',
          some: 'A pessoa pode precisar de ajuda. Não enfrente ninguém que pareça controlá-la. Ligue para uma linha de apoio para saber o que fazer.',
          urgent:
            'Se alguém estiver em perigo agora, ligue para o número de emergência. Não corra riscos nem coloque a pessoa em risco. Depois, ligue para uma linha de apoio.',
        },
        responder: {
          none: 'Nenhum indicador marcado. Mantenha a atenção: muitas vezes as pessoas falam mais tarde, quando já confiam em quem as ouve.',
          some: 'Fale com a pessoa a sós e na língua dela. Siga o seu procedimento de encaminhamento e peça conselho a um especialista ou a uma linha de apoio.',
          urgent:
            'Possível perigo agora. Siga o seu procedimento de proteção: primeiro a segurança, depois o encaminhamento. Ligue para os serviços de emergência se houver uma vida em risco.',
        },
      },
      whyLabel: 'Por que é importante:',
      caution: 'Estes sinais são um motivo para pedir conselho. Nenhum sinal sozinho prova nada.',
      clear: 'Apagar respostas',
      cleared: 'As suas respostas foram apagadas.',
      privacy: 'As suas respostas não são guardadas nem enviadas.',
      sources: 'Fontes',
      sourcesIntro: 'As perguntas foram escritas com as nossas próprias palavras a partir de:',
      items: {
        'offer-too-good':
          'O salário é muito mais alto do que pelo mesmo trabalho em qualquer outro lugar.',
        'offer-vague':
          'Ninguém sabe dizer qual é o trabalho exato, o nome do empregador ou o endereço.',
        'offer-changes': 'O trabalho, o salário ou o lugar mudam muitas vezes.',
        'offer-fee': 'Tem de pagar uma taxa para conseguir o trabalho, o visto ou a viagem.',
        'offer-travel-debt':
          'Pagam a sua viagem, e depois tem de devolver o dinheiro com o seu salário.',
        'offer-passport-kept':
          'Dizem que vão ficar com o seu passaporte ou documento de identidade “para ficar seguro”.',
        'offer-no-contract': 'Não há contrato escrito, ou está numa língua que não consegue ler.',
        'offer-pressure':
          'Pressionam para decidir depressa, ou para não contar a ninguém sobre a oferta.',
        'offer-online-only':
          'Só fala com eles pelas redes sociais ou apps de mensagens, nunca num escritório.',
        'offer-threats': 'Ameaçam você ou a sua família se disser que não.',
        'passport-kept':
          'Outra pessoa fica com o seu passaporte ou documento de identidade e não o devolve.',
        'wages-withheld': 'Não recebe salário, ou outra pessoa fica com o seu salário.',
        'debt-grows': 'Deve dinheiro ao seu patrão ou recrutador, e a dívida não para de crescer.',
        'cannot-leave': 'Não pode sair do lugar onde trabalha ou vive quando quer.',
        'contact-cut': 'Alguém impede que você ligue ou veja a sua família ou os seus amigos.',
        threatened: 'Alguém ameaça fazer mal a você ou à sua família.',
        hurt: 'Alguém lhe bate, lhe faz mal ou lhe toca de forma sexual contra a sua vontade.',
        'police-threat':
          'Alguém diz que, se reclamar, a polícia vai prender você ou mandar você embora do país.',
        'long-hours': 'Trabalha muitas horas, com poucos dias de folga ou nenhum.',
        'no-food-care': 'Não tem comida, sono ou cuidados médicos suficientes.',
        'other-speaks-for': 'Há sempre alguém com a pessoa, que fala por ela.',
        'other-no-documents':
          'A pessoa não tem o seu próprio passaporte ou documento de identidade.',
        'other-debt': 'A pessoa deve dinheiro a um recrutador ou a um patrão.',
        'other-cannot-leave': 'A pessoa está trancada, ou não pode sair quando quer.',
        'other-fearful':
          'A pessoa parece ter medo ou estar nervosa, ou as respostas dela parecem decoradas.',
        'other-injuries': 'A pessoa tem ferimentos que não quer explicar.',
        'other-lost-track': 'A pessoa não sabe o próprio endereço, nem que dia é hoje.',
        'other-hungry-tired':
          'A pessoa parece ter fome, estar muito cansada ou doente, e não recebe cuidados.',
        'other-child-not-school':
          'Uma criança deixou de ir à escola, ou trabalha em vez de estudar.',
        'other-child-danger':
          'Uma criança sofre violência, ou é obrigada a trabalhar, pedir esmola ou fazer coisas sexuais.',
        'resp-deceived': 'Prometeram à pessoa outro trabalho, outro salário ou outro lugar.',
        'resp-recruit-debt':
          'A pessoa pagou taxas de recrutamento, ou tem uma dívida pela viagem ou pelo alojamento.',
        'resp-documents': 'Outra pessoa tem os documentos de identidade dela.',
        'resp-accompanied': 'Outra pessoa fala por ela, ou não a deixa a sós com você.',
        'resp-wages': 'A pessoa não recebe salário, ou o salário vai para outra pessoa.',
        'resp-threats':
          'A pessoa ou a família dela foram ameaçadas, incluindo com a polícia ou a deportação.',
        'resp-violence': 'Há sinais de violência física ou sexual.',
        'resp-confined': 'A pessoa não pode sair livremente do trabalho ou do alojamento.',
        'resp-conditions':
          'A pessoa trabalha horas demais, ou não tem comida, descanso ou cuidados médicos.',
        'resp-child':
          'A pessoa é uma criança que trabalha, pede esmola, comete crimes para outros ou sofre exploração sexual.',
      },
      why: {
        'resp-deceived':
          'O engano no recrutamento é um indicador central. Anote o que foi prometido e o que aconteceu.',
        'resp-recruit-debt':
          'Uma dívida pode ser usada para impedir a pessoa de sair (servidão por dívidas).',
        'resp-documents':
          'Sem documentos, a pessoa não pode circular, mudar de emprego ou pedir ajuda com segurança.',
        'resp-accompanied':
          'Pode haver alguém que controla a pessoa. Fale com ela a sós, com um intérprete que não a conheça.',
        'resp-wages':
          'Salários não pagos ou retidos prendem as pessoas e são comuns no trabalho forçado.',
        'resp-threats':
          'As ameaças fazem as pessoas ter medo de pedir ajuda ou de contar o que aconteceu.',
        'resp-violence':
          'A violência é um risco para a saúde ou a vida. Primeiro a segurança e os cuidados médicos.',
        'resp-confined': 'Se a pessoa não pode sair, pode estar em perigo agora.',
        'resp-conditions':
          'Condições abusivas prejudicam a saúde e mostram como a pessoa é tratada.',
        'resp-child':
          'Uma criança nunca pode aceitar ser explorada. Siga já o seu procedimento de proteção da criança.',
      },
    },
    stories: {
      label: 'Histórias de sobreviventes',
      slide: '{{index}} de {{total}}',
      pick: 'História {{index}} de {{total}}',
      picker: 'Escolha uma história',
      previous: 'História anterior',
      next: 'Próxima história',
      pause: 'Pausar a rotação',
      start: 'Iniciar a rotação',
      contentNote: 'Aviso de conteúdo:',
      show: 'Mostrar a história',
      skip: 'Não ver esta história',
      showList: 'Mostrar todas as histórias em lista',
      from: '{{name}}, {{location}}',
      pseudonym: 'Nome alterado para proteger a identidade',
      getHelp: 'Pedir ajuda',
    },
  },
};

export default pt;
