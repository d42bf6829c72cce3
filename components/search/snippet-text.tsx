import type { Segment } from '@/geo/search';

/** A result's snippet, the matched words marked (`<mark>`): the field's list and the results page. */
export function SnippetText({ segments }: { segments: readonly Segment[] }) {
  return segments.map((s, i) =>
    s.mark ? (
      <mark key={i} className="rounded-sm bg-amber-200 px-px text-stone-950">
        {s.text}
      </mark>
    ) : (
      <span key={i}>{s.text}</span>
    ),
  );
}
