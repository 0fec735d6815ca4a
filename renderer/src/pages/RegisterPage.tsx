// Tiltak: the register of all measures — filter, search, sort, keyboard — or the same plans grouped by part.
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { partWordHeading } from '../../../shared/domain/plans.ts';
import { NO_STATUS } from '../../../shared/domain/vocabulary.ts';
import { formatDate, formatInteger, todayIso } from '../../../shared/format/nb.ts';
import { hrefFor } from '../app/router.ts';
import { errorMessage } from '../api/client.ts';
import { LoadingSpinner } from '../components/LoadingSpinner.tsx';
import { FilterBar } from '../components/register/FilterBar.tsx';
import { RegisterTable, type RegisterTableHandle } from '../components/register/RegisterTable.tsx';
import { useOrganisations, usePlans } from '../hooks/usePortfolio.ts';
import { useObligations } from '../hooks/useObligations.ts';
import { useRegister } from '../hooks/useRegister.ts';
import { RegisterPrint, type RegisterPrintHandle } from '../components/register/RegisterPrint.tsx';
import { useUndoState } from '../hooks/useMeasureDetail.ts';
import { useRegisterView } from './register/registerView.ts';
import { useRegisterSelection } from './register/useSelection.ts';

// The grouped view and the bar for changing chosen rows load when first needed (with Designsystemet's table and
// validation styles), so the register's first rows need less at start.
const GroupedByPart = lazy(async () => ({
  default: (await import('../components/register/GroupedByPart.tsx')).GroupedByPart,
}));
const BulkEdit = lazy(async () => ({ default: (await import('../components/register/BulkEdit.tsx')).BulkEdit }));

const DEFAULT_SORT = { by: 'number', dir: 'asc' } as const;

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

function ViewToggle(props: { grouped: boolean; onChange: (grouped: boolean) => void; partHeading: string }) {
  const { grouped, onChange, partHeading } = props;
  return (
    <div className="register__views" role="group" aria-label="Visning">
      <Button
        data-size="sm"
        variant={grouped ? 'tertiary' : 'secondary'}
        aria-pressed={!grouped}
        onClick={() => onChange(false)}
      >
        Tabell
      </Button>
      <Button
        data-size="sm"
        variant={grouped ? 'secondary' : 'tertiary'}
        aria-pressed={grouped}
        onClick={() => onChange(true)}
      >
        Gruppert per {partHeading.toLowerCase()}
      </Button>
    </div>
  );
}

export function RegisterPage() {
  const [view, update] = useRegisterView();
  const plans = usePlans();
  const orgs = useOrganisations();
  const obligations = useObligations();
  const register = useRegister(view.filter, view.sort);
  const searchRef = useRef<HTMLInputElement>(null);
  const printRef = useRef<RegisterPrintHandle>(null);
  // The grouped view is all on the page already; the table view prints its full print-only table.
  const printView = () => (view.grouped ? window.print() : printRef.current?.print());
  const chosen = view.filter.plans?.length ? view.filter.plans : null;
  const selection = useRegisterSelection(register.data);
  const registerUndo = useUndoState({ kind: 'register' });
  const canUndo = !!(registerUndo.data?.undo || registerUndo.data?.redo);
  const showBulk = !view.grouped && (selection.ids.size > 0 || canUndo);
  const partHeading = partWordHeading(plans.data?.filter((p) => !chosen || chosen.includes(p.code)) ?? []);

  // "/" jumps to the search box from anywhere on the page, except while typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (!searchRef.current) return;
      e.preventDefault();
      searchRef.current.focus();
      searchRef.current.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Enter or ↓ in the search field: to the first row once the rows for what was typed are in (the search goes to
  // the URL first, so the rows on screen may still be the last search's).
  const tableRef = useRef<RegisterTableHandle>(null);
  const [toResults, setToResults] = useState<{ q: string } | null>(null);
  useEffect(() => {
    if (!toResults || register.isPlaceholderData || !register.data) return;
    if ((view.filter.q ?? '').trim() !== toResults.q.trim()) return;
    setToResults(null);
    tableRef.current?.focusFirstRow();
  }, [toResults, register.isPlaceholderData, register.data, view.filter.q]);

  const reset = () => update({ filter: {}, sort: DEFAULT_SORT });
  const data = register.data;
  const filtered = Object.keys(view.filter).length > 0;
  const onlyNoStatus = view.filter.statuses?.length === 1 && view.filter.statuses[0] === NO_STATUS;
  const matches = useMemo(() => new Set(data?.ids ?? []), [data?.ids]);

  return (
    <div className="register">
      <div className="register__head">
        <Heading level={1} data-size="lg">
          Tiltak
        </Heading>
        <ViewToggle grouped={view.grouped} onChange={(grouped) => update({ grouped })} partHeading={partHeading} />
        <Button data-size="sm" variant="secondary" className="register__print" onClick={() => printView()}>
          Skriv ut
        </Button>
        <Link href={hrefFor('/papirkurv')} className="register__bin">
          Papirkurv
        </Link>
      </div>

      {plans.data && orgs.data && (
        <FilterBar
          filter={view.filter}
          plans={plans.data}
          organisations={orgs.data}
          obligations={obligations.data}
          onChange={(filter) => update({ filter })}
          searchRef={searchRef}
          onToResults={(q) => setToResults({ q })}
        />
      )}
      <div className="register__status">
        <p role="status" className="register__count" data-testid="register-count">
          {data ? `Viser ${formatInteger(data.ids.length)} av ${formatInteger(data.total)} tiltak` : ''}
          {data && data.asOf !== todayIso() ? ` per ${formatDate(data.asOf)}` : ''}
          {register.isFetching && data ? ' · oppdaterer …' : ''}
        </p>
        {data && data.noStatus > 0 && !onlyNoStatus && (
          <Button
            data-size="sm"
            variant="tertiary"
            data-testid="register-no-status"
            onClick={() => update({ filter: { ...view.filter, statuses: [NO_STATUS] } })}
          >
            {`${formatInteger(data.noStatus)} av dem har ingen status registrert`}
          </Button>
        )}
        {filtered && (
          <Button data-size="sm" variant="tertiary" onClick={reset}>
            Nullstill filtre
          </Button>
        )}
        {data && (view.filter.q?.trim().length ?? 0) >= 3 && (
          // A row found by a word it does not show (an old comment, an agency's name) would look like a wrong hit.
          // (Terms under three letters search the measures' own texts only.)
          <p className="register__pending" data-testid="register-search-note">
            Søket gjelder også beskrivelsen, alle kommentarer i historikken og navnene på departementer og etater, som
            ikke alle står i tabellen.
          </p>
        )}
        {data?.pendingTitles.map((p) => (
          <p key={p.planCode} className="register__pending">
            {p.count} {p.count === 1 ? 'tittel' : 'titler'} i {p.planTitle} er ikke fylt inn.{' '}
            <Link href={hrefFor('/titler', { plan: p.planCode })}>
              Fyll inn titler<span className="visually-hidden"> for {p.planTitle}</span>
            </Link>
          </p>
        ))}
      </div>
      {showBulk && data && plans.data && orgs.data && (
        <Suspense fallback={null}>
          <BulkEdit
            chosen={[...selection.ids.keys()]}
            plans={plans.data.filter((p) => selection.planCodes.includes(p.code) || selection.planCodes.includes(''))}
            organisations={orgs.data}
            asOf={data.asOf}
            onClear={selection.clear}
          />
        </Suspense>
      )}
      {register.isPending ? (
        <LoadingSpinner aria-label="Laster tiltak …" data-size="md" />
      ) : register.error && !data ? (
        <Alert data-color="danger">
          <Paragraph>{errorMessage(register.error)}</Paragraph>
          <Button data-size="sm" variant="secondary" onClick={reset}>
            Nullstill filtre
          </Button>
        </Alert>
      ) : data && data.ids.length === 0 ? (
        <div className="register__empty">
          <Paragraph>
            Ingen tiltak passer med disse filtrene{view.filter.q ? ` og søket «${view.filter.q}»` : ''}.
          </Paragraph>
          <Button data-size="sm" variant="primary" onClick={reset}>
            Nullstill filtre
          </Button>
        </div>
      ) : data && view.grouped ? (
        <Suspense fallback={<LoadingSpinner aria-label="Laster …" data-size="md" />}>
          <GroupedByPart onlyIds={filtered ? matches : undefined} />
        </Suspense>
      ) : data ? (
        <RegisterTable
          view={data}
          sort={view.sort}
          onSort={(by, dir) => update({ sort: { by, dir } })}
          caption={
            `Tiltak, ${data.ids.length} av ${data.total}. ` +
            'Pil opp og ned flytter mellom radene, Enter åpner tiltaket, mellomrom velger det.'
          }
          selection={selection}
          layoutKey={`${showBulk}-${selection.ids.size > 0}`}
          handle={tableRef}
        />
      ) : null}
      {data && !view.grouped && <RegisterPrint view={data} filter={view.filter} ref={printRef} />}
    </div>
  );
}
