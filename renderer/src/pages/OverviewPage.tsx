// Oversikt: key figures, charts and "Endringer siden" for one filter held in the URL (#/oversikt?…).
import { Button, Heading, Paragraph, ToggleGroup } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import type { Granularity } from '../../../shared/api/dashboard.contract.ts';
import { EXAMPLE_DATA_LABEL } from '../../../shared/domain/vocabulary.ts';
import { formatDate, todayIso } from '../../../shared/format/nb.ts';
import { errorMessage, fieldErrors } from '../api/client.ts';
import { navigate, useRoute } from '../app/router.ts';
import { ChartPatterns } from '../components/charts/BarChartCard.tsx';
import { ClosedYearNote } from '../components/dashboard/ClosedYearNote.tsx';
import { ChangesList } from '../components/dashboard/ChangesList.tsx';
import { CoverageCard } from '../components/dashboard/CoverageCard.tsx';
import { DateField } from '../components/DateField.tsx';
import {
  AssessmentByMinistryChart,
  BudgetByMinistryChart,
  StatusByPartChart,
  StatusOverTimeChart,
} from '../components/dashboard/charts.tsx';
import { FilterBar } from '../components/dashboard/FilterBar.tsx';
import { KeyFigures } from '../components/dashboard/KeyFigures.tsx';
import { LoadingSpinner } from '../components/LoadingSpinner.tsx';
import { selectionText } from '../components/meeting/selectionText.ts';
import { QueryState } from '../components/QueryState.tsx';
import {
  dashboardParams,
  dashboardStateFrom,
  GRANULARITY_KEY,
  useChangesSince,
  useDashboardOverview,
  useStatusOverTime,
  type DashboardState,
} from '../hooks/useDashboard.ts';
import { useFirstFrame } from '../hooks/useFirstFrame.ts';
import { readPreference, usePersistentState } from '../hooks/usePersistentState.ts';
import { useOrganisations, usePlans, usePortfolioInfo } from '../hooks/usePortfolio.ts';
import '../styles/dashboard.css';
import '../styles/ds/toggle-group.css';

export const MEETING_DATE_KEY = 'lastMeetingDate';

/** The last meeting date the user stored, else three months back. */
export function defaultSince(stored: string | null): string {
  if (stored) return stored;
  const d = new Date();
  d.setMonth(d.getMonth() - 3);
  return todayIso(d);
}

export function OverviewPage() {
  const route = useRoute();
  const state = dashboardStateFrom(route.params);
  const setState = (s: DashboardState) => navigate('/oversikt', dashboardParams(s));
  const plans = usePlans();
  const organisations = useOrganisations();
  const overview = useDashboardOverview(state);
  const [granularity, setGranularity] = usePersistentState<Granularity>(GRANULARITY_KEY, 'year');
  const series = useStatusOverTime(state, granularity);
  // A saved chart image says what it shows: the filter in words and, for the example file, that it is fiction.
  const info = usePortfolioInfo();
  const imageNotes = [
    selectionText(state.filter, plans.data ?? []),
    info.data?.dataset === 'example' ? EXAMPLE_DATA_LABEL : null,
  ].filter((s): s is string => s !== null);

  return (
    <div className="dashboard">
      <ChartPatterns />
      <div className="dashboard__top">
        <Heading level={1} data-size="lg">
          Oversikt
        </Heading>
        <Button variant="primary" onClick={() => navigate('/mote', dashboardParams(state))}>
          Møtemodus
        </Button>
      </div>
      {plans.data && organisations.data && (
        <FilterBar
          state={state}
          plans={plans.data}
          organisations={organisations.data}
          onChange={setState}
          budgetYears={overview.data?.budgetByMinistry.map((r) => r.year)}
        />
      )}
      <QueryState query={overview}>
        {(data) => (
          <>
            <Paragraph data-size="sm" className="dashboard__asof">
              Per {formatDate(data.asOf)} · budsjettår {data.year}
              {overview.isFetching && <LoadingSpinner aria-label="Oppdaterer …" data-size="xs" />}
            </Paragraph>
            {state.year !== undefined && <ClosedYearNote year={state.year} />}
            <KeyFigures figures={data.keyFigures} state={state} asOf={data.asOf} />
            <CoverageCard state={state} asOf={data.asOf} />
            <div className="chart-grid">
              {plans.data?.map((p) => (
                <StatusByPartChart key={p.code} data={data} plan={p} state={state} imageNotes={imageNotes} />
              ))}
              <AssessmentByMinistryChart data={data} state={state} imageNotes={imageNotes} />
              <BudgetByMinistryChart data={data} state={state} imageNotes={imageNotes} />
            </div>
          </>
        )}
      </QueryState>
      {/* Not a landmark of its own: the chart card inside is the «Status over tid» region. */}
      <div className="dashboard__wide">
        <ToggleGroup
          data-size="sm"
          value={granularity}
          onChange={(v) => setGranularity(v as Granularity)}
          aria-label="Periode for status over tid"
        >
          <ToggleGroup.Item value="year">Per år</ToggleGroup.Item>
          <ToggleGroup.Item value="tertial">Per tertial</ToggleGroup.Item>
        </ToggleGroup>
        <QueryState query={series}>
          {(s) => <StatusOverTimeChart points={s.points} asOf={s.asOf} state={state} imageNotes={imageNotes} />}
        </QueryState>
      </div>
      <ChangesSince state={state} />
    </div>
  );
}

function ChangesSince({ state }: { state: DashboardState }) {
  const [meetingDate, setMeetingDate] = usePersistentState<string | null>(MEETING_DATE_KEY, null);
  const [since, setSince] = useState(() => defaultSince(meetingDate));
  // The server's render cannot read the stored meeting date: once the page is the browser's, the list starts from it.
  const firstFrame = useFirstFrame();
  useEffect(() => {
    if (firstFrame) setSince(defaultSince(readPreference<string | null>(MEETING_DATE_KEY, null)));
  }, []);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(since);
  // The date typed is asked for first; the heading and the list stay with the last date the core accepted, so a
  // date being typed, or one refused (after the overview's date), never names a list it does not show.
  const asked = useChangesSince(state, valid ? since : null);
  const [shown, setShown] = useState(since);
  useEffect(() => {
    if (valid && asked.isSuccess) setShown(since);
  }, [valid, since, asked.isSuccess]);
  const changes = useChangesSince(state, shown);
  const refused = valid && asked.error ? (fieldErrors(asked.error).since ?? errorMessage(asked.error)) : undefined;
  return (
    <section className="dashboard__wide changes" aria-labelledby="endringer-heading">
      <Heading level={2} data-size="sm" id="endringer-heading">
        Endringer siden {formatDate(shown)}
      </Heading>
      <div className="changes__controls">
        <DateField
          label="Vis endringer siden"
          value={since}
          onChange={setSince}
          error={refused ?? (valid ? undefined : 'Skriv en gyldig dato.')}
        />
        <Button
          variant="secondary"
          data-size="sm"
          disabled={!valid || !!refused || since === meetingDate}
          onClick={() => setMeetingDate(since)}
        >
          Lagre som møtedato
        </Button>
        <Paragraph data-size="xs">
          {meetingDate
            ? `Lagret møtedato: ${formatDate(meetingDate)}. Møtemodus viser endringer siden denne datoen.`
            : 'Ingen møtedato lagret ennå.'}
        </Paragraph>
      </div>
      {changes.error ? (
        <Paragraph role="alert">{errorMessage(changes.error)}</Paragraph>
      ) : changes.data ? (
        <>
          <Paragraph data-size="sm" aria-live="polite">
            {changes.data.total === 0
              ? 'Ingen tiltak har endret status, vurdering eller kommentar siden denne datoen.'
              : `${changes.data.total} tiltak har endret status, vurdering eller kommentar.` +
                (changes.data.total > changes.data.rows.length ? ` Viser de ${changes.data.rows.length} første.` : '')}
          </Paragraph>
          {changes.data.rows.length > 0 && <ChangesList rows={changes.data.rows} since={changes.data.since} />}
        </>
      ) : (
        <LoadingSpinner aria-label="Laster endringer …" data-size="sm" />
      )}
    </section>
  );
}
