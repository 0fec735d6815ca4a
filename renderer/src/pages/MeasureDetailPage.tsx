// One measure at #/tiltak/<id>: its status, history, fields, budget and links, each a section of its own; undo/redo
// (kept by the core) and soft delete. Every write names the version it was read at, so nothing is silently
// overwritten, and refreshes what it declares it changes.
import { Alert, Button, Dialog, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useMemo, useRef, useState } from 'react';
import { formatDate, formatDateTime, todayIso } from '../../../shared/format/nb.ts';
import { errorMessage, fieldErrors, refreshTopics, send } from '../api/client.ts';
import { hrefFor } from '../app/router.ts';
import { BudgetSection } from '../components/measure/BudgetSection.tsx';
import { useConflictGuard } from '../components/measure/ConflictDialog.tsx';
import { FieldsSection } from '../components/measure/FieldsSection.tsx';
import { LinksSection } from '../components/measure/LinksSection.tsx';
import { MeasureSiblings } from '../components/measure/MeasureSiblings.tsx';
import { ObligationsSection } from '../components/measure/ObligationsSection.tsx';
import { StatusForm } from '../components/measure/StatusForm.tsx';
import { Timeline } from '../components/measure/Timeline.tsx';
import { UndoToolbar } from '../components/UndoToolbar.tsx';
import { useAnnouncer } from '../components/useAnnouncer.ts';
import { LoadingSpinner } from '../components/LoadingSpinner.tsx';
import { MeasureTitle } from '../components/PendingTitle.tsx';
import { AssessmentTag, StatusTag } from '../components/StatusTags.tsx';
import { useBudget, useLinks, useMeasure, useSessionUser, useTimeline } from '../hooks/useMeasureDetail.ts';
import { usePeriods } from '../hooks/usePeriods.ts';
import { useMeasureObligations, useObligations } from '../hooks/useObligations.ts';
import { useMeasureNames, useOrganisations, usePlans } from '../hooks/usePortfolio.ts';
import '../styles/ds/dialog.css';
import '../styles/measure.css';
import { Announcements } from '../components/Announcements.tsx';
import { DIALOG_CLOSE_LABEL } from '../components/dialogClose.ts';

export function MeasureDetailPage({ id }: { id: number }) {
  const measure = useMeasure(id);
  const plans = usePlans();
  const orgs = useOrganisations();
  const timeline = useTimeline(id);
  const budget = useBudget(id);
  const links = useLinks(id);
  const obligationLinks = useMeasureObligations(id);
  const obligations = useObligations();
  const all = useMeasureNames();
  const user = useSessionUser();
  const periods = usePeriods().data;
  const say = useAnnouncer();
  const scope = useMemo(() => ({ kind: 'measure' as const, id }), [id]);
  const { guard, dialog } = useConflictGuard(() => refreshTopics(['measures', 'history']));
  const [confirmDelete, setConfirmDelete] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const m = measure.data;

  async function setDeleted(deleted: boolean) {
    setConfirmDelete(false);
    if (!m) return;
    try {
      const op = deleted ? 'measures:delete' : 'measures:restore';
      const r = await guard((v) => send(op, { id, version: v }), m.version);
      if (!r) return;
      say.announce(deleted ? 'Tiltaket er flyttet til papirkurven' : 'Tiltaket er gjenopprettet');
      if (deleted) headingRef.current?.focus();
    } catch (err) {
      say.fail(err);
    }
  }

  if (measure.isPending) return <LoadingSpinner aria-label="Laster tiltaket …" data-size="md" />;
  if (!m) {
    return (
      <>
        <Heading level={1} data-size="lg">
          Fant ikke tiltaket
        </Heading>
        <Alert data-color="danger">{errorMessage(measure.error)}</Alert>
        <Paragraph>
          <a href={hrefFor('/tiltak')}>Tilbake til tiltakslisten</a>
        </Paragraph>
      </>
    );
  }

  const plan = plans.data?.find((p) => p.code === m.planCode);
  const deleted = m.deletedAt !== null;

  return (
    <div className="measure-detail">
      <div className="measure-top">
        <nav aria-label="Brødsmulesti" className="breadcrumb">
          <Link href={hrefFor('/tiltak')}>Tiltak</Link> <span aria-hidden="true">›</span> {plan?.title ?? m.planCode}
        </nav>
        <MeasureSiblings id={id} deleted={m.deletedAt !== null} />
      </div>
      <Heading level={1} data-size="md" ref={headingRef} tabIndex={-1} className="measure-heading">
        <span className="measure-heading__number">Tiltak {m.number}</span>{' '}
        <MeasureTitle title={m.title} pending={m.titlePending} />
      </Heading>
      <div className="measure-summary">
        <StatusTag value={m.status} /> <AssessmentTag value={m.assessment} />
        <span className="muted">
          {m.owner ? `Ansvarlig: ${m.owner.name}` : 'Ansvarlig departement ikke fylt inn'}
          {m.lastUpdate
            ? ` · Sist oppdatert ${formatDate(m.lastUpdate.effectiveDate)} av ${m.lastUpdate.author}`
            : ' · Ingen statusoppdatering ennå'}
        </span>
      </div>

      <UndoToolbar scope={scope} say={say}>
        {!deleted && (
          <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => setConfirmDelete(true)}>
            Slett tiltak
          </Button>
        )}
      </UndoToolbar>

      <Announcements say={say} testId="announcement" />
      {deleted && (
        <Alert data-color="warning" className="deleted-banner">
          <Paragraph>
            Tiltaket ligger i papirkurven (slettet {formatDateTime(m.deletedAt)}). Det vises ikke i lister og rapporter,
            og kan ikke endres før det er gjenopprettet.
          </Paragraph>
          <Button data-size="sm" onClick={() => void setDeleted(false)}>
            Gjenopprett tiltaket
          </Button>
        </Alert>
      )}

      <div className="detail-grid">
        <div className="detail-col">
          <section aria-label="Registrer status" className="detail-section">
            {user.data && (
              <StatusForm
                key={`${m.id}-${user.data.name}`}
                measureId={m.id}
                current={{ status: m.status, assessment: m.assessment, date: m.lastUpdate?.effectiveDate ?? null }}
                planStart={plan?.startDate ?? null}
                defaultAuthor={user.data.name}
                today={todayIso()}
                disabled={deleted}
                closedPeriods={periods ? [...periods.years, ...periods.tertials].filter((p) => p.closed) : []}
                updateDates={timeline.data?.flatMap((e) => (e.kind === 'status' ? [e.effectiveDate] : [])) ?? []}
                onSaved={() => say.announce('Status lagret')}
              />
            )}
          </section>
          {timeline.data && <Timeline entries={timeline.data} plan={plan} />}
        </div>
        <div className="detail-col">
          {orgs.data && plans.data && (
            <FieldsSection measure={m} plan={plan} organisations={orgs.data} disabled={deleted} say={say} />
          )}
          {budget.data && (
            <BudgetSection measureId={id} summary={budget.data} endYear={m.endYear} disabled={deleted} say={say} />
          )}
          {obligationLinks.data && obligations.data && (
            <ObligationsSection
              measureId={id}
              links={obligationLinks.data}
              obligations={obligations.data}
              disabled={deleted}
              say={say}
            />
          )}
          {links.data && plans.data && (
            <LinksSection
              measure={m}
              links={links.data}
              candidates={all.data ?? []}
              disabled={deleted}
              onAdd={async (toId, kind) => {
                try {
                  await send('measures:link', { fromId: id, toId, kind });
                  say.announce('Koblingen er lagt til');
                  return null;
                } catch (err) {
                  return fieldErrors(err).toId ?? errorMessage(err);
                }
              }}
              onRemove={async (l) => {
                try {
                  await send('measures:unlink', { measureId: id, linkId: l.id });
                  say.announce('Koblingen er fjernet');
                } catch (err) {
                  say.fail(err);
                }
              }}
            />
          )}
        </div>
      </div>

      {dialog}
      <Dialog
        open={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        closeButton={DIALOG_CLOSE_LABEL}
        aria-labelledby="slett-tittel"
      >
        <Dialog.Block>
          <Heading level={2} data-size="sm" id="slett-tittel">
            Slette tiltak {m.number}?
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          <Paragraph>
            Tiltaket flyttes til papirkurven med historikk og budsjett. Du kan gjenopprette det derfra, eller angre med
            en gang.
          </Paragraph>
          <div className="button-row">
            <Button data-color="danger" onClick={() => void setDeleted(true)}>
              Slett tiltak
            </Button>
            <Button variant="secondary" onClick={() => setConfirmDelete(false)} autoFocus>
              Avbryt
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </div>
  );
}
