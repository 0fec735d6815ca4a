// Forpliktelser (#/forpliktelser?…): GRETA's recommendations and other obligations, each with the measures that answer
// it and their status on a date; the coverage figure (each class links to the list filtered to it); add, edit, retire,
// link and unlink, with undo; the coverage table as a file. The view (plans, date, class) lives in the URL.
import { Alert, Button, Dialog, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { filterToParams } from '../../../shared/api/view-params.ts';
import type { CoverageObligation } from '../../../shared/api/obligations.contract.ts';
import { COVERAGE_LABELS, sourceLabel } from '../../../shared/domain/obligations.ts';
import { formatDate, todayIso } from '../../../shared/format/nb.ts';
import { send } from '../api/client.ts';
import { hrefFor, navigate, useRoute } from '../app/router.ts';
import { ChartPatterns } from '../components/charts/ChartPatterns.tsx';
import { DateField } from '../components/DateField.tsx';
import { CoverageExport } from '../components/obligations/CoverageExport.tsx';
import { CoverageFigure } from '../components/obligations/CoverageFigure.tsx';
import { ObligationCard } from '../components/obligations/ObligationCard.tsx';
import { ObligationDialog, type ObligationAction } from '../components/obligations/ObligationDialog.tsx';
import { OBLIGATIONS_PATH, obligationsHref, obligationsView } from '../components/obligations/obligationsView.ts';
import { QueryState } from '../components/QueryState.tsx';
import { UndoToolbar } from '../components/UndoToolbar.tsx';
import { useAnnouncer } from '../components/useAnnouncer.ts';
import { useCoverage, type CoverageFilter } from '../hooks/useObligations.ts';
import { useMeasureNames, usePlanLookup, usePlans, usePortfolioInfo } from '../hooks/usePortfolio.ts';
import '../styles/obligations.css';
import '../styles/ds/dialog.css';
import '../styles/ds/validation-message.css';
import { Announcements } from '../components/Announcements.tsx';
import { DIALOG_CLOSE_LABEL } from '../components/dialogClose.ts';

const SCOPE = { kind: 'obligations' } as const;

/** Groups in the register's order: «GRETA, runde 2 (2017)», «GRETA, runde 3 (2022)», … */
function bySource(list: CoverageObligation[]): [string, CoverageObligation[]][] {
  const groups = new Map<string, CoverageObligation[]>();
  for (const o of list) groups.set(sourceLabel(o), [...(groups.get(sourceLabel(o)) ?? []), o]);
  return [...groups];
}

export function ObligationsPage() {
  const route = useRoute();
  const view = obligationsView(route.params);
  const asOf = view.filter.asOf ?? todayIso();
  const coverage = useCoverage(view.filter, true);
  const plans = usePlans();
  const plan = usePlanLookup();
  const measures = useMeasureNames();
  const info = usePortfolioInfo();
  const readOnly = info.data?.readOnly ?? true;
  const say = useAnnouncer();
  const [action, setAction] = useState<ObligationAction | null>(null);
  const [retiring, setRetiring] = useState<CoverageObligation | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [futureDate, setFutureDate] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const go = (filter: CoverageFilter) => navigate(OBLIGATIONS_PATH, filterToParams(filter));
  const extraFilter = Boolean(
    view.filter.parts?.length || view.filter.ministries?.length || view.filter.agencies?.length,
  );
  const registerHref = (code: string) =>
    hrefFor('/tiltak', filterToParams({ ...view.filter, obligations: [code], asOf: view.filter.asOf }));

  const retire = async () => {
    const o = retiring;
    setRetiring(null);
    if (!o) return;
    try {
      await send('obligations:retire', { id: o.id, version: o.version, retired: o.retiredAt === null });
      say.announce(o.retiredAt === null ? `${o.code} er avsluttet` : `${o.code} er gjenåpnet`);
    } catch (err) {
      say.fail(err);
    }
  };

  return (
    <div className="obligations">
      <ChartPatterns />
      <div className="obligations__top">
        <Heading level={1} data-size="lg">
          Forpliktelser
        </Heading>
        {!readOnly && (
          <Button
            onClick={() => {
              setNotice(null);
              setAction({ type: 'add' });
            }}
          >
            Ny forpliktelse
          </Button>
        )}
      </div>
      <Paragraph>
        GRETAs anbefalinger og andre forpliktelser Norge skal svare for, med tiltakene som svarer på dem. Dekningen
        bygger på status og vurdering for tiltakene per datoen du velger.
      </Paragraph>

      <div className="obligations__filters" role="group" aria-label="Visning">
        <Field data-size="sm">
          <Label>Plan</Label>
          <Select
            value={view.filter.plans?.length === 1 ? view.filter.plans[0] : ''}
            onChange={(e) => go({ ...view.filter, plans: e.target.value ? [e.target.value] : undefined, parts: [] })}
          >
            <Select.Option value="">Alle planer</Select.Option>
            {plans.data?.map((p) => (
              <Select.Option key={p.code} value={p.code}>
                {p.shortName}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <DateField
          className="obligations__date"
          label="Per dato"
          value={asOf}
          error={futureDate ? 'Datoen kan ikke være etter i dag.' : undefined}
          onChange={(iso) => {
            // The view follows a whole date; a future one is named at the field and changes nothing.
            setFutureDate(iso > todayIso());
            if (iso && iso <= todayIso()) go({ ...view.filter, asOf: iso });
          }}
        />
        {extraFilter && (
          <Paragraph data-size="sm">
            Bare tiltak som passer filteret fra Oversikt.{' '}
            <a href={obligationsHref({ plans: view.filter.plans, asOf: view.filter.asOf })}>Fjern filteret</a>
          </Paragraph>
        )}
      </div>

      <QueryState query={coverage}>
        {(data) => {
          const active = data.obligations.filter((o) => o.retiredAt === null);
          const retired = data.obligations.filter((o) => o.retiredAt !== null);
          const shown = active.filter(
            (o) => (!view.coverage || o.coverage === view.coverage) && (!view.only || o.code === view.only),
          );
          const card = (o: CoverageObligation) => (
            <ObligationCard
              key={o.id}
              o={o}
              plan={plan}
              measures={measures.data ?? []}
              registerHref={registerHref(o.code)}
              readOnly={readOnly}
              say={say}
              onEdit={() => {
                setNotice(null);
                setAction({ type: 'edit', obligation: o });
              }}
              onRetire={() => setRetiring(o)}
            />
          );
          return (
            <>
              <section className="obligations__coverage" aria-labelledby="dekning-heading">
                <Heading level={2} data-size="sm" id="dekning-heading">
                  Dekning per {formatDate(data.asOf)}
                </Heading>
                <CoverageFigure
                  counts={data.counts}
                  total={data.total}
                  current={view.coverage}
                  hrefOf={(c) => obligationsHref(view.filter, { dekning: c })}
                />
                {data.later > 0 && (
                  <Paragraph data-size="sm">
                    {data.later} {data.later === 1 ? 'forpliktelse' : 'forpliktelser'} fra senere år er ikke med per
                    denne datoen.
                  </Paragraph>
                )}
                <CoverageExport plans={view.filter.plans} asOf={asOf} narrowed={extraFilter} />
              </section>

              <UndoToolbar scope={SCOPE} say={say} label="Angre endringer i forpliktelsene" />
              <Announcements say={say} testId="announcement" />
              <div aria-live="polite" ref={noticeRef} tabIndex={-1} className="notice">
                {notice && (
                  <Alert data-color="success" data-size="sm">
                    {notice}
                  </Alert>
                )}
              </div>

              {(view.coverage || view.only) && (
                <Paragraph className="obligations__filtered">
                  Viser {shown.length} av {active.length} forpliktelser
                  {view.coverage ? `: ${COVERAGE_LABELS[view.coverage].toLowerCase()}` : ''}.{' '}
                  <a href={obligationsHref(view.filter)}>Vis alle</a>
                </Paragraph>
              )}
              {bySource(shown).map(([label, list], i) => (
                <section key={label} aria-labelledby={`kilde-${i}`} className="obligations__group">
                  <Heading level={2} data-size="sm" id={`kilde-${i}`}>
                    {label}
                  </Heading>
                  {list.map(card)}
                </section>
              ))}
              {retired.length > 0 && !view.coverage && !view.only && (
                <details className="obligations__retired">
                  <summary>Avsluttede forpliktelser ({retired.length})</summary>
                  {retired.map(card)}
                </details>
              )}
            </>
          );
        }}
      </QueryState>

      <ObligationDialog
        action={action}
        onClose={() => setAction(null)}
        onDone={(m) => {
          setAction(null);
          setNotice(m);
        }}
      />
      <Dialog
        open={retiring !== null}
        onClose={() => setRetiring(null)}
        closeButton={DIALOG_CLOSE_LABEL}
        aria-labelledby="avslutt"
      >
        {retiring && (
          <>
            <Dialog.Block>
              <Heading level={2} data-size="sm" id="avslutt">
                {retiring.retiredAt === null ? `Avslutte forpliktelse ${retiring.code}?` : `Gjenåpne ${retiring.code}?`}
              </Heading>
            </Dialog.Block>
            <Dialog.Block>
              <Paragraph>
                {retiring.retiredAt === null
                  ? 'En avsluttet forpliktelse telles ikke i dekningen og kan ikke få nye tiltak. Koblingene og ' +
                    'historikken beholdes, og du kan gjenåpne den.'
                  : 'Forpliktelsen telles igjen i dekningen og kan få nye tiltak.'}
              </Paragraph>
              <div className="button-row">
                <Button onClick={() => void retire()}>{retiring.retiredAt === null ? 'Avslutt' : 'Gjenåpne'}</Button>
                <Button variant="secondary" onClick={() => setRetiring(null)} autoFocus>
                  Avbryt
                </Button>
              </div>
            </Dialog.Block>
          </>
        )}
      </Dialog>
    </div>
  );
}
