// The report as it will be written: the same headings, columns and cell texts as the DOCX and PDF.
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { formatDateIn, labels } from '../../../shared/i18n/index.ts';
import { cellText, datasetText, groupByText } from '../../../shared/report/cells.ts';
import { columnLabel } from '../../../shared/report/columns.ts';
import { tableColumns, type ReportModel } from '../../../shared/report/model.ts';
import { statusChartSvg } from '../../../shared/report/status-chart.ts';
import { TableScroll } from './TableScroll.tsx';
import '../styles/ds/table.css';
import '../styles/reports.css';

function ChartImage({ plan, lang }: { plan: ReportModel['plans'][number]; lang: ReportModel['lang'] }) {
  const chart = statusChartSvg(plan, lang);
  // A data: URL image: the SVG is drawn as a picture and never becomes part of the page's DOM.
  return (
    <figure className="report-chart">
      <img
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`}
        alt={`${chart.title}. ${chart.description}.`}
        width={chart.width}
        height={chart.height}
      />
    </figure>
  );
}

export function ReportPreview({ model }: { model: ReportModel }) {
  // As in the files: the grouping column is left out of the tables, since each group's heading says it.
  const columns = tableColumns(model);
  const lang = model.lang;
  const L = labels(lang);
  return (
    // The preview is in the report's language, and says so to screen readers.
    <article
      className="report-preview"
      aria-label="Forhåndsvisning av rapporten"
      data-testid="report-preview"
      lang={L.locale.slice(0, 2)}
    >
      <Heading level={2} data-size="md">
        {model.title}
      </Heading>
      <dl className="report-meta">
        <dt>{L.asOf}</dt>
        <dd data-testid="report-as-of">{formatDateIn(model.asOf, lang)}</dd>
        <dt>{L.dataset}</dt>
        <dd className={model.dataset === 'example' ? 'report-example' : undefined}>
          {datasetText(model.dataset, lang)}
        </dd>
        <dt>{L.statusTable.groupedBy}</dt>
        <dd>{groupByText(model.groupBy, model.partHeading, lang)}</dd>
      </dl>
      {model.notStarted.map((p) => (
        <Paragraph key={p.code} data-size="sm" className="report-not-started" data-testid="report-not-started">
          {p.note}
        </Paragraph>
      ))}
      {model.plans.map((plan) => (
        <section key={plan.code} aria-labelledby={`rapport-${plan.code}`} data-plan={plan.code}>
          <Heading level={3} data-size="sm" id={`rapport-${plan.code}`}>
            {plan.title}
          </Heading>
          {model.includeCharts && <ChartImage plan={plan} lang={lang} />}
          {plan.groups.length === 0 && <Paragraph data-size="sm">{L.statusTable.noMeasures}</Paragraph>}
          {plan.groups.map((g) => (
            <div key={g.key} className="report-group">
              <Heading level={4} data-size="xs">
                {g.heading}
              </Heading>
              <TableScroll className="report-table-wrap" label={`${L.table}: ${plan.title}, ${g.heading}`}>
                <Table data-size="sm" border className="report-table">
                  <caption className="visually-hidden">{`${plan.title}: ${g.heading}`}</caption>
                  <Table.Head>
                    <Table.Row>
                      {columns.map((c) => (
                        <Table.HeaderCell key={c} data-col={c}>
                          {columnLabel(c, model.budgetYear, model.partHeading, lang)}
                        </Table.HeaderCell>
                      ))}
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {g.rows.map((r) => (
                      <Table.Row key={r.measureId} data-testid="report-row">
                        {columns.map((c) => (
                          <Table.Cell
                            key={c}
                            data-col={c}
                            className={c === 'assessment' ? `assessment-${r.assessment}` : undefined}
                          >
                            {cellText(r, c, lang)}
                          </Table.Cell>
                        ))}
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </TableScroll>
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
