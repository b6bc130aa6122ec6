import type { CatalogueTranslation } from './catalogue/sources';
import type { EnglishAreas } from './messages/en';

/**
 * One language other than English, whole in one file: ./translations/<code>.ts exports
 * `translation`. Its messages take every English area's ids exactly, so a missing or a
 * stray id fails typecheck; the catalogue's ids are sentences found at run time, so
 * tests/unit/shared/i18n-catalogue.test.ts checks those. All values are ICU strings.
 */
export interface Translation {
  /** The language's own name, shown in the language list whatever the current language. */
  name: string;
  messages: { [Area in keyof EnglishAreas]: Record<keyof EnglishAreas[Area], string> };
  /** The catalogue's English sentences (./catalogue/sources.ts) → their translation. */
  catalogue: CatalogueTranslation;
}
