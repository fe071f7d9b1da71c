import type { Source } from './types.js';

/** A service an emergency number reaches. */
export type EmergencyService = 'police' | 'ambulance' | 'fire';

/** One emergency number and the services it reaches. */
export interface EmergencyNumber {
  /** The digits to dial, inside the country: `112`. */
  readonly number: string;
  readonly services: readonly EmergencyService[];
}

/** A country's emergency numbers, with where they come from. */
export interface EmergencyNumbers {
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
  /** In the source's order. */
  readonly numbers: readonly EmergencyNumber[];
  readonly sources: readonly Source[];
  /** When checked against the sources, `YYYY-MM-DD`. */
  readonly verified: string;
}

const ALL: readonly EmergencyService[] = ['police', 'ambulance', 'fire'];

/**
 * The Android Open Source Project's emergency number database: what every Android phone treats as
 * an emergency call per country. Only its per-country numbers are used, not its fallback.
 */
const AOSP: Source = {
  url: 'https://android.googlesource.com/platform/packages/services/Telephony/+/master/ecc/input/eccdata.txt',
  states: 'Per country, the numbers Android dials as emergency calls and the services they reach',
  accessed: '2026-12-02',
};

const one = (number: string): EmergencyNumber => ({ number, services: ALL });
const each = (police: string, ambulance: string, fire: string): EmergencyNumber[] => [
  { number: police, services: ['police'] },
  { number: ambulance, services: ['ambulance'] },
  { number: fire, services: ['fire'] },
];

/** Per country: the numbers, as the source lists them (police, ambulance, fire). */
const NUMBERS: Record<string, readonly EmergencyNumber[]> = {
  BD: [one('999')],
  BR: each('190', '192', '193'),
  CA: [one('911'), one('112')],
  CO: [one('123')],
  DE: [one('112')],
  EG: each('122', '123', '180'),
  ES: [one('112')],
  FR: [one('112')],
  GB: [one('999')],
  IT: [one('112')],
  KE: [one('999')],
  LB: [one('112')],
  MD: each('902', '903', '901'),
  MX: [one('911')],
  MY: [one('999')],
  PE: each('105', '110', '116'),
  PH: [one('911')],
  PL: [one('112')],
  RO: [one('112')],
  SD: [
    { number: '999', services: ['police', 'fire'] },
    { number: '333', services: ['ambulance'] },
  ],
  TH: each('191', '1669', '199'),
  TR: each('155', '112', '110'),
  UA: each('102', '103', '101'),
  UG: [one('999')],
  US: [one('911')],
  ZA: [one('112')],
};

/** The emergency numbers we have a source for, by country code. */
export const emergencyNumbers: Readonly<Record<string, EmergencyNumbers>> = Object.fromEntries(
  Object.entries(NUMBERS).map(([country, numbers]) => [
    country,
    { country, numbers, sources: [AOSP], verified: '2026-12-02' },
  ]),
);
