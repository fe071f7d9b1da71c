import type { Strings } from '../types.js';

/**
 * English checklist content (`checklist.items` and `checklist.why`), kept out of the main bundle:
 * `<shield-red-flag-checklist>` loads it with `loadChecklistStrings('en')` when it first connects.
 * Written in our own words from the ILO, ILO–EC Delphi, UNODC, DHS Blue Campaign / Polaris and
 * CTDC indicators; short sentences, second person for self-checks.
 */
const checklist: Strings = {
  items: {
    // job-offer
    'offer-too-good': 'The pay is much higher than for the same work anywhere else.',
    'offer-vague': 'Nobody can tell you the exact job, the name of the employer or the address.',
    'offer-changes': 'The job, the pay or the place keeps changing.',
    'offer-fee': 'You must pay a fee to get the job, the visa or the trip.',
    'offer-travel-debt': 'They pay for your travel, and you must pay it back from your wages.',
    'offer-passport-kept': 'They say they will keep your passport or ID card “to keep it safe”.',
    'offer-no-contract': 'There is no written contract, or it is in a language you cannot read.',
    'offer-pressure': 'They push you to decide fast, or to tell nobody about the offer.',
    'offer-online-only': 'You only talk to them on social media or chat apps, never in an office.',
    'offer-threats': 'They threaten you or your family if you say no.',
    // my-situation
    'passport-kept': 'Someone else keeps your passport or ID card and will not give it back.',
    'wages-withheld': 'You are not paid, or someone else takes your pay.',
    'debt-grows': 'You owe money to your boss or recruiter, and the debt keeps growing.',
    'cannot-leave': 'You cannot leave the place where you work or live when you want to.',
    'contact-cut': 'Someone stops you from calling or seeing your family or friends.',
    threatened: 'Someone threatens to hurt you or your family.',
    hurt: 'Someone hits you, hurts you, or touches you in a sexual way you do not want.',
    'police-threat': 'Someone says the police will arrest you or send you away if you complain.',
    'long-hours': 'You work very long hours, with few or no days off.',
    'no-food-care': 'You do not get enough food, sleep or medical care.',
    // someone-else
    'other-speaks-for': 'Someone is always with them and speaks for them.',
    'other-no-documents': 'They do not have their own passport or ID card.',
    'other-debt': 'They owe money to a recruiter or a boss.',
    'other-cannot-leave': 'They are locked in, or cannot leave when they want to.',
    'other-fearful': 'They seem afraid or nervous, or their answers sound learned by heart.',
    'other-injuries': 'They have injuries they will not explain.',
    'other-lost-track': 'They do not know their address, or what day it is.',
    'other-hungry-tired': 'They look hungry, very tired or ill, and get no care.',
    'other-child-not-school': 'A child has stopped going to school, or works instead.',
    'other-child-danger': 'A child is hurt, or is made to work, beg or do sexual things.',
    // responder
    'resp-deceived': 'The person was promised a different job, pay or place.',
    'resp-recruit-debt': 'The person paid recruitment fees, or owes a debt for travel or housing.',
    'resp-documents': 'Someone else holds their identity documents.',
    'resp-accompanied': 'Another person speaks for them, or will not leave them alone with you.',
    'resp-wages': 'They are not paid, or their pay goes to someone else.',
    'resp-threats':
      'They or their family have been threatened, including with police or deportation.',
    'resp-violence': 'There are signs of physical or sexual violence.',
    'resp-confined': 'They cannot freely leave their work or their housing.',
    'resp-conditions': 'They work excessive hours, or lack food, rest or medical care.',
    'resp-child':
      'The person is a child who works, begs, commits crimes for others or is sexually exploited.',
  },
  why: {
    'resp-deceived':
      'Deception at recruitment is a core indicator. Note what was promised and what happened.',
    'resp-recruit-debt': 'A debt can be used to stop a person from leaving (debt bondage).',
    'resp-documents': 'Without documents a person cannot move, change jobs or ask for help safely.',
    'resp-accompanied':
      'A controller may be present. Speak with the person alone, with an interpreter who does not know them.',
    'resp-wages': 'Unpaid or taken wages trap people and are common in forced labour.',
    'resp-threats': 'Threats keep people too afraid to ask for help or to tell what happened.',
    'resp-violence': 'Violence means a risk to health or life. Safety and medical care come first.',
    'resp-confined': 'If a person cannot leave, they may be in danger now.',
    'resp-conditions': 'Abusive conditions harm health and show how the person is treated.',
    'resp-child':
      'A child cannot agree to exploitation. Follow your child protection procedure at once.',
  },
};

export default checklist;
