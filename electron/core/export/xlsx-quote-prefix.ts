// Excel protects text that starts like a formula (= + - @) with the cell style's quotePrefix, the flag Excel itself
// sets when someone types '=…: the text stays as written and no apostrophe shows. exceljs 4.4 cannot write that
// attribute, so the text-format styles it wrote for such cells (numFmtId 49, '@') get it afterwards.
import JSZip from 'jszip';

const TEXT_FORMAT_ID = 'numFmtId="49"';

export async function withQuotePrefix(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const styles = zip.file('xl/styles.xml');
  if (!styles) return xlsx;
  const xml = await styles.async('string');
  const patched = xml.replace(/<cellXfs\b[^>]*>[\s\S]*?<\/cellXfs>/, (block) =>
    block.replace(/<xf\b([^>]*?)(\/?)>/g, (tag, attrs: string, end: string) =>
      attrs.includes(TEXT_FORMAT_ID) && !attrs.includes('quotePrefix') ? `<xf${attrs} quotePrefix="1"${end}>` : tag,
    ),
  );
  if (patched === xml) return xlsx;
  zip.file('xl/styles.xml', patched);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
