import type { Strings } from '../types.js';

/**
 * English strings of the red-flag checklist. They ship with that widget's code rather than in the main
 * English file, so pages without it never download them; the widget adds them to Shieldkit's
 * i18next instance when it first connects (`addStrings`).
 */
const strings: Strings = {
  checklist: {
    loading: 'Loading…',
    loadFailed: 'The checklist could not be loaded. You can still get help below.',
    sets: {
      'job-offer': {
        title: 'Check an offer of work or travel',
        intro: 'Before you say yes, tick each sentence that is true about the offer.',
      },
      'my-situation': {
        title: 'Is this happening to me?',
        intro: 'Tick each sentence that is true for you. You can tick none, one or many.',
      },
      'someone-else': {
        title: 'Signs that someone may need help',
        intro:
          'Think of the person you are worried about. Tick each sentence that is true for them.',
      },
      responder: {
        title: 'Screening aid for frontline staff',
        intro:
          'Tick what you see or what the person tells you. This aid supports your referral procedure; it does not replace it.',
      },
    },
    categories: {
      offer: 'The job',
      money: 'Money',
      papers: 'Papers and contract',
      pressure: 'Pressure',
      'papers-money': 'Your papers and your money',
      freedom: 'Your freedom',
      threats: 'Threats and violence',
      conditions: 'Work and living conditions',
      control: 'Who is in control',
      wellbeing: 'How they seem',
      children: 'Children',
      recruitment: 'Recruitment',
      coercion: 'Threats and force',
      exploitation: 'Conditions and age',
      other: 'Other signs',
    },
    result: {
      'job-offer': {
        none: 'Nothing ticked. Before you accept, ask for a contract you can read, keep your own passport, and never pay to get a job.',
        some: 'Take your time before you say yes. Talk to someone you trust, or call a helpline: they can check the offer with you.',
        urgent:
          'If you are in danger now, call the emergency number. You do not have to go. Then talk to someone you trust or call a helpline.',
      },
      'my-situation': {
        none: 'Nothing ticked. If things change, come back to this list. You can call a helpline at any time, even just to ask.',
        some: 'You do not have to face this alone, and it is not your fault. Talk to someone you trust, or call a helpline to learn your options.',
        urgent:
          'If you are in danger now, call the emergency number. If you can, go to a safe place. Then call a helpline: they can help you.',
      },
      'someone-else': {
        none: 'Nothing ticked. Watch for changes. If you are still worried, a helpline can give you advice.',
        some: 'The person may need help. Do not confront anyone who seems to control them. Call a helpline for advice on what to do.',
        urgent:
          'If someone is in danger now, call the emergency number. Do not put yourself or them at risk. Then call a helpline.',
      },
      responder: {
        none: 'No indicators ticked. Stay alert: people often speak later, once they trust you.',
        some: 'Speak with the person alone and in their language. Follow your referral procedure and ask a specialist or a helpline for advice.',
        urgent:
          'Possible danger now. Follow your safeguarding procedure: safety first, then referral. Call emergency services if a life is at risk.',
      },
    },
    whyLabel: 'Why it matters:',
    caution: 'These signs are prompts to get advice. No single sign proves anything.',
    clear: 'Clear answers',
    cleared: 'Your answers were cleared.',
    privacy: 'Your answers are not saved or sent.',
    sources: 'Sources',
    sourcesIntro: 'The questions are written in our own words from:',
  },
};

export default strings;
