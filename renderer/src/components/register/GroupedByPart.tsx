// The register's «Gruppert per …» view: every plan's measures grouped by part (in the plan's own word), with the
// plan's start and the count of titles still to be filled in.
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { formatDate } from '../../../../shared/format/nb.ts';
import type { MeasureSummary, Plan } from '../../../../shared/domain/types.ts';
import { UNPLACED_LABEL } from '../../../../shared/domain/plans.ts';
import { measureHrefFromRegister } from '../../pages/register/registerView.ts';
import { OrgList, Owners } from '../OrgNames.tsx';
import { AssessmentTag, StatusTag } from '../StatusTags.tsx';
import { MeasureTitle } from '../PendingTitle.tsx';
import { QueryState } from '../QueryState.tsx';
import { useMeasures, usePlans } from '../../hooks/usePortfolio.ts';
import { TableScroll } from '../TableScroll.tsx';
import '../../styles/ds/table.css';

function groupByPart(plan: Plan, measures: MeasureSummary[]) {
  const groups = plan.parts.map((part) => ({
    key: `del-${part.number}`,
    heading: `${part.number}. ${part.title}`,
    part,
    measures: measures.filter((m) => m.partNumber === part.number),
  }));
  const none = measures.filter((m) => m.partNumber === null);
  return [
    ...groups,
    ...(none.length > 0 ? [{ key: 'uten-del', heading: UNPLACED_LABEL, part: null, measures: none }] : []),
  ];
}

function MeasureTable({
  measures,
  caption,
  filtered,
}: {
  measures: MeasureSummary[];
  caption: string;
  filtered: boolean;
}) {
  if (measures.length === 0)
    return (
      <Paragraph data-size="sm">
        {filtered ? 'Ingen tiltak her passer med filtrene.' : 'Ingen tiltak registrert her ennå.'}
      </Paragraph>
    );
  return (
    <TableScroll label={caption}>
      <Table zebra data-size="sm" className="measure-table">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Nr.</Table.HeaderCell>
            <Table.HeaderCell>Tiltak</Table.HeaderCell>
            <Table.HeaderCell>Ansvarlig departement</Table.HeaderCell>
            <Table.HeaderCell>Etater</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Vurdering</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {measures.map((m) => (
            <Table.Row key={m.id} data-testid="measure-row">
              <Table.Cell>{m.number}</Table.Cell>
              <Table.Cell>
                <a href={measureHrefFromRegister(m.id)} className="register__open">
                  <MeasureTitle title={m.title} pending={m.titlePending} />
                </a>
              </Table.Cell>
              <Table.Cell>
                <Owners owner={m.owner} coOwners={m.coOwners} />
              </Table.Cell>
              <Table.Cell>
                <OrgList orgs={m.agencies} />
              </Table.Cell>
              <Table.Cell>
                <StatusTag value={m.status} />
              </Table.Cell>
              <Table.Cell>
                <AssessmentTag value={m.assessment} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

function PlanSection({ plan, all, shown }: { plan: Plan; all: MeasureSummary[]; shown: MeasureSummary[] | null }) {
  const measures = shown ?? all;
  const pending = all.filter((m) => m.titlePending).length;
  return (
    <section aria-labelledby={`plan-${plan.code}`} className="plan-section" data-plan={plan.code}>
      <Heading level={2} data-size="md" id={`plan-${plan.code}`}>
        {plan.title}
      </Heading>
      <Paragraph data-size="sm" data-testid="plan-summary">
        {shown ? `Viser ${shown.length} av ${all.length}` : all.length} tiltak i {plan.parts.length}{' '}
        {plan.partWordPlural}
        {plan.startDate ? ` · gjelder fra ${formatDate(plan.startDate)}` : ''}
        {pending > 0 ? ` · ${pending} titler er ikke fylt inn ennå` : ' · alle titler er fylt inn'}
      </Paragraph>
      {groupByPart(plan, measures).map((g) => (
        <div key={g.key} className="part-group">
          <Heading level={3} data-size="xs">
            {g.heading}
          </Heading>
          {g.part && g.part.notes.length > 0 && (
            <details className="part-notes">
              <summary>Kjente temaer fra offentlige kilder ({g.part.notes.length})</summary>
              <ul>
                {g.part.notes.map((n, i) => (
                  <li key={i}>{n.text}</li>
                ))}
              </ul>
            </details>
          )}
          <MeasureTable measures={g.measures} caption={`${plan.title}: ${g.heading}`} filtered={shown !== null} />
        </div>
      ))}
    </section>
  );
}

/**
 * Every plan's measures grouped by part: the «Gruppert per …» view of the Tiltak page. With `onlyIds` (the
 * register's matches for its filters) only those measures are shown, and plans without a match are left out.
 */
export function GroupedByPart({ onlyIds }: { onlyIds?: ReadonlySet<number> }) {
  const plans = usePlans();
  const measures = useMeasures();
  return (
    <>
      <QueryState query={plans}>
        {(planList) => (
          <QueryState query={measures}>
            {(all) => (
              <>
                {planList.map((p) => {
                  const inPlan = all.filter((m) => m.planCode === p.code);
                  const shown = onlyIds ? inPlan.filter((m) => onlyIds.has(m.id)) : null;
                  if (shown && shown.length === 0) return null;
                  return <PlanSection key={p.code} plan={p} all={inPlan} shown={shown} />;
                })}
              </>
            )}
          </QueryState>
        )}
      </QueryState>
    </>
  );
}
