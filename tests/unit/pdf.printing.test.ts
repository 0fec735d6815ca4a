// How a long PDF's parts reach the joiner (issue 17): the CLI's and the preview's Chromium prints the next parts while
// the previous one is joined, so the PDFs must still come in the order of the jobs, a job that waits for the PDFs
// before it (the footer sheet) must get them, a page that prints several jobs must carry nothing of one into the
// next, and a caller that stops early (a failed join) must leave no print behind it as an error. After each part the
// joiner asks V8 for a collection, which must free what is no longer reachable without touching the process's global
// object.
import { describe, expect, it } from 'vitest';
import { collectSoon, HeapBudget } from '../../electron/core/export/heap.ts';
import { chromiumPdfRenderer } from '../../electron/core/export/pdf-chromium.ts';
import type { PdfJob } from '../../electron/core/export/pdf.ts';
import { pdfPages, pdfText } from '../support/read-exports.ts';

const job = (word: string): PdfJob => ({
  html:
    `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${word}</title></head>` +
    `<body><h1>${word}</h1></body></html>`,
  landscape: false,
});
const WORDS = ['Første', 'Andre', 'Tredje', 'Fjerde'];

describe('printing the parts of a PDF in Chromium', () => {
  it('hands the PDFs on in the order of the jobs while the next is printing', { timeout: 120_000 }, async () => {
    const texts: string[] = [];
    for await (const pdf of chromiumPdfRenderer()(WORDS.map(job))) texts.push(pdfText(pdf).trim());
    expect(texts).toEqual(WORDS);
  });

  it(
    'hands every PDF on before it takes a job that waits for them (the footer sheet)',
    { timeout: 120_000 },
    async () => {
      const received = Promise.withResolvers<number>();
      let count = 0;
      async function* jobs(): AsyncGenerator<PdfJob> {
        yield job('Første');
        yield job('Andre');
        // As the footer sheet: made only once the caller has every PDF before it.
        yield job(`Etter${await received.promise}`);
      }
      const texts: string[] = [];
      for await (const pdf of chromiumPdfRenderer()(jobs())) {
        texts.push(pdfText(pdf).trim());
        if (++count === 2) received.resolve(count);
      }
      expect(texts).toEqual(['Første', 'Andre', 'Etter2']);
    },
  );

  it('leaves nothing of one job in the next printed on the same page', { timeout: 120_000 }, async () => {
    const styled: PdfJob = {
      html:
        '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Stilark</title>' +
        '<style>body::before { content: "Rest"; } @page { size: A4 landscape; }</style></head>' +
        '<body><h1>Første</h1></body></html>',
      landscape: true,
    };
    const out: { text: string; title: string; size: string }[] = [];
    for await (const pdf of chromiumPdfRenderer()([styled, ...WORDS.slice(1).map(job)])) {
      const { info, pages } = pdfPages(pdf);
      out.push({ text: pages.join('').trim(), title: info.Title, size: info['Page size'] });
    }
    expect(out.map((o) => o.text)).toEqual([expect.stringMatching(/^Rest\s*Første$/), ...WORDS.slice(1)]);
    expect(out.map((o) => o.title)).toEqual(['Stilark', ...WORDS.slice(1)]);
    // The first in landscape, the rest in portrait as their own HTML asks.
    expect(out.map((o) => Number(/^([\d.]+) x/.exec(o.size)![1]) > 800)).toEqual([true, false, false, false]);
  });

  it('stops cleanly when the caller stops after the first PDF', { timeout: 120_000 }, async () => {
    const texts: string[] = [];
    for await (const pdf of chromiumPdfRenderer()(WORDS.map(job))) {
      texts.push(pdfText(pdf).trim());
      break;
    }
    expect(texts).toEqual(['Første']);
  });
});

describe('collecting after a part', () => {
  it('frees what is no longer reachable, and leaves the global object as it was', async () => {
    const ref = (() => new WeakRef({ rows: Array.from({ length: 1000 }, (_, i) => ({ i })) }))();
    await collectSoon();
    expect(ref.deref()).toBeUndefined();
    expect('gc' in globalThis).toBe(false);
  });

  it('collects once the heap has grown by the budget, and not before', async () => {
    const garbage = () => new WeakRef({ rows: Array.from({ length: 100_000 }, (_, i) => ({ i })) });
    const roomy = new HeapBudget(4096);
    const kept = garbage();
    await roomy.check();
    expect(kept.deref()).toBeDefined();
    const tight = new HeapBudget(1);
    const freed = garbage(); // about 4 MB
    await tight.check();
    expect(freed.deref()).toBeUndefined();
  });
});
