import { readFileSync } from 'node:fs';

const article = normalize(readFileSync('assets/content/article-nl.txt', 'utf8'));

/** Whitespace folded, so a line can be looked up in the article whatever its wrapping. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True when `line` stands word for word in the article (its first letter may be capitalised). */
export function isInArticle(line: string): boolean {
  const wanted = normalize(line);
  const lowerFirst = wanted.charAt(0).toLowerCase() + wanted.slice(1);
  return article.includes(wanted) || article.includes(lowerFirst);
}
