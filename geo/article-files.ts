import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_META, ARTICLE_SLUGS, type Article, type ArticleSlug, parseArticle } from './articles';

/** Reading the shipped articles from disk: server and build only (the rest of geo/articles is pure). */
/** Where the shipped copies of the articles live, relative to the project root. */
export function articlePath(slug: ArticleSlug): string {
  return path.join(process.cwd(), 'geo', 'sources', `${slug}.txt`);
}

export function readArticleText(slug: ArticleSlug): string {
  return readFileSync(articlePath(slug), 'utf8');
}

let cache: Record<ArticleSlug, Article> | null = null;

/** Both articles, parsed once per process. */
export function loadArticles(): Record<ArticleSlug, Article> {
  cache ??= Object.fromEntries(
    ARTICLE_SLUGS.map((slug) => [slug, { ...ARTICLE_META[slug], paragraphs: parseArticle(slug, readArticleText(slug)) }]),
  ) as Record<ArticleSlug, Article>;
  return cache;
}

