// Advance widths of the characters a report prints, in thousandths of an em, for sizing table columns to their
// content (layout.ts). Each is the wider of Carlito (metric-compatible with Calibri, which Word and the PDF ask
// for) and DejaVu Sans (what LibreOffice and Chromium fall back to on Linux without Calibri or Carlito), so a
// column measured with it holds its text in either font. Measured in Chromium with canvas measureText at 1000 px
// from @fontsource/carlito 5.3.0 and DejaVu Sans 2.37; printable ASCII, Latin-1 and a few typographic marks.

function decode(list: string): number[] {
  return list.split(',').filter(Boolean).map(Number);
}

/** The characters after printable ASCII (32–126) and Latin-1 (160–255) that the tables below cover, in order. */
const EXTRA = [
  0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x20ac, 0x202f, 0x2009, 0x2010, 0x2011, 0x2022, 0x2212,
];

const REGULAR = decode(
  '318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,386,636,636,636,636,636,636,636,636,636,636,337,' +
    '337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,319,656,557,863,748,787,603,787,695,635,611,732,' +
    '684,989,685,611,685,390,386,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,' +
    '635,411,521,392,634,592,818,592,592,525,636,460,636,838,318,401,636,636,636,636,498,500,500,1000,471,612,838,' +
    '0,1000,500,500,838,401,401,500,636,636,318,500,401,471,612,969,969,969,531,684,684,684,684,684,684,974,698,' +
    '632,632,632,632,295,295,295,295,775,748,787,787,787,787,787,838,787,732,732,732,732,611,605,630,613,613,613,' +
    '613,613,613,982,550,615,615,615,615,278,278,278,278,612,634,612,612,612,612,612,838,612,634,634,634,634,592,' +
    '635,592,500,1000,318,318,518,518,1000,636,200,200,361,361,590,838,',
);

const BOLD = decode(
  '348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,430,696,696,696,696,696,696,696,696,696,696,400,' +
    '400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,372,775,637,995,837,850,733,850,770,720,682,812,' +
    '774,1103,771,724,725,457,430,457,838,500,500,675,716,593,716,678,435,716,712,343,343,665,343,1042,712,687,716,' +
    '716,493,595,478,712,652,924,645,652,582,712,475,712,838,348,456,696,696,636,696,498,500,500,1000,564,646,838,' +
    '0,1000,500,500,838,438,438,500,736,636,380,500,438,564,646,1035,1035,1035,580,774,774,774,774,774,774,1085,' +
    '734,683,683,683,683,372,372,372,372,838,837,850,850,850,850,850,838,850,812,812,812,812,724,738,719,675,675,' +
    '675,675,675,675,1048,593,678,678,678,678,343,343,343,343,687,712,687,687,687,687,687,838,687,712,712,712,712,' +
    '652,716,652,500,1000,380,380,657,657,1000,696,200,200,415,415,639,838,',
);

/** Wider than any letter or digit above: a character not in the tables is never measured too narrow. */
const UNKNOWN = 1000;

function indexOf(code: number): number {
  if (code >= 32 && code <= 126) return code - 32;
  if (code >= 160 && code <= 255) return 95 + code - 160;
  const i = EXTRA.indexOf(code);
  return i < 0 ? -1 : 191 + i;
}

/** Width of a text in points at the given size (no line breaks: the text is measured as one line). */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let em = 0;
  for (const ch of text) {
    const i = indexOf(ch.codePointAt(0)!);
    em += i < 0 ? UNKNOWN : table[i];
  }
  return (em / 1000) * sizePt;
}
