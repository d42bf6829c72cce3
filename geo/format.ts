import type { Incident, Kind } from './schema';

/** How each kind of place is named in the panel and on share images. */
export const KIND_LABEL: Record<Kind, string> = { region: 'Region', route: 'Route', pipeline: 'Pipeline', site: 'Site', event: 'Event' };

/** What a strike-layer site's `incident` says, in the panel and the legend. */
export const INCIDENT_LABEL: Record<Incident, string> = {
  attack: 'Confirmed attack',
  threat: 'Threatened, no confirmed hit',
  precaution: 'Shut as a precaution, no confirmed hit',
};

/**
 * British English short month names, written out rather than asked of `Intl`: each `toLocaleString`
 * builds a date formatter (a few ms apiece on a phone, and a date step formats several dates), and the
 * server's ICU and the browser's need not agree ("Sep" or "Sept"), which would break hydration.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] as const;

/** `2026-03-05` → `5 Mar 2026`; `2023-10` → `Oct 2023`; `2015` → `2015`. The atlas's one date format. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  const month = m ? MONTHS[m - 1] : '';
  return [d, month, y].filter(Boolean).join(' ');
}

/**
 * `text` broken into lines no wider than `maxWidth` by `measure` (a canvas's `measureText`, say): at
 * spaces, and a word wider than a line (a URL) after its last `/`, `?`, `&`, `#` or `=` that fits, else
 * at the last character that fits.
 */
export function wrapLines(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const pushWord = (word: string) => {
    let rest = word;
    while (measure(rest) > maxWidth && rest.length > 1) {
      let cut = 1;
      while (cut < rest.length && measure(rest.slice(0, cut + 1)) <= maxWidth) cut += 1;
      const at = Math.max(...['/', '?', '&', '#', '='].map((c) => rest.lastIndexOf(c, cut - 1) + 1));
      const piece = at > 0 ? at : cut;
      lines.push(rest.slice(0, piece));
      rest = rest.slice(piece);
    }
    return rest;
  };
  for (const word of text.split(' ').filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = pushWord(word);
  }
  if (line) lines.push(line);
  return lines;
}
