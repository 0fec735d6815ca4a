// Sheet names for the workbooks: Excel allows 31 characters, none of []:*?/\, each name once in a workbook (whatever
// the case). A longer name is cut at a word, never in the middle of one, and never ends in a space.

/**
 * `text` in at most `n` characters, cut before a space or a hyphen between words («Handlingsplan-mot-vold»), so no
 * word is cut; only a single word longer than `n` is cut, as nothing else can hold it.
 */
function cutAtWord(text: string, n: number): string {
  if (text.length <= n) return text;
  let end = 0;
  for (const m of text.matchAll(/ |(?<=[\p{L}\d])-(?=[\p{L}\d])/gu)) if (m.index <= n) end = m.index;
  return (end > 0 ? text.slice(0, end) : text.slice(0, n)).trim();
}

/** A sheet name from a caption: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(caption: string, taken: Set<string>): string {
  const clean = caption
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const base = cutAtWord(clean, 31) || 'Tabell';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${cutAtWord(clean, 26)} (${i})`;
  taken.add(name.toLowerCase());
  return name;
}
