/** How a translation was made, shown to agencies so they know what they publish. */
export type ReviewStatus = 'machine' | 'reviewed' | 'native-reviewed';

/** Facts about one language, carried by its own locale file. */
export interface LocaleMeta {
  /** BCP 47 code, e.g. `ar` or `pt-BR`. */
  code: string;
  /** The language's name in that language. */
  name: string;
  /** The language's name in English, for docs and pickers. */
  englishName: string;
  dir: 'ltr' | 'rtl';
  status: ReviewStatus;
}

/** A tree of strings; leaves are i18next strings (`{{placeholder}}`, plural suffixes `_one` …). */
export interface Strings {
  [key: string]: string | Strings;
}

/** One language's file: its metadata and every widget's strings in namespaces. */
export interface LocaleFile {
  meta: LocaleMeta;
  strings: Strings;
}
