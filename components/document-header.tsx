import Link from 'next/link';
import { SITE_NAME } from '@/geo/site';
import { SearchSlot } from './search/search-slot';

/**
 * The header of the document pages (`/sources/<slug>`, `/timeline`, `/search`): the site's name, a
 * link back to the atlas, and the site's search (the atlas's own field, so a reader can search from
 * any page). The field renders only with JavaScript and leaves the page's URL alone; without
 * JavaScript the header is the site's name, as it always was.
 */
export function DocumentHeader({ search = true }: { search?: boolean }) {
  return (
    <header data-document-header="" className="relative flex min-h-12 items-center justify-between gap-3 border-b border-stone-200 bg-white px-4 py-2">
      <Link href="/" className="font-semibold tracking-tight">
        {SITE_NAME}
      </Link>
      {search ? <SearchSlot syncUrl={false} /> : null}
    </header>
  );
}
