import type { PlaceName } from '@/geo/schema';

/** Language names for the codes places.json uses. */
const LANGUAGE: Record<string, string> = {
  en: 'English',
  az: 'Azerbaijani',
  hy: 'Armenian',
  ru: 'Russian',
  tr: 'Turkish',
  fa: 'Persian',
  he: 'Hebrew',
  ka: 'Georgian',
};

/** "Azerbaijani (official)", or "English, the articles": the language, unless `usedBy` already begins with it. */
function whose({ lang, usedBy }: PlaceName): string {
  const language = LANGUAGE[lang.split('-')[0]!] ?? lang;
  return usedBy.startsWith(language) ? usedBy : `${language}, ${usedBy}`;
}

/**
 * A place's names and who uses each: contested names side by side, each attributed, none preferred
 * beyond the atlas's own first entry (the name the articles use). Each name carries its `lang`, so a
 * screen reader pronounces Նախիջևան as Armenian.
 */
export function PlaceNames({ names }: { names: readonly PlaceName[] }) {
  if (names.length < 2) return null;
  return (
    <section className="mt-3" aria-labelledby="place-names" data-place-names>
      <h3 id="place-names" className="text-sm font-semibold text-stone-900">
        Names
      </h3>
      <ul className="mt-1 space-y-0.5 text-sm">
        {names.map((n) => (
          <li key={`${n.lang}-${n.name}`} data-name-lang={n.lang}>
            <span lang={n.lang} className="font-medium text-stone-900">
              {n.name}
            </span>
            <span className="text-stone-600">
              {' — '}
              {whose(n)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
