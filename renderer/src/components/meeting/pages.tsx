// Møtemodus pages by height, not by count: each slide's blocks and list items are measured in an invisible copy of
// the slide at the screen's own size, then packed onto as many pages as they need, so nothing is ever hidden under
// the footer (five long comments filled one slide past its bottom at 1280×720). A slide that continues says «(1/2)».
import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

/** One slide as built from the data, before it is cut into pages. */
export interface SlideSpec {
  /** The pages' `data-slide`: the key, then «key-2», «key-3» when continued; a key ending in «-» numbers every page. */
  key: string;
  title: string;
  /** Shown once, on the first page (a lead, the key figures, a chart …), each measured on its own. */
  head: ReactNode[];
  /** Spread over as many pages as they need, in order. */
  items: unknown[];
  /** The items of one page; every item's element carries `data-item`. */
  renderItems(items: unknown[]): ReactNode;
}

export interface SlidePage {
  key: string;
  title: string;
  head: ReactNode[];
  body: ReactNode;
  /** The spec's items on this page (for «hele kommentaren»). */
  items: unknown[];
}

interface Measured {
  title: number;
  heads: number[];
  /** The list's own height before its first item (a table's header row). */
  listTop: number;
  items: number[];
}

/** A little air, so rounding and a late font never push the last line under the footer. */
const SLACK = 6;

function outerHeight(el: Element): number {
  const s = getComputedStyle(el);
  return el.getBoundingClientRect().height + parseFloat(s.marginTop) + parseFloat(s.marginBottom);
}

function measure(section: HTMLElement): Measured {
  const title = outerHeight(section.querySelector('[data-measure="title"]')!);
  const heads = [...section.querySelectorAll('[data-measure="head"]')].map(outerHeight);
  const list = section.querySelector<HTMLElement>('[data-measure="list"]')!;
  const items = [...list.querySelectorAll<HTMLElement>('[data-item]')];
  const top = list.getBoundingClientRect().top;
  const bottoms = items.map((el) => el.getBoundingClientRect().bottom);
  const tops = items.map((el) => el.getBoundingClientRect().top);
  return {
    title,
    heads,
    listTop: items.length > 0 ? tops[0] - top : 0,
    // Each item from the end of the one before it: the gap between list items counts with the item.
    items: items.map((_, i) => bottoms[i] - (i === 0 ? tops[0] : bottoms[i - 1])),
  };
}

function pack(spec: SlideSpec, m: Measured, available: number): SlidePage[] {
  const room = available - m.title - SLACK;
  const pages: { head: ReactNode[]; items: unknown[] }[] = [];
  let page = { head: spec.head, items: [] as unknown[] };
  let used = m.heads.reduce((a, b) => a + b, 0) + m.listTop;
  spec.items.forEach((item, i) => {
    if (used + m.items[i] > room && (page.items.length > 0 || page.head.length > 0)) {
      pages.push(page);
      page = { head: [], items: [] };
      used = m.listTop;
    }
    page.items.push(item);
    used += m.items[i];
  });
  pages.push(page);
  const keyOf = (i: number) =>
    spec.key.endsWith('-') ? `${spec.key}${i + 1}` : i === 0 ? spec.key : `${spec.key}-${i + 1}`;
  return pages.map((p, i) => ({
    key: keyOf(i),
    title: pages.length > 1 ? `${spec.title} (${i + 1}/${pages.length})` : spec.title,
    head: p.head,
    body: p.items.length > 0 ? spec.renderItems(p.items) : null,
    items: p.items,
  }));
}

/**
 * The pages of the slides, and the invisible copy they are measured in (render it inside the meeting frame). Pages
 * are made again when the data, the window's size or the fonts change. The copy is in the page only while it is
 * measured (in the same commit, before anything is painted): left there, its every item (a status grid row per
 * measure, 1 000 rows in a large portfolio) was styled again on each next slide, about 100 ms a key.
 */
export function useSlidePages(
  specs: SlideSpec[],
  footer: RefObject<HTMLElement | null>,
): { pages: SlidePage[] | null; measurer: ReactNode } {
  const box = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<SlidePage[] | null>(null);
  const [size, setSize] = useState(0);
  const [done, setDone] = useState<{ specs: SlideSpec[]; size: number } | null>(null);
  const measuring = specs.length > 0 && (done?.specs !== specs || done.size !== size);

  useLayoutEffect(() => {
    const again = () => setSize((n) => n + 1);
    window.addEventListener('resize', again);
    void document.fonts?.ready.then(again);
    return () => window.removeEventListener('resize', again);
  }, []);

  useLayoutEffect(() => {
    if (specs.length === 0) return setPages(null);
    const root = box.current;
    if (!measuring || !root) return;
    const sections = [...root.querySelectorAll<HTMLElement>('[data-measure="slide"]')];
    const style = getComputedStyle(sections[0]);
    const slideHeight = window.innerHeight - (footer.current?.getBoundingClientRect().height ?? 0);
    const available = slideHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    setPages(specs.flatMap((spec, i) => pack(spec, measure(sections[i]), available)));
    setDone({ specs, size });
  }, [specs, size, measuring]);

  const measurer = measuring && (
    <div ref={box} className="meeting__measure" aria-hidden="true">
      {specs.map((spec) => (
        <section key={spec.key} className="meeting__slide" data-measure="slide">
          <h2 className="meeting__title" data-measure="title">
            {`${spec.title} (10/10)`}
          </h2>
          {spec.head.map((h, i) => (
            <div key={i} className="meeting__block" data-measure="head">
              {h}
            </div>
          ))}
          <div className="meeting__block" data-measure="list">
            {spec.renderItems(spec.items)}
          </div>
        </section>
      ))}
    </div>
  );
  return { pages, measurer };
}
