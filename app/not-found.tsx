import Link from 'next/link';

/** Any other unknown address: say so plainly and lead back to the atlas. */
export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl p-8 text-stone-900">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-3">There is nothing at this address in the South Caucasus Corridors Atlas.</p>
      <p className="mt-3">
        <Link href="/" className="underline underline-offset-2">
          Open the atlas
        </Link>
      </p>
    </main>
  );
}
