// The register table: sortable headers (aria-sort), virtualised rows fetched a window at a time (10 000
// scroll smoothly), and the keyboard: ↑/↓ (Page Up/Down, Home/End) move between rows, Enter opens the
// measure. It stays a real <table>; aria-rowcount/aria-rowindex tell assistive technology where rows sit.
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import type {
  RegisterResult,
  RegisterRow,
  RegisterSortKey,
  SortDirection,
} from '../../../../shared/api/register.contract.ts';
import type { MeasureFieldKey } from '../../../../shared/domain/measure-fields.ts';
import fieldLabels from 'virtual:field-labels';
import { OBLIGATIONS_COLUMN } from '../../../../shared/domain/obligations.ts';
import { partWordHeading } from '../../../../shared/domain/plans.ts';
import { usePlans } from '../../hooks/usePortfolio.ts';
import { useRegisterRows } from '../../hooks/useRegister.ts';
import { RegisterRowView } from './RegisterRowView.tsx';

const ROW_ESTIMATE = 75;
/**
 * The table's box in a page 860 px tall (the app's first window, electron/main/window.ts), below the filters and
 * the example-data banner, and the rows' part of it under the headings. The server renders the box this tall, so the
 * first frame does not reach past such a window (it was 600 px), with the rows that fill it and none below. The
 * scripts then fit the box to the window and render the rows a taller one shows.
 */
const FIRST_TABLE_HEIGHT = 464;
const FIRST_ROWS_HEIGHT = FIRST_TABLE_HEIGHT - 60;

/**
 * A row's height as the ResizeObserver reports it after layout. The default reads offsetHeight when a row
 * mounts, forcing a layout per commit (80 ms of the register's first paint); rows sit in normal flow between
 * two spacer rows, so until the observer reports, the estimate only moves the spacers.
 */
const sizeFromObserver = (
  el: Element,
  entry: ResizeObserverEntry | undefined,
  v: Virtualizer<HTMLDivElement, Element>,
) => {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  return v.itemSizeCache.get(v.options.getItemKey(v.indexFromElement(el))) ?? ROW_ESTIMATE;
};

interface Column {
  key: RegisterSortKey;
  label: string;
  width: string;
  numeric?: boolean;
}

/** A measure field's column heading, from the field registry. */
const registerLabel = (key: MeasureFieldKey) => fieldLabels[key].registerLabel ?? fieldLabels[key].label;

function columns(budgetYear: number, partHeading: string): Column[] {
  return [
    { key: 'number', label: 'Nr.', width: '4%' },
    { key: 'title', label: registerLabel('title'), width: '17.5%' },
    { key: 'part', label: partHeading, width: '12%' },
    { key: 'owner', label: registerLabel('owner'), width: '9%' },
    { key: 'agencies', label: registerLabel('agencies'), width: '8%' },
    { key: 'status', label: 'Status', width: '10%' },
    { key: 'assessment', label: 'Vurdering', width: '10%' },
    // The obligations a measure answers are links with notes and their own history, not a field of the measure: the
    // column is declared here, its heading with the obligations' vocabulary.
    { key: 'obligations', label: OBLIGATIONS_COLUMN, width: '9%' },
    { key: 'lastUpdate', label: 'Sist oppdatert', width: '8%' },
    { key: 'budget', label: `Budsjett ${budgetYear}`, width: '9.5%', numeric: true },
  ];
}

export interface Selection {
  /** Chosen measure ids → their plan code. */
  ids: ReadonlyMap<number, string>;
  toggle(row: RegisterRow, on: boolean): void;
  /** Chosen if it was not, not if it was (Space on a row): judged on the latest choice, however fast the keys. */
  flip(row: RegisterRow): void;
  /** Every measure of the view chosen, or none. */
  toggleAll(on: boolean): void;
}

export interface RegisterTableHandle {
  /** Focus the first row's link (from the search field), if there is a row. */
  focusFirstRow(): void;
}

export function RegisterTable({
  view,
  sort,
  onSort,
  caption,
  selection,
  layoutKey,
  handle,
}: {
  view: RegisterResult;
  sort: { by: RegisterSortKey; dir: SortDirection };
  onSort: (by: RegisterSortKey, dir: SortDirection) => void;
  caption: string;
  selection: Selection;
  /**
   * Changes when something above the table appears or goes that the page knows of (the bar for chosen rows): the table
   * fits again before that frame is painted. Anything else that moves it is fitted by the observer, a frame later.
   */
  layoutKey?: string;
  handle?: Ref<RegisterTableHandle>;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(FIRST_TABLE_HEIGHT);
  const [active, setActive] = useState(0);
  // The active row as the keyboard last left it: keys pressed faster than React renders act on the right row.
  const activeRef = useRef(0);
  const activate = useCallback((i: number) => {
    activeRef.current = i;
    setActive(i);
  }, []);
  const focusWanted = useRef(false);
  const plans = usePlans().data;
  const shown = plans?.filter((p) => view.planCodes.includes(p.code)) ?? [];
  const cols = columns(view.budgetYear, partWordHeading(shown.length > 0 ? shown : (plans ?? [])));
  const planKey = view.planCodes.join(',');
  // A stable reference, so memoised rows re-render only when the plans shown change.
  const planNames = useMemo(
    () => (planKey.includes(',') && plans ? Object.fromEntries(plans.map((p) => [p.code, p.shortName])) : null),
    [planKey, plans],
  );
  const count = view.ids.length;
  // Rows beyond the window are there for scrolling: until the first scroll, the first paint makes only what shows.
  const [scrolled, setScrolled] = useState(false);
  // Made once the page is idle after its first paint, not in the first scroll's frame (it was that frame's cost).
  useEffect(() => {
    if (scrolled) return;
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => setScrolled(true), { timeout: 1000 });
    return () => cancel(handle);
  }, [scrolled]);

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    measureElement: sizeFromObserver,
    // Render scrolled-in rows in React's own task, not synchronously inside each scroll event: at 10 000
    // rows the synchronous render made most frames miss a vsync; overscan covers ordinary scrolling.
    useFlushSync: false,
    overscan: scrolled ? 4 : 0,
    initialRect: { width: 1200, height: FIRST_ROWS_HEIGHT },
  });

  // Fill the window below the filters, down to the page's own margin: the page itself does not scroll.
  useLayoutEffect(() => {
    // The box grows or shrinks by what the page is short of the window or past it: measured, where a fixed guess at
    // the margin below left the page 10 px to scroll.
    const fit = () => {
      const box = scrollRef.current;
      if (!box) return;
      // The box's height as laid out now (its style) and the page's bottom in that same layout.
      const pageBottom = document.body.getBoundingClientRect().bottom + window.scrollY;
      setHeight(Math.max(320, Math.floor(parseFloat(box.style.height) + window.innerHeight - pageBottom)));
    };
    fit();
    window.addEventListener('resize', fit);
    // What comes above the table after it (the filters, when the organisations answer after the rows) moves the page's
    // bottom: it fits again. Its own new height moves the bottom to the window's, so the next fit changes nothing.
    const observer = new ResizeObserver(fit);
    observer.observe(document.body);
    return () => {
      window.removeEventListener('resize', fit);
      observer.disconnect();
    };
  }, [layoutKey]);

  useEffect(() => {
    if (active >= count) activate(Math.max(0, count - 1));
  }, [count, active]);

  // After a keyboard move, focus the new row's link once it is rendered.
  useEffect(() => {
    if (!focusWanted.current) return;
    const link = scrollRef.current?.querySelector<HTMLAnchorElement>(`tr[data-index="${active}"] a.register__open`);
    if (link) {
      focusWanted.current = false;
      link.focus({ preventScroll: true });
    }
  });

  const move = (to: number) => {
    const i = Math.max(0, Math.min(count - 1, to));
    focusWanted.current = true;
    activate(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
  };

  useImperativeHandle(handle, () => ({ focusFirstRow: () => count > 0 && move(0) }));

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    // Space on a row's title chooses it (as its checkbox does), so the keyboard can choose rows while moving.
    if (e.key === ' ' && (e.target as HTMLElement).classList.contains('register__open')) {
      e.preventDefault();
      const row = cellAtRef.current(activeRef.current).row;
      if (row) selection.flip(row);
      return;
    }
    const page = Math.max(1, Math.floor(height / ROW_ESTIMATE) - 1);
    const at = activeRef.current;
    const keys: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      PageDown: at + page,
      PageUp: at - page,
      Home: 0,
      End: count - 1,
    };
    if (!(e.key in keys) || e.altKey || e.metaKey || e.ctrlKey) return;
    e.preventDefault();
    move(keys[e.key]);
  };

  // Counted when the view or the choice changes, not in every scrolled frame: at 10 000 measures it was the table's own
  // largest cost while scrolling.
  const chosenHere = useMemo(
    () => (selection.ids.size === 0 ? 0 : view.ids.filter((id) => selection.ids.has(id)).length),
    [view.ids, selection.ids],
  );
  const items = virtualizer.getVirtualItems();
  const padTop = items.length > 0 ? items[0].start : 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const cellAt = useRegisterRows(view, items[0]?.index ?? 0, items.at(-1)?.index ?? 0);
  const cellAtRef = useRef(cellAt);
  cellAtRef.current = cellAt;

  return (
    <div
      ref={scrollRef}
      className="register__scroll"
      style={{ height }}
      onScroll={scrolled ? undefined : () => setScrolled(true)}
    >
      <table className="register__table" aria-rowcount={count + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          <col style={{ width: '3%' }} />
          {cols.map((c) => (
            <col key={c.key} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="register__select">
              <input
                type="checkbox"
                className="register__check"
                checked={count > 0 && chosenHere === count}
                ref={(el) => {
                  if (el) el.indeterminate = chosenHere > 0 && chosenHere < count;
                }}
                onChange={(e) => selection.toggleAll(e.target.checked)}
                aria-label={`Velg alle ${count} tiltak i visningen`}
              />
            </th>
            {cols.map((c) => {
              const current = sort.by === c.key;
              const nextDir: SortDirection = current && sort.dir === 'asc' ? 'desc' : 'asc';
              return (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={current ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  className={c.numeric ? 'num' : undefined}
                >
                  <button type="button" className="register__sort" onClick={() => onSort(c.key, nextDir)}>
                    {c.label}
                    <span aria-hidden="true" className="register__sort-icon">
                      {current ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {padTop > 0 && (
            <tr aria-hidden="true" className="register__pad">
              <td colSpan={cols.length + 1} style={{ height: padTop }} />
            </tr>
          )}
          {items.map((v) => (
            <RegisterRowView
              key={view.ids[v.index]}
              {...cellAt(v.index)}
              index={v.index}
              active={v.index === active}
              columns={cols.length + 1}
              planNames={planNames}
              budgetYear={view.budgetYear}
              measureRef={virtualizer.measureElement}
              onActivate={activate}
              selected={selection.ids.has(view.ids[v.index])}
              onSelect={selection.toggle}
            />
          ))}
          {padBottom > 0 && (
            <tr aria-hidden="true" className="register__pad">
              <td colSpan={cols.length + 1} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
