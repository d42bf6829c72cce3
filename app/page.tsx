import Link from 'next/link';

export default function Home() {
  return (
    <main className="p-6">
      <h1 className="text-2xl font-semibold">South Caucasus Corridors Atlas</h1>
      <p>
        The atlas data: <Link href="/data/atlas.geojson">atlas.geojson</Link>
      </p>
    </main>
  );
}
