// HTML → PDF in a hidden, sandboxed window with JavaScript off, tagged, with the report's footer on every page;
// the window is always destroyed; jobs are taken as they are needed, as the PdfRenderer contract says (pdf.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const windows: {
  options: { show?: boolean; webPreferences?: Record<string, unknown> };
  loaded: string[];
  html: string;
  destroyed: boolean;
}[] = [];
let failPrint = false;
const printed: Record<string, unknown>[] = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    options: { show?: boolean; webPreferences?: Record<string, unknown> };
    loaded: string[] = [];
    destroyed = false;
    html = '';
    webContents = {
      printToPDF: async (options: Record<string, unknown>) => {
        printed.push(options);
        if (failPrint) throw new Error('print failed');
        return Buffer.from(`%PDF-1.7 ${this.html.length}`);
      },
    };
    constructor(options: { show?: boolean; webPreferences?: Record<string, unknown> }) {
      this.options = options;
      windows.push(this);
    }
    async loadFile(file: string) {
      this.loaded.push(file);
      this.html = readFileSync(file, 'utf8');
    }
    destroy() {
      this.destroyed = true;
    }
  },
}));

const { renderPdf } = await import('../../../electron/main/pdf.ts');

async function print(jobs: Parameters<typeof renderPdf>[0]): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const pdf of renderPdf(jobs)) out.push(pdf);
  return out;
}

describe('renderPdf', () => {
  it('prints the HTML in a hidden sandboxed window without JavaScript and returns the bytes', async () => {
    const html = '<h1>&lt;img src=x onerror=alert(1)&gt;</h1>';
    const footerTemplate = '<div>Side <span class="pageNumber"></span></div>';
    const [bytes] = await print([{ html, landscape: false, footerTemplate }]);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes).toString()).toBe(`%PDF-1.7 ${html.length}`);
    const w = windows.at(-1)!;
    expect(w.options.show).toBe(false);
    expect(w.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
    });
    expect(w.destroyed).toBe(true);
    // Tagged for screen readers, with the running footer and page numbers on every page.
    expect(printed.at(-1)).toMatchObject({
      pageSize: 'A4',
      landscape: false,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      displayHeaderFooter: true,
      footerTemplate,
    });
  });

  it('prints each part in a window of its own, destroyed before the next, as the parts ask', async () => {
    const before = windows.length;
    const jobs = [
      { html: '<p>del 1</p>', landscape: true },
      { html: '<p>del 2, lengre</p>', landscape: true },
      { html: '<div></div>', landscape: true, footerTemplate: '<span class="totalPages"></span>', tagged: false },
    ];
    const out = await print(jobs);
    expect(out.map((b) => Buffer.from(b).toString())).toEqual(jobs.map((j) => `%PDF-1.7 ${j.html.length}`));
    const mine = windows.slice(before);
    expect(mine).toHaveLength(3);
    expect(mine.every((w) => w.destroyed)).toBe(true);
    // The parts without a footer (it is laid on after joining), the footer sheet with it and untagged.
    expect(printed.slice(-3).map((o) => [o.displayHeaderFooter, o.generateTaggedPDF, o.landscape])).toEqual([
      [false, true, true],
      [false, true, true],
      [true, false, true],
    ]);
    expect(printed.at(-1)!.footerTemplate).toBe(jobs[2].footerTemplate);
  });

  it('takes each job only after the PDF before it is handed on (the footer sheet counts the pages)', async () => {
    let handed = 0;
    async function* jobs() {
      yield { html: '<p>del 1</p>', landscape: false };
      yield {
        html: `<div>${handed}</div>`,
        landscape: false,
        footerTemplate: '<span></span>',
        tagged: false,
      };
    }
    for await (const pdf of renderPdf(jobs())) {
      expect(pdf).toBeInstanceOf(Uint8Array);
      handed += 1;
    }
    expect(handed).toBe(2);
    expect(windows.at(-1)!.html).toBe('<div>1</div>');
    expect(windows.slice(-2).every((w) => w.destroyed)).toBe(true);
  });

  it('destroys the window when printing fails', async () => {
    failPrint = true;
    await expect(print([{ html: '<p>x</p>', landscape: true, footerTemplate: '' }])).rejects.toThrow('print failed');
    expect(windows.at(-1)!.destroyed).toBe(true);
    failPrint = false;
  });
});
