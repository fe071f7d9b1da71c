import type { LocaleFile } from '../types.js';

/** Spanish. Machine translation: needs a fluent reviewer before it is marked reviewed. */
const es: LocaleFile = {
  meta: { code: 'es', name: 'Español', englishName: 'Spanish', dir: 'ltr', status: 'machine' },
  strings: {
    quickExit: {
      label: 'Salir de esta página',
      emergencyPrefix: 'Emergencia',
      pressMore_one: '{{key}}: pulsa {{count}} vez más para salir',
      pressMore_many: '{{key}}: pulsa {{count}} veces más para salir',
      pressMore_other: '{{key}}: pulsa {{count}} veces más para salir',
      timedOut: 'Se acabó el tiempo del atajo de salida',
      leaving: 'Cargando…',
      safetyInfo:
        'Este botón no borra tu historial de navegación. Si alguien revisa este dispositivo, usa una ventana privada o un dispositivo más seguro.',
      safetyLink: 'Cómo navegar de forma más segura',
    },
    helplineBanner: {
      label: 'Líneas de ayuda',
      title: 'Recibe ayuda gratuita y confidencial',
      country: 'Tu país',
      chooseCountry: 'Elige tu país',
      chooseCountryHint:
        'Elige tu país para ver las líneas de ayuda a las que puedes llamar o escribir.',
      hereGroup: 'Donde estás: {{country}}',
      originGroup: 'De {{country}}, con acceso desde el extranjero',
      actions: {
        phone: 'Llamar',
        sms: 'Enviar SMS',
        whatsapp: 'WhatsApp',
        chat: 'Chat en línea',
        form: 'Informar en línea',
        email: 'Correo electrónico',
      },
      smsKeyword: 'Mensaje: {{keyword}}',
      tty: 'TTY: {{number}}',
      openAlways: 'Abierta las 24 horas, todos los días',
      openUntil: 'Abierta ahora, hasta las {{time}}',
      openNow: 'Abierta ahora',
      closedUntil: 'Cerrada ahora. Abre: {{when}}',
      closed: 'Cerrada ahora',
      free: 'Gratis',
      inCountryOnly: 'Solo desde dentro de {{country}}',
      fromAbroad: 'Desde el extranjero',
      languages: 'Idiomas: {{list}}',
      interpreters_one: '{{count, number}}+ idioma más con intérpretes',
      interpreters_many: '{{count, number}}+ idiomas más con intérpretes',
      interpreters_other: '{{count, number}}+ idiomas más con intérpretes',
      interpretersAny: 'más idiomas con intérpretes',
      lastChecked: 'Última revisión: {{date}}',
      noHelpline: 'Aún no tenemos una línea de ayuda para {{country}}.',
      findHelpline: 'Buscar una línea de ayuda en {{country}}',
      emergency: 'Si estás en peligro ahora, llama al número de emergencias local.',
      hide: 'Ocultar líneas de ayuda',
      show: 'Mostrar líneas de ayuda',
    },
    checklist: {
      loading: 'Cargando…',
      loadFailed: 'No se pudo cargar la lista. Aun así, puedes pedir ayuda abajo.',
      sets: {
        'job-offer': {
          title: 'Revisa una oferta de trabajo o de viaje',
          intro: 'Antes de decir que sí, marca cada frase que sea cierta sobre la oferta.',
        },
        'my-situation': {
          title: '¿Me está pasando esto a mí?',
          intro: 'Marca cada frase que sea cierta para ti. Puedes marcar ninguna, una o muchas.',
        },
        'someone-else': {
          title: 'Señales de que alguien puede necesitar ayuda',
          intro: 'Piensa en la persona que te preocupa. Marca cada frase que sea cierta para ella.',
        },
        responder: {
          title: 'Herramienta de detección para personal de primera línea',
          intro:
            'Marca lo que ves o lo que la persona te cuenta. Esta herramienta apoya tu procedimiento de derivación; no lo reemplaza.',
        },
      },
      categories: {
        offer: 'El trabajo',
        money: 'Dinero',
        papers: 'Documentos y contrato',
        pressure: 'Presión',
        'papers-money': 'Tus documentos y tu dinero',
        freedom: 'Tu libertad',
        threats: 'Amenazas y violencia',
        conditions: 'Condiciones de trabajo y de vida',
        control: 'Quién tiene el control',
        wellbeing: 'Cómo parece estar',
        children: 'Niños y niñas',
        recruitment: 'Captación',
        coercion: 'Amenazas y fuerza',
        exploitation: 'Condiciones y edad',
        other: 'Otras señales',
      },
      result: {
        'job-offer': {
          none: 'No marcaste nada. Antes de aceptar, pide un contrato que puedas leer, guarda tu pasaporte contigo y nunca pagues para conseguir un trabajo.',
          some: 'Tómate tu tiempo antes de decir que sí. Habla con alguien de confianza o llama a una línea de ayuda: pueden revisar la oferta contigo.',
          urgent:
            'Si estás en peligro ahora, llama al número de emergencias. No tienes que ir. Después, habla con alguien de confianza o llama a una línea de ayuda.',
        },
        'my-situation': {
          none: 'No marcaste nada. Si las cosas cambian, vuelve a esta lista. Puedes llamar a una línea de ayuda en cualquier momento, aunque solo sea para preguntar.',
          some: 'No tienes que enfrentar esto sin ayuda, y no es tu culpa. Habla con alguien de confianza o llama a una línea de ayuda para conocer tus opciones.',
          urgent:
            'Si estás en peligro ahora, llama al número de emergencias. Si puedes, ve a un lugar seguro. Después, llama a una línea de ayuda: te pueden ayudar.',
        },
        'someone-else': {
          none: 'No marcaste nada. Presta atención a los cambios. Si todavía te preocupa, una línea de ayuda puede aconsejarte.',
          some: 'Esa persona puede necesitar ayuda. No te enfrentes a nadie que parezca controlarla. Llama a una línea de ayuda para saber qué hacer.',
          urgent:
            'Si alguien está en peligro ahora, llama al número de emergencias. No pongas en riesgo ni a ti ni a esa persona. Después, llama a una línea de ayuda.',
        },
        responder: {
          none: 'No marcaste ningún indicador. Sigue alerta: muchas personas hablan más tarde, cuando ya confían en ti.',
          some: 'Habla con la persona a solas y en su idioma. Sigue tu procedimiento de derivación y pide consejo a un especialista o a una línea de ayuda.',
          urgent:
            'Posible peligro ahora. Sigue tu procedimiento de protección: primero la seguridad, después la derivación. Llama a los servicios de emergencia si hay una vida en riesgo.',
        },
      },
      whyLabel: 'Por qué importa:',
      caution:
        'Estas señales son avisos para pedir consejo. Ninguna señal por sí sola demuestra nada.',
      clear: 'Borrar respuestas',
      cleared: 'Se borraron tus respuestas.',
      privacy: 'Tus respuestas no se guardan ni se envían.',
      sources: 'Fuentes',
      sourcesIntro: 'Las preguntas están escritas con nuestras propias palabras a partir de:',
      items: {
        'offer-too-good':
          'El sueldo es mucho más alto que por el mismo trabajo en cualquier otro lugar.',
        'offer-vague':
          'Nadie te puede decir el trabajo exacto, el nombre del empleador ni la dirección.',
        'offer-changes': 'El trabajo, el sueldo o el lugar cambian una y otra vez.',
        'offer-fee': 'Tienes que pagar para conseguir el trabajo, la visa o el viaje.',
        'offer-travel-debt': 'Te pagan el viaje, y tienes que devolver ese dinero con tu sueldo.',
        'offer-passport-kept':
          'Dicen que se quedarán con tu pasaporte o tu documento de identidad “para cuidarlo”.',
        'offer-no-contract': 'No hay contrato por escrito, o está en un idioma que no puedes leer.',
        'offer-pressure':
          'Te presionan para decidir rápido, o para que no le cuentes a nadie la oferta.',
        'offer-online-only':
          'Solo hablas con ellos por redes sociales o apps de chat, nunca en una oficina.',
        'offer-threats': 'Te amenazan a ti o a tu familia si dices que no.',
        'passport-kept':
          'Otra persona tiene tu pasaporte o tu documento de identidad y no te lo devuelve.',
        'wages-withheld': 'No te pagan, o otra persona se queda con tu sueldo.',
        'debt-grows':
          'Le debes dinero a tu jefe o a quien te reclutó, y la deuda no para de crecer.',
        'cannot-leave': 'No puedes salir del lugar donde trabajas o vives cuando quieres.',
        'contact-cut': 'Alguien no te deja llamar ni ver a tu familia o a tus amigos.',
        threatened: 'Alguien amenaza con hacerte daño a ti o a tu familia.',
        hurt: 'Alguien te pega, te hace daño o te toca de forma sexual sin que tú quieras.',
        'police-threat':
          'Alguien dice que la policía te arrestará o te expulsará del país si te quejas.',
        'long-hours': 'Trabajas muchísimas horas, con pocos días libres o ninguno.',
        'no-food-care': 'No tienes suficiente comida, descanso ni atención médica.',
        'other-speaks-for': 'Alguien está siempre con la persona y habla por ella.',
        'other-no-documents': 'La persona no tiene su propio pasaporte ni documento de identidad.',
        'other-debt': 'La persona le debe dinero a un reclutador o a un jefe.',
        'other-cannot-leave': 'La persona está encerrada, o no puede irse cuando quiere.',
        'other-fearful':
          'La persona parece tener miedo o estar nerviosa, o sus respuestas suenan aprendidas de memoria.',
        'other-injuries': 'La persona tiene heridas que no quiere explicar.',
        'other-lost-track': 'La persona no sabe su dirección, o qué día es.',
        'other-hungry-tired':
          'La persona parece tener hambre, estar muy cansada o enferma, y nadie la cuida.',
        'other-child-not-school':
          'Un niño o niña dejó de ir a la escuela, o trabaja en vez de estudiar.',
        'other-child-danger':
          'Un niño o niña sufre daño, o se le obliga a trabajar, mendigar o hacer cosas sexuales.',
        'resp-deceived': 'A la persona le prometieron otro trabajo, otro sueldo u otro lugar.',
        'resp-recruit-debt':
          'La persona pagó por su reclutamiento, o debe dinero por el viaje o la vivienda.',
        'resp-documents': 'Otra persona tiene sus documentos de identidad.',
        'resp-accompanied': 'Otra persona habla por ella, o no la deja a solas contigo.',
        'resp-wages': 'No le pagan, o su sueldo va a otra persona.',
        'resp-threats':
          'La persona o su familia recibieron amenazas, incluso con la policía o la deportación.',
        'resp-violence': 'Hay señales de violencia física o sexual.',
        'resp-confined': 'La persona no puede salir libremente de su trabajo o de su vivienda.',
        'resp-conditions':
          'La persona trabaja demasiadas horas, o le falta comida, descanso o atención médica.',
        'resp-child':
          'La persona es un niño o niña que trabaja, mendiga, comete delitos para otros o sufre explotación sexual.',
      },
      why: {
        'resp-deceived':
          'El engaño en la captación es un indicador clave. Anota lo que le prometieron y lo que pasó.',
        'resp-recruit-debt':
          'Una deuda puede usarse para impedir que la persona se vaya (servidumbre por deudas).',
        'resp-documents':
          'Sin documentos, una persona no puede moverse, cambiar de trabajo ni pedir ayuda de forma segura.',
        'resp-accompanied':
          'Puede haber alguien que la controla. Habla con la persona a solas, con un intérprete que no la conozca.',
        'resp-wages':
          'Los sueldos no pagados o quitados atrapan a las personas y son comunes en el trabajo forzoso.',
        'resp-threats':
          'Las amenazas dan tanto miedo que la persona no se atreve a pedir ayuda ni a contar lo que pasó.',
        'resp-violence':
          'La violencia es un riesgo para la salud o la vida. Primero, la seguridad y la atención médica.',
        'resp-confined': 'Si una persona no puede irse, puede estar en peligro ahora.',
        'resp-conditions':
          'Las condiciones abusivas dañan la salud y muestran cómo tratan a la persona.',
        'resp-child':
          'Un niño o niña no puede aceptar la explotación. Sigue de inmediato tu procedimiento de protección infantil.',
      },
    },
    stories: {
      label: 'Historias de sobrevivientes',
      slide: '{{index}} de {{total}}',
      pick: 'Historia {{index}} de {{total}}',
      picker: 'Elige una historia',
      previous: 'Historia anterior',
      next: 'Historia siguiente',
      pause: 'Pausar la rotación',
      start: 'Iniciar la rotación',
      contentNote: 'Aviso de contenido:',
      show: 'Mostrar la historia',
      skip: 'Saltar esta historia',
      showList: 'Mostrar todas las historias en una lista',
      from: '{{name}}, {{location}}',
      pseudonym: 'Nombre cambiado para proteger su identidad',
      getHelp: 'Pedir ayuda',
    },
  },
};

export default es;
