import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { DocumentHeader } from '@/components/document-header';
import { SearchResults } from '@/components/search/search-results';
import { ARTICLE_META, ARTICLE_SLUGS } from '@/geo/articles';
import { searchMetadata } from '@/geo/metadata';

/**
 * `/search?q=`: a prerendered shell; the results are found in the browser (`?q=` is read there).
 * Without JavaScript it points to the ways in that need none.
 */
export const metadata: Metadata = searchMetadata();

export default function SearchPage() {
  return (
    <div className="min-h-dvh bg-stone-50 text-stone-900">
      <DocumentHeader search={false} />
      <main className="mx-auto max-w-3xl px-4 py-8 md:px-8">
        <h1 className="text-2xl font-semibold leading-snug md:text-3xl">Search</h1>
        <noscript>
          <p className="mt-4 text-stone-700" data-no-js-search>
            Search runs in your browser, with JavaScript. Without it, every place is in the{' '}
            <Link href="/#places" prefetch={false} className="underline underline-offset-2">
              list of places
            </Link>{' '}
            (each with its names, passages and sources), every dated event is on the{' '}
            <a href="/timeline" className="underline underline-offset-2">
              timeline
            </a>
            , and the articles are on their own pages:{' '}
            {ARTICLE_SLUGS.map((slug, i) => (
              <span key={slug}>
                {i > 0 ? '; ' : ''}
                <a href={`/sources/${slug}`} className="underline underline-offset-2">
                  {ARTICLE_META[slug].title}
                </a>
              </span>
            ))}
            .
          </p>
        </noscript>
        <Suspense fallback={null}>
          <SearchResults />
        </Suspense>
      </main>
    </div>
  );
}
