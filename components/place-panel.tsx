import type { ReactNode } from 'react';
import Link from 'next/link';
import { loadArticles } from '@/geo/article-files';
import { ARTICLE_META, ARTICLE_SLUGS } from '@/geo/articles';
import { placeEvents } from '@/geo/chronology';
import type { Citation } from '@/geo/citations';
import { INCIDENT_LABEL, KIND_LABEL, formatDate } from '@/geo/format';
import { layerLabel } from '@/geo/layers';
import type { PlaceProperties, Precision } from '@/geo/schema';
import { EditorialNote } from './editorial-note';
import { CopyPassageLink, PassageLink } from './copy-passage-link';
import { HighlightedText } from './highlighted-text';
import { LegendSwatch } from './legend-swatch';
import { STATUS_LABEL } from './map/layer-styles';
import { PanelFrame } from './panel-frame';
import { PlaceNames } from './place-names';

const PRECISION_STYLE: Record<Precision, string> = {
  exact: 'border-emerald-700 text-emerald-800',
  approximate: 'border-amber-700 text-amber-800',
  schematic: 'border-sky-700 text-sky-800',
};



/** "Title — Publisher, date", linked to the publisher's page. */
export function CitationText({ citation }: { citation: Citation }) {
  return (
    <>
      <a href={citation.url} rel="noreferrer" className="underline decoration-stone-400 underline-offset-2 hover:text-stone-950">
        {citation.title}
      </a>
      {` — ${citation.publisher}`}
      {citation.date ? (
        <>
          , <time dateTime={citation.date}>{formatDate(citation.date)}</time>
        </>
      ) : null}
    </>
  );
}

/** The whole paragraph a passage comes from (the panel expands it in place). */
function paragraphText(article: keyof ReturnType<typeof loadArticles>, n: number): string | null {
  return loadArticles()[article].paragraphs.find((p) => p.n === n)?.text ?? null;
}

const km = (n: number) => `${n.toLocaleString('en-GB', { maximumFractionDigits: 1 })} km`;

/** A titled part of the panel: a section labelled by its heading. */
function PanelSection({ id, title, className, children }: { id: string; title: string; className: string; children: ReactNode }) {
  return (
    <section className={className} aria-labelledby={id}>
      <h3 id={id} className="text-sm font-semibold text-stone-900">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** Everything the atlas knows about a place: facts, precision, the articles' passages, sources. */
export function PlacePanel({ place }: { place: PlaceProperties }) {
  const titleId = 'place-title';
  return (
    <PanelFrame placeId={place.id} titleId={titleId} title={place.name} layer={place.layer} since={place.since}>
      <article>
        <header>
          <p className="flex items-center gap-1.5 text-xs font-semibold uppercase tracking-wider text-stone-500">
            <LegendSwatch layer={place.layer} status={place.status} />
            {KIND_LABEL[place.kind]} · {layerLabel(place.layer)}
            {place.status ? ` · ${STATUS_LABEL[place.status]}` : ''}
            {place.incident ? ` · ${INCIDENT_LABEL[place.incident]}` : ''}
          </p>
          <h2 id={titleId} tabIndex={-1} className="mt-1 text-xl font-semibold leading-tight text-stone-900">
            {place.name}
          </h2>
          {/* Alternative names not already listed, with who uses them, under "Names". */}
          {place.aliases.some((a) => !place.names.some((n) => n.name === a)) ? (
            <p className="mt-1 text-sm text-stone-600">Also: {place.aliases.filter((a) => !place.names.some((n) => n.name === a)).join(' · ')}</p>
          ) : null}
        </header>
        <PlaceNames names={place.names} />

        <p className="mt-3 text-sm">
          <span className={`mr-1.5 inline-block rounded border px-1.5 py-px text-xs font-semibold uppercase ${PRECISION_STYLE[place.precision]}`}>{place.precision}</span>
          <span className="text-stone-700">{place.precisionReason}</span>
        </p>

        <p className="mt-3 text-[0.95rem] leading-relaxed text-stone-900">{place.summary}</p>

        {place.lengthKm !== null || place.areaKm2 !== null ? (
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            {place.lengthKm !== null ? (
              <>
                <dt className="text-stone-500">Length as drawn</dt>
                <dd>{km(place.lengthKm)}</dd>
                <dt className="text-stone-500">Published length</dt>
                <dd>{place.officialLength ?? 'none published'}</dd>
              </>
            ) : null}
            {place.areaKm2 !== null ? (
              <>
                <dt className="text-stone-500">Area as drawn</dt>
                <dd>{place.areaKm2.toLocaleString('en-GB')} km²</dd>
                {place.officialAreaKm2 !== null ? (
                  <>
                    <dt className="text-stone-500">Official area</dt>
                    <dd>{place.officialAreaKm2.toLocaleString('en-GB')} km²</dd>
                  </>
                ) : null}
              </>
            ) : null}
          </dl>
        ) : null}

        {place.dates.length > 0 ? (
          <PanelSection id="place-dates" title="Dates" className="mt-4">
            <ol className="mt-1 space-y-0.5 text-sm">
              {/* The chronology's events for this place: the timeline's order and date format. */}
              {placeEvents(place).map((d) => (
                <li key={d.id} className="grid grid-cols-[6.5rem_1fr] gap-2">
                  <time dateTime={d.date} className="tabular-nums text-stone-600">
                    {formatDate(d.date)}
                  </time>
                  <span>{d.label}</span>
                </li>
              ))}
            </ol>
          </PanelSection>
        ) : null}

        {place.claims.length > 0 ? (
          <PanelSection id="place-claims" title="Accounts" className="mt-4">
            <p className="mt-0.5 text-xs text-stone-600">What each side says; the atlas does not take a side.</p>
            <ul className="mt-1.5 space-y-2 text-sm" data-claims>
              {place.claims.map((c) => (
                <li key={`${c.by}-${c.text}`} data-claim>
                  <p>
                    <span className="font-semibold">{c.by}</span>
                    {c.date ? (
                      <>
                        {' ('}
                        <time dateTime={c.date}>{formatDate(c.date)}</time>
                        {')'}
                      </>
                    ) : null}
                    : {c.text}
                  </p>
                  <p className="text-xs text-stone-600">
                    <CitationText citation={c.source} />
                  </p>
                </li>
              ))}
            </ul>
          </PanelSection>
        ) : null}

        <PanelSection id="place-passages" title="What the articles say" className="mt-5">
          {ARTICLE_SLUGS.map((slug) => {
            const passages = place.passages.filter((p) => p.article === slug);
            if (passages.length === 0) return null;
            const meta = ARTICLE_META[slug];
            return (
              <section key={slug} className="mt-3" data-article={slug}>
                <h4 className="text-sm font-medium italic leading-snug text-stone-800">
                  <Link href={`/sources/${slug}`} prefetch={false} className="hover:underline">
                    {meta.title}
                  </Link>
                </h4>
                <p className="text-xs text-stone-600">
                  {meta.author} · {meta.venue ? `${meta.venue}, ` : ''}
                  {meta.publishedLabel.split(' (')[0]}
                </p>
                <ul className="mt-2 space-y-3">
                  {passages.map((p) => (
                    <li key={p.id} id={p.id} data-passage={p.id} tabIndex={-1} className="group scroll-mt-12 rounded-md data-[active=true]:bg-amber-50 data-[active=true]:ring-2 data-[active=true]:ring-amber-300">
                      <blockquote className="border-l-2 border-stone-300 pl-3 text-sm leading-relaxed text-stone-900">
                        <HighlightedText text={p.text} spans={p.spans} />
                      </blockquote>
                      <p className="mt-1 pl-3 text-xs text-stone-600">
                        <cite className="not-italic">
                          <Link href={`/sources/${p.article}#p${p.paragraph}`} prefetch={false} className="inline-flex min-h-6 items-center underline decoration-stone-400 underline-offset-2 hover:text-stone-900">
                            {p.cite}
                          </Link>
                        </cite>
                        {p.section ? ` · ${p.section}` : ''}
                        {/* Controls, not text: not printed. */}
                        <span className="print:hidden">
                          {' · '}
                          <PassageLink placeId={place.id} passageId={p.id} className="inline-flex min-h-6 items-center underline decoration-stone-400 underline-offset-2 hover:text-stone-900" />
                          {' · '}
                          <CopyPassageLink placeId={place.id} passageId={p.id} />
                        </span>
                        {p.curated && p.why ? <span className="block text-stone-500">Linked by hand: {p.why}</span> : null}
                      </p>
                      {p.editorialNote ? (
                        <EditorialNote text={p.editorialNote} className="ml-3 mt-1" />
                      ) : null}
                      {paragraphText(p.article, p.paragraph) !== p.text ? (
                        <details className="ml-3 mt-1 text-xs text-stone-700" data-whole-paragraph>
                          <summary className="inline-flex min-h-6 cursor-pointer select-none items-center text-stone-600 hover:text-stone-900">Show the whole paragraph</summary>
                          <p className="mt-1 border-l-2 border-stone-200 pl-2 text-sm leading-relaxed text-stone-800">{paragraphText(p.article, p.paragraph)}</p>
                        </details>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </PanelSection>

        <PanelSection id="place-sources" title="Sources" className="mt-5">
          <ol className="mt-1 list-decimal space-y-0.5 pl-5 text-xs text-stone-700">
            {place.sources.map((citation) => (
              <li key={citation.url} className="leading-5" data-citation>
                <CitationText citation={citation} />
              </li>
            ))}
          </ol>
        </PanelSection>
      </article>
    </PanelFrame>
  );
}
