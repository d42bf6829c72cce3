/** How to move the map without a mouse — MapLibre's own keyboard handling, said on screen. */
export function MapKeys() {
  return (
    <details data-map-keys="" className="absolute bottom-8 right-2 z-10 max-w-[15rem] rounded-md border border-stone-300 bg-white/95 px-2 pb-1 text-xs text-stone-800 shadow-sm print:hidden">
      <summary className="cursor-pointer py-1 font-medium">Map keys</summary>
      <p className="mt-1">Tab to the map, then:</p>
      <ul className="mt-0.5 list-disc pl-4">
        <li>arrow keys pan</li>
        <li>+ and − zoom in and out</li>
        <li>Shift + arrows zoom and pan further</li>
      </ul>
      <p className="mt-1">Every place is also in the list of places, which opens the same panels.</p>
    </details>
  );
}
