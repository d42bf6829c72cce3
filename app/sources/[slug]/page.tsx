import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DocumentHeader } from '@/components/document-header';
import { EditorialNote } from '@/components/editorial-note';
import { ReadingMap } from '@/components/reading/reading-map';
import { loadArticles } from '@/geo/article-files';
import { ARTICLE_SLUGS, isArticleSlug } from '@/geo/articles';
import { buildAtlas } from '@/geo/atlas';
import { LEDGER, coverage, ledgerEntry } from '@/geo/ledger';
import { mentionSegments } from '@/geo/mentions';
import { sourceMetadata } from '@/geo/metadata';
import { placeIndex } from '@/geo/place-index';
import { PLACES } from '@/geo/places';
import { PHONE_MAP, unionBBox, viewForBounds } from '@/geo/reading';
import { formatMapHash, passageHref } from '@/geo/url-state';

/** `/sources/<slug>`: an article in full, each paragraph anchored (`#p<N>`), every place linked to the map. */
export const dynamicParams = false;

export function generateStaticParams() {
  return ARTICLE_SLUGS.map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return isArticleSlug(slug) ? sourceMetadata(slug) : {};
}

export default async function SourcePage({ params }: Props) {
  const { slug } = await params;
  if (!isArticleSlug(slug)) notFound();
  const article = loadArticles()[slug];
  const atlas = buildAtlas();
  /** The places the ledger says each paragraph concerns (a unit test keeps it equal to the passages). */
  const placesOf = (n: number) => (ledgerEntry(slug, n)?.places ?? []).map((id) => atlas.features.find((f) => f.id === id)!);
  const share = coverage(LEDGER).find((c) => c.slug === slug)!;

  const firstOfSection = (i: number) => i === 0 || article.paragraphs[i - 1]!.section !== article.paragraphs[i]!.section;
  return (
    <div className="min-h-dvh bg-stone-50 text-stone-900">
      <DocumentHeader />
      <main className="mx-auto max-w-3xl px-4 py-8 md:px-8" data-reading-article>
        <p className="text-sm font-semibold uppercase tracking-wider text-stone-500">Source</p>
        <h1 className="mt-1 text-2xl font-semibold leading-snug md:text-3xl">{article.title}</h1>
        <p className="mt-2 text-stone-700">
          {article.author}
          {article.authorAlt ? ` (${article.authorAlt})` : ''}
          {article.affiliation ? `, ${article.affiliation}` : ''}
        </p>
        <p className="text-sm text-stone-600">
          {article.venue ? `${article.venue}${article.pages ? `, pp. ${article.pages}` : ''} · ` : ''}
          {article.publishedLabel}
          {article.doi ? (
            <>
              {' · '}
              <a href={`https://doi.org/${article.doi}`} className="underline underline-offset-2" rel="noreferrer">
                doi:{article.doi}
              </a>
            </>
          ) : null}
        </p>
        <p className="mt-3 text-sm text-stone-600">
          Paragraph numbers are the atlas’s own (¶1 is the first paragraph of text). Names of places on the map are links;
          under each paragraph, “On the map” lists the places it concerns, or “Not on the map” says why it has none.
        </p>
        <p className="mt-2 text-sm text-stone-700" data-coverage>
          The atlas maps {share.mapped} of this article’s {share.paragraphs} paragraphs ({share.percent}%).
        </p>

        <article className="mt-6">
          {article.paragraphs.map((p, i) => {
            const heading = firstOfSection(i) ? p.section : null;
            const places = placesOf(p.n);
            const entry = ledgerEntry(slug, p.n);
            const passageOf = (f: (typeof places)[number]) => f.properties.passages.find((q) => q.article === slug && q.paragraph === p.n)!.id;
            // A name in the text opens its place at this paragraph's passage when the paragraph concerns it
            // (as "On the map" does); a name the paragraph only mentions opens the place.
            const mentionHref = (placeId: string) => {
              const f = places.find((q) => q.id === placeId);
              return f ? passageHref(f.id, passageOf(f)) : `/place/${placeId}`;
            };
            // The atlas framed on all of the paragraph's places (as a phone shows it, above the panel),
            // the first place's panel open at this passage.
            const onMapHref =
              places.length > 0
                ? `${passageHref(places[0]!.id, passageOf(places[0]!))}#${formatMapHash(viewForBounds(unionBBox(places.map((f) => f.properties.bbox)), PHONE_MAP.width, PHONE_MAP.height))}`
                : null;
            return (
              <section key={p.n} aria-labelledby={heading ? `h-${p.n}` : undefined}>
                {heading ? (
                  <h2 id={`h-${p.n}`} className="mb-2 mt-8 text-lg font-semibold">
                    {heading}
                  </h2>
                ) : null}
                <div
                  id={`p${p.n}`}
                  data-paragraph={p.n}
                  data-places={places.map((f) => f.id).join(' ')}
                  tabIndex={-1}
                  className="group relative mb-4 scroll-mt-6 rounded-md p-2 outline-none target:bg-amber-50 target:ring-2 target:ring-amber-300 focus-visible:ring-2 focus-visible:ring-amber-500 data-[reading-active=true]:bg-white data-[reading-active=true]:shadow-[inset_3px_0_0_#b45309]"
                >
                  <p className="leading-relaxed">
                    <a href={`#p${p.n}`} className="mr-2 text-sm font-semibold text-stone-500 no-underline hover:text-stone-900" aria-label={p.kind === 'note' ? `Note ${p.label}` : `Paragraph ${p.n}`}>
                      {p.kind === 'note' ? `Note ${p.label}` : `¶${p.n}`}
                    </a>
                    {mentionSegments(p.text, PLACES).map((segment, i) =>
                      segment.placeId ? (
                        <Link key={i} href={mentionHref(segment.placeId)} className="underline decoration-amber-500 decoration-2 underline-offset-2 hover:bg-amber-100" data-mention={segment.placeId}>
                          {segment.text}
                        </Link>
                      ) : (
                        <span key={i}>{segment.text}</span>
                      ),
                    )}
                  </p>
                  {places.length > 0 ? (
                    <p className="mt-1 text-xs text-stone-600">
                      On the map:{' '}
                      {places.map((f, i) => (
                        <span key={f.id}>
                          {i > 0 ? ' · ' : ''}
                          <Link href={passageHref(f.id, passageOf(f))} className="underline underline-offset-2" data-place-ref={f.id}>
                            {f.properties.name}
                          </Link>
                        </span>
                      ))}
                      {' · '}
                      <a href={onMapHref!} className="font-medium text-amber-900 underline underline-offset-2" data-on-map aria-label={`Open in the atlas: the places of ${p.kind === 'note' ? `note ${p.label}` : `paragraph ${p.n}`}`}>
                        Open in the atlas
                      </a>
                    </p>
                  ) : (
                    <p className="mt-1 text-xs text-stone-600" data-not-on-map>
                      Not on the map: {entry?.reason}
                    </p>
                  )}
                  {entry?.note ? (
                    <EditorialNote text={entry.note} className="mt-1" />
                  ) : null}
                </div>
              </section>
            );
          })}
        </article>
      </main>
      <ReadingMap places={placeIndex(atlas)} />
    </div>
  );
}
