// State budget notation: "kap. 440, post 70" (also written 440.70). Chapter 1–4 digits, post 01–99.

export interface ChapterPost {
  chapter: number;
  post: number;
}

const LONG = /^kap\.?\s*(\d{1,4})\s*,?\s*post\s*(\d{1,2})$/i;
const SHORT = /^(\d{1,4})\.(\d{2})$/;

/** Parses either notation; null when malformed or the post is outside 01–99. */
export function parseChapterPost(text: string): ChapterPost | null {
  const s = text.trim().replace(/\s+/g, ' ');
  const m = LONG.exec(s) ?? SHORT.exec(s);
  if (!m) return null;
  const chapter = Number(m[1]);
  const post = Number(m[2]);
  if (chapter < 1 || post < 1 || post > 99) return null;
  return { chapter, post };
}

export const CHAPTER_POST_MESSAGE = 'Skriv kapittel og post som «kap. 440, post 70» eller «440.70» (post 01–99).';
