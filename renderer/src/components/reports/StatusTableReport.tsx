// Rapporter → Statustabell: status tables for the situation report as of a date, previewed live and exported as
// Word, Excel, CSV, PDF or JSON. The last choice is remembered.
import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import type { ReportFormat } from '../../../../shared/api/reports.contract.ts';
import {
  columnChoiceLabel,
  DEFAULT_REPORT_COLUMNS,
  orderColumns,
  REPORT_COLUMNS,
  type ReportColumn,
} from '../../../../shared/report/columns.ts';
import { columnList, pageFit, tooWideMessage } from '../../../../shared/report/layout.ts';
import type { ReportGroupBy } from '../../../../shared/report/model.ts';
import { partWordHeading } from '../../../../shared/domain/plans.ts';
import { asOfWarning } from '../../../../shared/domain/status-rules.ts';
import { todayIso } from '../../../../shared/format/nb.ts';
import { LANG_NAMES, LANGS, type Lang } from '../../../../shared/i18n/index.ts';
import { useMemo } from 'react';
import { errorMessage, fieldErrors } from '../../api/client.ts';
import { ExportProgress } from './ExportProgress.tsx';
import { DateField } from '../DateField.tsx';
import { QueryState } from '../QueryState.tsx';
import { ReportPreview } from '../ReportPreview.tsx';
import { usePersistentState } from '../../hooks/usePersistentState.ts';
import { usePlans } from '../../hooks/usePortfolio.ts';
import { useReportExport, useReportPreview } from '../../hooks/useReports.ts';
import '../../styles/ds/validation-message.css';

interface Choices {
  planCodes: string[];
  asOf: string;
  groupBy: ReportGroupBy;
  columns: ReportColumn[];
  budgetYear: number | null;
  landscape: boolean;
  includeCharts: boolean;
  lang: Lang;
}

/** The situation report is usually "per 31.12." of the year just ended. */
function lastYearEnd(): string {
  return `${new Date().getFullYear() - 1}-12-31`;
}

const DEFAULTS: Choices = {
  planCodes: [],
  asOf: lastYearEnd(),
  groupBy: 'part',
  columns: DEFAULT_REPORT_COLUMNS,
  budgetYear: null,
  landscape: true,
  includeCharts: false,
  lang: 'nb',
};

const FORMATS: { format: ReportFormat; label: string }[] = [
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'xlsx', label: 'Excel (XLSX)' },
  { format: 'pdf', label: 'PDF' },
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
];

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

export function StatusTableReport() {
  const plans = usePlans();
  const [stored, setChoices] = usePersistentState<Choices>('rapporter:valg', DEFAULTS);
  const choices: Choices = { ...DEFAULTS, ...stored };
  const set = (patch: Partial<Choices>) => setChoices({ ...choices, ...patch });

  // First visit: every plan ticked.
  const planCodes = choices.planCodes.length > 0 ? choices.planCodes : (plans.data?.map((p) => p.code) ?? []);
  const noPlan = plans.data !== undefined && planCodes.length === 0;
  // The part column and grouping in the chosen plans' own words («Innsatsområde», «Hoveddel / innsatsområde»).
  const partHeading = partWordHeading(plans.data?.filter((p) => planCodes.includes(p.code)) ?? []);
  const noColumn = choices.columns.length === 0;
  const budgetYear = choices.columns.includes('budget')
    ? (choices.budgetYear ?? Number(choices.asOf.slice(0, 4)))
    : null;
  const request = {
    planCodes,
    asOf: choices.asOf,
    groupBy: choices.groupBy,
    columns: orderColumns(choices.columns),
    budgetYear: Number.isInteger(budgetYear) ? budgetYear : null,
    landscape: choices.landscape,
    includeCharts: choices.includeCharts,
    lang: choices.lang,
  };
  const ready = plans.data !== undefined && !noPlan && !noColumn && choices.asOf !== '';
  const preview = useReportPreview(request, ready);
  const exporter = useReportExport();
  const errors = { ...fieldErrors(preview.error), ...fieldErrors(exporter.error) };
  // Word and PDF tables get column widths from their content; when even the narrowest do not fit the page,
  // the user chooses landscape pages or fewer columns here, before exporting (never broken numbers).
  const model = ready ? preview.data : undefined;
  const fit = useMemo(() => (model ? pageFit(model) : null), [model]);
  // Allowed, but most likely not meant: before every plan's start, or more than a year ahead.
  const dateWarning =
    plans.data && /^\d{4}-\d{2}-\d{2}$/.test(choices.asOf) ? asOfWarning(choices.asOf, plans.data, todayIso()) : null;

  return (
    <>
      <Paragraph>
        Statustabeller til tilstandsrapporten: hvert tiltak slik det var registrert på datoen du velger.
        Forhåndsvisningen viser nøyaktig det som skrives til filen.
      </Paragraph>

      <form className="report-form" onSubmit={(e) => e.preventDefault()} aria-label="Valg for rapporten">
        <Fieldset>
          <Fieldset.Legend>Planer</Fieldset.Legend>
          <QueryState query={plans}>
            {(list) => (
              <>
                {list.map((p) => (
                  <Checkbox
                    key={p.code}
                    label={p.title}
                    value={p.code}
                    checked={planCodes.includes(p.code)}
                    onChange={(e) => set({ planCodes: toggle(planCodes, p.code, e.target.checked) })}
                  />
                ))}
              </>
            )}
          </QueryState>
          {noPlan && (
            <Paragraph data-size="sm" className="field-error" role="alert">
              Velg minst én plan.
            </Paragraph>
          )}
        </Fieldset>

        <div className="report-form__col">
          <DateField
            label="Per dato"
            description="Tabellen viser status, vurdering og kommentar slik de var registrert denne dagen."
            value={choices.asOf}
            onChange={(asOf) => set({ asOf })}
            error={choices.asOf === '' ? 'Skriv en dato, for eksempel 31.12.2024.' : errors.asOf}
          />
          <div aria-live="polite">
            {dateWarning && (
              <Alert data-color="warning" data-size="sm" data-testid="report-date-warning">
                <Paragraph data-size="sm">{dateWarning}</Paragraph>
              </Alert>
            )}
          </div>
          <Fieldset>
            <Fieldset.Legend>Grupper etter</Fieldset.Legend>
            <Radio
              label={partHeading}
              name="groupBy"
              value="part"
              checked={choices.groupBy === 'part'}
              onChange={() => set({ groupBy: 'part' })}
            />
            <Radio
              label="Ansvarlig departement"
              name="groupBy"
              value="ministry"
              checked={choices.groupBy === 'ministry'}
              onChange={() => set({ groupBy: 'ministry' })}
            />
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>Språk</Fieldset.Legend>
            <Fieldset.Description>
              Titler, kommentarer og navn står som de er skrevet. JSON er det samme på begge språk.
            </Fieldset.Description>
            {LANGS.map((l) => (
              <Radio
                key={l}
                label={LANG_NAMES[l]}
                name="statustabell-sprak"
                value={l}
                checked={choices.lang === l}
                onChange={() => set({ lang: l })}
              />
            ))}
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>Utseende</Fieldset.Legend>
            <Checkbox
              label="Liggende sider (Word og PDF)"
              checked={choices.landscape}
              onChange={(e) => set({ landscape: e.target.checked })}
            />
            {model && fit && !fit.fits && (
              <Alert data-color="warning" data-testid="report-too-wide" className="report-too-wide">
                <Paragraph data-size="sm">{tooWideMessage(model, fit)}</Paragraph>
                <div className="report-too-wide__actions">
                  {fit.landscapeFits && !choices.landscape && (
                    <Button variant="secondary" data-size="sm" onClick={() => set({ landscape: true })}>
                      Bruk liggende sider
                    </Button>
                  )}
                  {fit.drop.length > 0 && (
                    <Button
                      variant="secondary"
                      data-size="sm"
                      onClick={() => set({ columns: choices.columns.filter((c) => !fit.drop.includes(c)) })}
                    >
                      {`Ta bort ${columnList(fit.drop)}`}
                    </Button>
                  )}
                </div>
              </Alert>
            )}
            <Checkbox
              label={`Ta med statusdiagram per ${partHeading.toLowerCase()}`}
              checked={choices.includeCharts}
              onChange={(e) => set({ includeCharts: e.target.checked })}
            />
          </Fieldset>
        </div>

        <Fieldset>
          <Fieldset.Legend>Kolonner</Fieldset.Legend>
          <div className="report-columns">
            {REPORT_COLUMNS.map((c) => (
              <Checkbox
                key={c}
                label={columnChoiceLabel(c, partHeading)}
                value={c}
                checked={choices.columns.includes(c)}
                onChange={(e) => set({ columns: orderColumns(toggle(choices.columns, c, e.target.checked)) })}
              />
            ))}
          </div>
          {choices.columns.includes('budget') && (
            <Textfield
              label="Budsjettår"
              type="number"
              inputMode="numeric"
              min={1990}
              max={2100}
              value={budgetYear === null || Number.isNaN(budgetYear) ? '' : String(budgetYear)}
              onChange={(e) => set({ budgetYear: e.target.value === '' ? null : Number(e.target.value) })}
              error={errors.budgetYear}
              className="report-budget-year"
            />
          )}
          {noColumn && (
            <Paragraph data-size="sm" className="field-error" role="alert">
              Velg minst én kolonne.
            </Paragraph>
          )}
        </Fieldset>
      </form>

      <section aria-labelledby="eksport-overskrift" className="report-export">
        <Heading level={2} data-size="sm" id="eksport-overskrift">
          Last ned
        </Heading>
        <div className="report-export__buttons">
          {FORMATS.map(({ format, label }) => (
            <Button
              key={format}
              variant={format === 'docx' ? 'primary' : 'secondary'}
              disabled={!ready}
              // While a file is made, aria-disabled, not disabled: the button used keeps focus.
              aria-disabled={exporter.isPending || undefined}
              onClick={() => !exporter.isPending && exporter.mutate({ ...request, format })}
            >
              {label}
            </Button>
          ))}
        </div>
        <ExportProgress exporter={exporter} />
      </section>

      {preview.isError && <Alert data-color="danger">{errorMessage(preview.error)}</Alert>}
      {preview.data && ready && <ReportPreview model={preview.data} />}
      {preview.isLoading && <Paragraph>Lager forhåndsvisning …</Paragraph>}
    </>
  );
}
