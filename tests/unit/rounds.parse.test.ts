// The parse worker's XML parser decodes UTF-8 across chunk boundaries: exceljs' own turned a character split
// between two chunks of a zip entry into replacement characters (found at 10 000 measures, where «4 926 000 kr»
// in a locked cell broke the form's checksum).
import { describe, expect, it } from 'vitest';
import { parseSaxUtf8 } from '../../electron/core/rounds/parse-sax-utf8.ts';

async function textOf(chunks: Buffer[]): Promise<string> {
  let text = '';
  async function* source() {
    yield* chunks;
  }
  for await (const events of parseSaxUtf8(source()))
    for (const e of events) if (e.eventType === 'text') text += String(e.value);
  return text;
}

describe('the parse worker’s XML parser', () => {
  it('keeps a character whose bytes are split between two chunks', async () => {
    const xml = Buffer.from('<t>4\u202f926 000 kr, Ålesund og Bodø</t>', 'utf8');
    for (let cut = 1; cut < xml.length; cut++)
      expect(await textOf([xml.subarray(0, cut), xml.subarray(cut)])).toBe('4\u202f926 000 kr, Ålesund og Bodø');
  });
});
