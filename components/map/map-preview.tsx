'use client';

/** An empty picture, for wide screens (where the preview is hidden): the SVG is then never fetched. */
const NOTHING = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

/**
 * A phone's place page before the interactive map: the place's static map (`/preview/<id>.svg`) and a
 * button that starts the real one. Hidden on wide screens, where the map starts by itself. On a phone
 * it is the page's largest picture, so it is fetched at once, with high priority (not lazily).
 */
export function MapPreview({ placeId, name, onStart }: { placeId: string; name: string; onStart: () => void }) {
  return (
    <div data-map-preview="" className="absolute inset-x-0 top-0 h-[45%] overflow-hidden bg-[#dbe7ee] md:hidden print:hidden">
      <picture>
        <source media="(min-width: 768px)" srcSet={NOTHING} />
        <img src={`/preview/${encodeURIComponent(placeId)}.svg`} alt={`Map of ${name} (a static preview)`} fetchPriority="high" className="h-full w-full object-cover" />
      </picture>
      <button
        type="button"
        onClick={onStart}
        className="absolute bottom-3 left-1/2 -translate-x-1/2 whitespace-nowrap rounded-full border border-stone-300 bg-white px-4 py-2 text-sm font-semibold text-stone-900 shadow-md focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900"
      >
        Show the interactive map
      </button>
    </div>
  );
}
