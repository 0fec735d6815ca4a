// One row of the register table, memoised: while scrolling, only rows that come into view render.
// A row whose window has not arrived yet keeps its place and height, and says so.
import { memo } from 'react';
import type { RegisterPart, RegisterRow, RegisterRows } from '../../../../shared/api/register.contract.ts';
import type { OrgRef } from '../../../../shared/domain/types.ts';
import { formatDate, formatNok } from '../../../../shared/format/nb.ts';
import { errorMessage } from '../../api/client.ts';
import { hrefFor, navigate } from '../../app/router.ts';
import type { RegisterCell } from '../../hooks/useRegister.ts';
import { MeasureTitle } from '../PendingTitle.tsx';
import { AssessmentTag, StatusTag } from '../StatusTags.tsx';
import { PLAN_SHORT } from './FilterBar.tsx';

const Unfilled = ({ text }: { text: string }) => <span className="unfilled">{text}</span>;

function OrgAbbr({ org }: { org: OrgRef }) {
  return <abbr title={org.name}>{org.abbrev}</abbr>;
}

/** Organisations by id, as the register answer names them, joined by ", ". */
function OrgList({ ids, orgs }: { ids: number[]; orgs: RegisterRows['orgs'] }) {
  return ids.map((id, i) => (
    <span key={id}>
      {i > 0 && ', '}
      <OrgAbbr org={orgs[id]} />
    </span>
  ));
}

function Owners({ row, orgs }: { row: RegisterRow; orgs: RegisterRows['orgs'] }) {
  if (row.ownerId === null && row.coOwnerIds.length === 0) return <Unfilled text="Ikke fylt inn" />;
  return (
    <>
      {row.ownerId !== null ? <OrgAbbr org={orgs[row.ownerId]} /> : <Unfilled text="Ikke fylt inn" />}
      {row.coOwnerIds.length > 0 && (
        <span className="register__co">
          {' '}
          (med <OrgList ids={row.coOwnerIds} orgs={orgs} />)
        </span>
      )}
    </>
  );
}

function Part({ part }: { part: RegisterPart | null }) {
  if (!part) return <Unfilled text="Ikke plassert" />;
  const text = `${part.number}. ${part.title}`;
  return (
    <span className="register__part" title={text}>
      {text}
    </span>
  );
}

function Cells({ row, names, focusable, onFocus, showPlan, budgetYear }: { row: RegisterRow; names: Pick<RegisterRows, 'orgs' | 'parts'>; focusable: boolean; onFocus: () => void; showPlan: boolean; budgetYear: number }) {
  return (
    <>
      <td>{row.number}</td>
      <td>
        <a className="register__open" href={hrefFor(`/tiltak/${row.id}`)} tabIndex={focusable ? 0 : -1} onFocus={onFocus}>
          <MeasureTitle title={row.title} pending={row.titlePending} />
        </a>
      </td>
      <td>
        <Part part={row.partId === null ? null : names.parts[row.partId]} />
        {showPlan && <span className="register__plan">{PLAN_SHORT[row.planCode] ?? row.planCode}</span>}
      </td>
      <td>
        <Owners row={row} orgs={names.orgs} />
      </td>
      <td>{row.agencyIds.length > 0 ? <OrgList ids={row.agencyIds} orgs={names.orgs} /> : <Unfilled text="Ikke fylt inn" />}</td>
      <td>
        <StatusTag value={row.status} />
      </td>
      <td>
        <AssessmentTag value={row.assessment} />
      </td>
      <td>
        {row.lastUpdate ? (
          <>
            {formatDate(row.lastUpdate.date)}
            <span className="register__who">{row.lastUpdate.author}</span>
          </>
        ) : (
          <Unfilled text="Aldri" />
        )}
      </td>
      <td className="num">
        {row.budgetAllocated === null ? (
          <span className="unfilled" title={`Ingen budsjettlinje for ${budgetYear}`}>
            <span aria-hidden="true">–</span>
            <span className="visually-hidden">Ingen budsjettlinje</span>
          </span>
        ) : (
          formatNok(row.budgetAllocated)
        )}
      </td>
    </>
  );
}

const NOT_SHOWN = { loading: 'Henter tiltaket …', gone: 'Tiltaket er ikke lenger i registeret.' } as const;

interface RowProps {
  cell: RegisterCell;
  index: number;
  active: boolean;
  columns: number;
  showPlan: boolean;
  budgetYear: number;
  measureRef: (el: HTMLTableRowElement | null) => void;
  onActivate: (index: number) => void;
}

/** Cells are made afresh on every render; the row they show is the same object until its window refetches. */
function sameCell(a: RegisterCell, b: RegisterCell): boolean {
  if (a.row || b.row) return a.row === b.row && (a as { names: unknown }).names === (b as { names: unknown }).names;
  return a.state === b.state;
}

const sameRow = (a: RowProps, b: RowProps) =>
  sameCell(a.cell, b.cell) &&
  a.index === b.index &&
  a.active === b.active &&
  a.columns === b.columns &&
  a.showPlan === b.showPlan &&
  a.budgetYear === b.budgetYear &&
  a.measureRef === b.measureRef &&
  a.onActivate === b.onActivate;

export const RegisterRowView = memo(function RegisterRowView({
  cell,
  index,
  active,
  columns,
  showPlan,
  budgetYear,
  measureRef,
  onActivate,
}: RowProps) {
  const shared = { ref: measureRef, 'data-index': index, 'aria-rowindex': index + 2 };
  if (!cell.row) {
    return (
      <tr {...shared} data-testid="register-row-pending" className="register__row is-pending">
        <td colSpan={columns}>{cell.state === 'failed' ? errorMessage(cell.error) : NOT_SHOWN[cell.state]}</td>
      </tr>
    );
  }
  const { row } = cell;
  return (
    <tr
      {...shared}
      data-testid="register-row"
      className={active ? 'register__row is-active' : 'register__row'}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('a')) return;
        navigate(`/tiltak/${row.id}`);
      }}
    >
      <Cells row={row} names={cell.names} focusable={active} onFocus={() => onActivate(index)} showPlan={showPlan} budgetYear={budgetYear} />
    </tr>
  );
}, sameRow);
