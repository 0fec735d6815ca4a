// The register table: sortable headers (aria-sort), virtualised rows (10 000 scroll smoothly), and the
// keyboard: ↑/↓ (Page Up/Down, Home/End) move between rows, Enter opens the measure. It stays a real
// <table>; aria-rowcount/aria-rowindex tell assistive technology where the rendered rows sit.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { RegisterRow, RegisterSortKey, SortDirection } from '../../../../shared/api/register.contract.ts';
import { formatDate, formatNok } from '../../../../shared/format/nb.ts';
import { hrefFor, navigate } from '../../app/router.ts';
import { MeasureTitle } from '../PendingTitle.tsx';
import { AssessmentTag, StatusTag } from '../StatusTags.tsx';
import { PLAN_SHORT } from './FilterBar.tsx';

const ROW_ESTIMATE = 52;

interface Column {
  key: RegisterSortKey;
  label: string;
  width: string;
  numeric?: boolean;
}

function columns(budgetYear: number): Column[] {
  return [
    { key: 'number', label: 'Nr.', width: '4.5%' },
    { key: 'title', label: 'Tiltak', width: '25%' },
    { key: 'part', label: 'Del', width: '15%' },
    { key: 'owner', label: 'Ansvarlig departement', width: '10%' },
    { key: 'agencies', label: 'Etater', width: '9.5%' },
    { key: 'status', label: 'Status', width: '8.5%' },
    { key: 'assessment', label: 'Vurdering', width: '8.5%' },
    { key: 'lastUpdate', label: 'Sist oppdatert', width: '10%' },
    { key: 'budget', label: `Budsjett ${budgetYear}`, width: '9%', numeric: true },
  ];
}

const measureHref = (id: number) => hrefFor(`/tiltak/${id}`);

function Orgs({ owner, coOwners }: { owner: RegisterRow['owner']; coOwners: RegisterRow['coOwners'] }) {
  if (!owner && coOwners.length === 0) return <span className="unfilled">Ikke fylt inn</span>;
  return (
    <>
      {owner ? <abbr title={owner.name}>{owner.abbrev}</abbr> : <span className="unfilled">Ikke fylt inn</span>}
      {coOwners.length > 0 && (
        <span className="register__co">
          {' '}
          (med{' '}
          {coOwners.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ', '}
              <abbr title={c.name}>{c.abbrev}</abbr>
            </span>
          ))}
          )
        </span>
      )}
    </>
  );
}

export function RegisterTable({
  rows,
  sort,
  onSort,
  budgetYear,
  showPlan,
  caption,
}: {
  rows: RegisterRow[];
  sort: { by: RegisterSortKey; dir: SortDirection };
  onSort: (by: RegisterSortKey, dir: SortDirection) => void;
  budgetYear: number;
  showPlan: boolean;
  caption: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(600);
  const [active, setActive] = useState(0);
  const focusWanted = useRef(false);
  const cols = columns(budgetYear);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    initialRect: { width: 1200, height: 600 },
  });

  // Fill the window below the filters; the page itself does not scroll past the table.
  useLayoutEffect(() => {
    const fit = () => {
      const top = scrollRef.current?.getBoundingClientRect().top ?? 0;
      setHeight(Math.max(320, window.innerHeight - top - 16));
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, []);

  useEffect(() => {
    if (active >= rows.length) setActive(Math.max(0, rows.length - 1));
  }, [rows.length, active]);

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
    const i = Math.max(0, Math.min(rows.length - 1, to));
    focusWanted.current = true;
    setActive(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const page = Math.max(1, Math.floor(height / ROW_ESTIMATE) - 1);
    const keys: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: rows.length - 1 };
    if (!(e.key in keys) || e.altKey || e.metaKey || e.ctrlKey) return;
    e.preventDefault();
    move(keys[e.key]);
  };

  const items = virtualizer.getVirtualItems();
  const padTop = items.length > 0 ? items[0].start : 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  return (
    <div ref={scrollRef} className="register__scroll" style={{ height }}>
      <table className="register__table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          {cols.map((c) => (
            <col key={c.key} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {cols.map((c) => {
              const current = sort.by === c.key;
              const nextDir: SortDirection = current && sort.dir === 'asc' ? 'desc' : 'asc';
              return (
                <th key={c.key} scope="col" aria-sort={current ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined} className={c.numeric ? 'num' : undefined}>
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
              <td colSpan={cols.length} style={{ height: padTop }} />
            </tr>
          )}
          {items.map((v) => {
            const r = rows[v.index];
            return (
              <tr
                key={r.id}
                ref={virtualizer.measureElement}
                data-index={v.index}
                data-testid="register-row"
                aria-rowindex={v.index + 2}
                className={v.index === active ? 'register__row is-active' : 'register__row'}
                onClick={(e) => {
                  if ((e.target as HTMLElement).closest('a')) return;
                  navigate(`/tiltak/${r.id}`);
                }}
              >
                <td>{r.number}</td>
                <td>
                  <a className="register__open" href={measureHref(r.id)} tabIndex={v.index === active ? 0 : -1} onFocus={() => setActive(v.index)}>
                    <MeasureTitle title={r.title} pending={r.titlePending} />
                  </a>
                </td>
                <td>
                  {r.part ? (
                    <span className="register__part" title={`${r.part.number}. ${r.part.title}`}>
                      {r.part.number}. {r.part.title}
                    </span>
                  ) : (
                    <span className="unfilled">Ikke plassert</span>
                  )}
                  {showPlan && <span className="register__plan">{PLAN_SHORT[r.planCode] ?? r.planCode}</span>}
                </td>
                <td>
                  <Orgs owner={r.owner} coOwners={r.coOwners} />
                </td>
                <td>
                  {r.agencies.length > 0 ? (
                    r.agencies.map((a, i) => (
                      <span key={a.id}>
                        {i > 0 && ', '}
                        <abbr title={a.name}>{a.abbrev}</abbr>
                      </span>
                    ))
                  ) : (
                    <span className="unfilled">Ikke fylt inn</span>
                  )}
                </td>
                <td>
                  <StatusTag value={r.status} />
                </td>
                <td>
                  <AssessmentTag value={r.assessment} />
                </td>
                <td>
                  {r.lastUpdate ? (
                    <>
                      {formatDate(r.lastUpdate.date)}
                      <span className="register__who">{r.lastUpdate.author}</span>
                    </>
                  ) : (
                    <span className="unfilled">Aldri</span>
                  )}
                </td>
                <td className="num">
                  {r.budgetAllocated === null ? (
                    <span className="unfilled" title={`Ingen budsjettlinje for ${budgetYear}`}>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">Ingen budsjettlinje</span>
                    </span>
                  ) : (
                    formatNok(r.budgetAllocated)
                  )}
                </td>
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" className="register__pad">
              <td colSpan={cols.length} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
