// One row of the register table, memoised: while scrolling, only rows that come into view render.
// A row whose window has not arrived yet keeps its place and height, and says so.
import { memo } from 'react';
import type { RegisterPart, RegisterRow, RegisterRows } from '../../../../shared/api/register.contract.ts';
import { formatDate, formatNok } from '../../../../shared/format/nb.ts';
import { errorMessage } from '../../api/client.ts';
import { navigate } from '../../app/router.ts';
import { FROM_REGISTER_PARAMS, measureHrefFromRegister } from '../../pages/register/registerView.ts';
import { Owners, OrgList } from '../OrgNames.tsx';
import { MeasureTitle } from '../PendingTitle.tsx';
import { AssessmentTag, StatusTag } from '../StatusTags.tsx';

const Unfilled = ({ text }: { text: string }) => <span className="unfilled">{text}</span>;

function Part({ part }: { part: RegisterPart | null }) {
  if (!part) return <Unfilled text="Ikke plassert" />;
  const text = `${part.number}. ${part.title}`;
  return (
    <span className="register__part" title={text}>
      {text}
    </span>
  );
}

function Cells({
  row,
  names,
  focusable,
  onFocus,
  planNames,
  budgetYear,
  selected,
  onSelect,
}: {
  row: RegisterRow;
  names: Pick<RegisterRows, 'orgs' | 'parts'>;
  focusable: boolean;
  onFocus: () => void;
  planNames: Record<string, string> | null;
  budgetYear: number;
  selected: boolean;
  onSelect: (row: RegisterRow, on: boolean) => void;
}) {
  return (
    <>
      <td className="register__select">
        <input
          type="checkbox"
          className="register__check"
          checked={selected}
          tabIndex={focusable ? 0 : -1}
          onFocus={onFocus}
          onChange={(e) => onSelect(row, e.target.checked)}
          aria-label={`Velg tiltak ${row.number}${planNames ? ` i ${planNames[row.planCode] ?? row.planCode}` : ''}`}
        />
      </td>
      <td>{row.number}</td>
      <td>
        <a
          className="register__open"
          href={measureHrefFromRegister(row.id)}
          tabIndex={focusable ? 0 : -1}
          onFocus={onFocus}
        >
          <MeasureTitle title={row.title} pending={row.titlePending} />
        </a>
      </td>
      <td>
        <Part part={row.partId === null ? null : names.parts[row.partId]} />
        {planNames && <span className="register__plan">{planNames[row.planCode] ?? row.planCode}</span>}
      </td>
      <td>
        <Owners
          owner={row.ownerId === null ? null : names.orgs[row.ownerId]}
          coOwners={row.coOwnerIds.map((id) => names.orgs[id])}
        />
      </td>
      <td>
        <OrgList orgs={row.agencyIds.map((id) => names.orgs[id])} />
      </td>
      <td>
        <StatusTag value={row.status} />
      </td>
      <td>
        <AssessmentTag value={row.assessment} />
      </td>
      <td>{row.obligationCodes.length > 0 ? row.obligationCodes.join(', ') : <Unfilled text="Ingen" />}</td>
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
  /** The row, or null while its window is on its way (`state`), failed (`error`), or it was deleted since. */
  row: RegisterRow | null;
  names: Pick<RegisterRows, 'orgs' | 'parts'> | null;
  state: 'loading' | 'gone' | 'failed' | null;
  error: unknown;
  index: number;
  active: boolean;
  columns: number;
  /** Plan code → short name, when rows of several plans are shown (the row then names its plan). */
  planNames: Record<string, string> | null;
  budgetYear: number;
  measureRef: (el: HTMLTableRowElement | null) => void;
  onActivate: (index: number) => void;
  /** Chosen for a change to several measures at once (the register's «N valgt»). */
  selected: boolean;
  onSelect: (row: RegisterRow, on: boolean) => void;
}

export const RegisterRowView = memo(function RegisterRowView({
  row,
  names,
  state,
  error,
  index,
  active,
  columns,
  planNames,
  budgetYear,
  measureRef,
  onActivate,
  selected,
  onSelect,
}: RowProps) {
  const shared = { ref: measureRef, 'data-index': index, 'aria-rowindex': index + 2 };
  if (!row || !names) {
    return (
      <tr {...shared} data-testid="register-row-pending" className="register__row is-pending">
        <td colSpan={columns}>
          {state === 'failed' ? errorMessage(error) : NOT_SHOWN[state === 'gone' ? 'gone' : 'loading']}
        </td>
      </tr>
    );
  }
  return (
    <tr
      {...shared}
      data-testid="register-row"
      className={`register__row${active ? ' is-active' : ''}${selected ? ' is-selected' : ''}`}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('a, input, .register__select')) return;
        navigate(`/tiltak/${row.id}`, FROM_REGISTER_PARAMS);
      }}
    >
      <Cells
        row={row}
        names={names}
        focusable={active}
        onFocus={() => onActivate(index)}
        planNames={planNames}
        budgetYear={budgetYear}
        selected={selected}
        onSelect={onSelect}
      />
    </tr>
  );
});
