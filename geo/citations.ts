import { z } from './zod';
import { isoDateSchema } from './dates';

/**
 * Citations: every source of a fact or a coordinate is cited as "Title — Publisher, date", linked to
 * the publisher's own canonical page. A URL that reaches the page some other way — an IP-address host,
 * a web proxy, a mirror or scraper copy, a cached or machine-translated copy, an edit or history link,
 * a double-encoded path — is rejected with the reason, so a bad link fails the build, not the reader.
 */

/** Hosts that serve other publishers' pages: proxies, mirrors, scraper and reader copies. */
const MIRROR_HOSTS = [
  'anonyproxies.com',
  'movatter.jp',
  'hqproductreviews.com',
  'review.clateway.com',
  'sparkthread.net',
  'perceptiode.com',
  'wikipedia-on-ipfs.org',
  'wikiwand.com',
  'kiwix',
  'keenetic.name',
  'eth.limo',
  'zxc.wiki',
  'friendlywiki.com',
  'sagapedia.com',
  'thefreedictionary.com',
  'lescigales.org',
  'pastebin.com',
  'webcache.googleusercontent.com',
  'archive.ph',
  'archive.today',
  'translate.goog',
  'wikibrief.org',
  'wiki2.org',
  'dbpedia.org',
  'everybodywiki.com',
  'justapedia.org',
  'alchetron.com',
  'wikimili.com',
  'infogalactic.com',
  'ipfs.io',
  'dweb.link',
  'piglix.com',
  'theinfolist.com',
  'wikiup.org',
  'wiki7.org',
  'qwertyu.wiki',
  'frwiki.wiki',
  'iwiki.icu',
  'worldlibrary.org',
  'profilpelajar.com',
  'marefa.org',
  'dewiki.de',
  'wiki.li',
  'abcdef.wiki',
  'knowledgr.com',
  'wiki.x.io',
  'bahnsport-info.de',
  'docslib.org',
  'exbulletin.com',
  'particle.news',
  'muhabarishaji.com',
  'cloudfront.net',
  'translate.google',
] as const;

/** Query keys that mark an edit, history or proxy link rather than the page itself. */
const NON_CANONICAL_QUERY = ['oldid', 'diff', 'action', 'veaction', 'printable', 'curid', 'q', 'url', 'arsae'] as const;

/** Why a URL is not the publisher's own canonical page, or null when it is acceptable. */
export function nonCanonicalReason(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `scheme ${url.protocol} (http or https only)`;
  if (url.username || url.password) return 'credentials in the URL';
  const host = url.hostname.toLowerCase();
  if (/^\d{1,3}(\.\d{1,3}){3}$/u.test(host) || host.startsWith('[')) return 'an IP-address host';
  const mirror = MIRROR_HOSTS.find((m) => host === m || host.endsWith(`.${m}`) || host.includes(m));
  if (mirror) return `a proxy or mirror host (${mirror})`;
  if (/\.m\.wikipedia\.org$/u.test(host)) return 'a mobile Wikipedia host (cite the desktop page)';
  if (/^(dev|staging|preview|m)\./u.test(host) || /pangea-cms\.com$/u.test(host)) return 'a mobile, development or preview host';
  if (url.port || /^https?:\/\/[^/]*:\d+/u.test(raw)) return 'an explicit port';
  for (const key of NON_CANONICAL_QUERY) {
    if (url.searchParams.has(key)) return `an edit, history or proxy link (?${key}=)`;
  }
  if (/\.wikipedia\.org$/u.test(host) && (url.search || !url.pathname.startsWith('/wiki/'))) return 'a wiki link that is not /wiki/Title';
  if (/(^|\.)geonames\.org$/u.test(host) && /\/(search|advanced-search)\.html$/u.test(url.pathname)) return 'a GeoNames search page (cite the record)';
  if (/\/amp(\/|$)/u.test(url.pathname) || url.searchParams.has('amp') || url.searchParams.has('noamp')) return 'an AMP copy';
  if (/aHR0c/u.test(url.search)) return 'a proxied URL in the query';
  if (/%25[0-9a-f]{2}/iu.test(raw)) return 'a double-encoded path';
  if (/\/(https?|host-https?)[-:]/iu.test(url.pathname)) return 'a proxied URL inside the path';
  return null;
}

export const canonicalUrlSchema = z.string().superRefine((value, ctx) => {
  const reason = nonCanonicalReason(value);
  if (reason) ctx.addIssue({ code: 'custom', message: `not the publisher's canonical page: ${reason}: ${value}` });
});

export const citationSchema = z
  .object({
    /** The page's title; a title in [square brackets] is descriptive (the page's own headline was not confirmed). */
    title: z.string().min(3),
    publisher: z.string().min(2),
    date: isoDateSchema.optional(),
    url: canonicalUrlSchema,
  })
  .strict();
export type Citation = z.infer<typeof citationSchema>;
