import Link from 'next/link';
import { AskedFor } from '@/components/asked-for';
import { buildAtlas } from '@/geo/atlas';
import { layerLabel } from '@/geo/layers';
import { placeIndex } from '@/geo/place-index';

/**
 * The 404 page (`404.html` in the static export, served for every unknown address). It lists every
 * place, so it is useful without JavaScript; in the browser it also names what was asked for.
 */
export default function NotFound() {
  const places = placeIndex(buildAtlas());
  return (
    <main className="mx-auto max-w-2xl p-6 text-stone-900 md:p-10">
      <p className="text-sm font-semibold uppercase tracking-wider text-stone-500">South Caucasus Corridors Atlas</p>
      <AskedFor places={places} />
      <p className="mt-4">
        <Link href="/" className="font-medium underline underline-offset-2">
          Open the atlas
        </Link>{' '}
        or choose a place:
      </p>
      <ul className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        {places.map((p) => (
          <li key={p.id}>
            <Link href={`/place/${p.id}`} className="underline decoration-stone-400 underline-offset-2">
              {p.name}
            </Link>{' '}
            <span className="text-stone-500">· {layerLabel(p.layer)}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}
