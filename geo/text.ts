/**
 * Text normalisation shared by the article parser, the passage finder and the verbatim checks.
 * The sources keep their artifacts on disk (see geo/sources/README.md); these functions are the
 * one place where they are neutralised, so "verbatim" means the same thing everywhere.
 */

/** Collapses every run of white space (including non-breaking spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Endnote numbers glued to the end of a sentence in souleimanov-2024 (`…Caucasus.14 However`).
 * Only one or two digits right after closing punctuation and before white space or the end count:
 * years and figures inside sentences are never preceded by a full stop or a closing quote.
 */
const GLUED_ENDNOTE = /(?<=[.,;:!?”’")])\d{1,2}(?=\s|$)/gu;

/** The goyushov-2026 footnote reference, a Markdown link such as `[\[i\]](#)`. */
const FOOTNOTE_REFERENCE = /\[\\\[([ivx]+)\\\]\]\(#\)/gu;

export function dropEndnoteMarkers(text: string): string {
  return text.replace(GLUED_ENDNOTE, '').replace(FOOTNOTE_REFERENCE, '');
}

/** A paragraph that ends without closing punctuation was cut by a page break and continues. */
export function endsMidSentence(text: string): boolean {
  return !/[.!?:;”"’)…]$/u.test(text.trim());
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
