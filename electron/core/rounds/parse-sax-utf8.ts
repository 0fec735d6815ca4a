// exceljs' streaming reader turns each chunk of a zip entry into text on its own (lib/utils/parse-sax.js), so a
// character of several bytes that straddles two chunks (æ, ø, å, the narrow no-break space in «4 926 000 kr») comes
// out as replacement characters, and a form's locked cells no longer match their checksum. This is the same parser
// with a UTF-8 decoder that carries a split character over to the next chunk; the parse worker puts it in place of
// exceljs' own before it loads the reader.
import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };
interface Saxes {
  on(event: string, fn: (value: unknown) => void): void;
  write(text: string): void;
}

const exceljsRequire = createRequire(createRequire(import.meta.url).resolve('exceljs/package.json'));
const { SaxesParser } = exceljsRequire('saxes') as { SaxesParser: new () => Saxes };

export async function* parseSaxUtf8(iterable: AsyncIterable<Buffer | string>): AsyncGenerator<SaxEvent[]> {
  const parser = new SaxesParser();
  const decoder = new StringDecoder('utf8');
  let error: unknown;
  let events: SaxEvent[] = [];
  parser.on('error', (err) => (error = err));
  for (const type of ['opentag', 'text', 'closetag'] as const)
    parser.on(type, (value) => events.push({ eventType: type, value }));
  const feed = (text: string) => {
    parser.write(text);
    if (error) throw error;
    const out = events;
    events = [];
    return out;
  };
  for await (const chunk of iterable) yield feed(typeof chunk === 'string' ? chunk : decoder.write(chunk));
  const rest = decoder.end();
  if (rest) yield feed(rest);
}

/** Puts parseSaxUtf8 in the module cache where exceljs looks for its parser; call before loading the reader. */
export function useUtf8SafeParser(): void {
  const path = exceljsRequire.resolve('./lib/utils/parse-sax.js');
  const cache = exceljsRequire.cache as Record<string, unknown>;
  cache[path] = { id: path, filename: path, loaded: true, exports: parseSaxUtf8, children: [], paths: [] };
}
