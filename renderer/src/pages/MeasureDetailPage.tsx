// One measure at #/tiltak/<id>: its fields, status, history, budget and links; undo/redo of the user's own
// edits; soft delete. Every write names the version it was read at, so nothing is silently overwritten.
import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BudgetChanges } from '../../../shared/api/budget.contract.ts';
import type { MeasureChanges } from '../../../shared/api/measure-edit.contract.ts';
import type { BudgetLine, BudgetSummary, Measure, StatusUpdate } from '../../../shared/domain/types.ts';
import { ASSESSMENT_SHORT, STATUS_LABELS } from '../../../shared/domain/vocabulary.ts';
import { formatDate, formatDateTime, todayIso } from '../../../shared/format/nb.ts';
import { ApiCallError, errorMessage, fieldErrors, send } from '../api/client.ts';
import { hrefFor } from '../app/router.ts';
import { BudgetTable, valuesOf, type BudgetValues } from '../components/measure/BudgetTable.tsx';
import { useConflictGuard } from '../components/measure/ConflictDialog.tsx';
import { LinksSection } from '../components/measure/LinksSection.tsx';
import { formFieldErrors, MeasureEditForm, type draftOf } from '../components/measure/MeasureEditForm.tsx';
import { StatusForm } from '../components/measure/StatusForm.tsx';
import { Timeline } from '../components/measure/Timeline.tsx';
import { LoadingSpinner } from '../components/LoadingSpinner.tsx';
import { MeasureTitle } from '../components/PendingTitle.tsx';
import { AssessmentTag, StatusTag } from '../components/StatusTags.tsx';
import {
  useBudget,
  useLinks,
  useMeasure,
  useOrganisations,
  useRefreshMeasure,
  useSessionUser,
  useTimeline,
} from '../hooks/useMeasureDetail.ts';
import { useMeasures, usePlans } from '../hooks/usePortfolio.ts';
import { useUndoStack, type UndoStep } from '../hooks/useUndoStack.ts';

type Draft = ReturnType<typeof draftOf>;

const CHANGE_LABELS: Record<keyof MeasureChanges, string> = {
  title: 'tittel',
  description: 'beskrivelse',
  partId: 'del',
  ownerAbbrev: 'ansvarlig departement',
  coOwnerAbbrevs: 'medansvarlige departementer',
  agencyAbbrevs: 'etater',
  startYear: 'startår',
  endYear: 'sluttår',
};

/** The values the changed fields had before: applying them undoes the edit. */
function inverseOf(changes: MeasureChanges, before: Draft): MeasureChanges {
  const inv: MeasureChanges = {};
  const year = (s: string) => (s === '' ? null : Number(s));
  for (const key of Object.keys(changes) as (keyof MeasureChanges)[]) {
    if (key === 'title') inv.title = before.title;
    if (key === 'description') inv.description = before.description;
    if (key === 'partId') inv.partId = before.partId === '' ? null : Number(before.partId);
    if (key === 'ownerAbbrev') inv.ownerAbbrev = before.ownerAbbrev === '' ? null : before.ownerAbbrev;
    if (key === 'coOwnerAbbrevs') inv.coOwnerAbbrevs = before.coOwnerAbbrevs;
    if (key === 'agencyAbbrevs') inv.agencyAbbrevs = before.agencyAbbrevs;
    if (key === 'startYear') inv.startYear = year(before.startYear);
    if (key === 'endYear') inv.endYear = year(before.endYear);
  }
  return inv;
}

function isTextTarget(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  if (!el) return false;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit'].includes((el as HTMLInputElement).type);
}

export function MeasureDetailPage({ id }: { id: number }) {
  const measure = useMeasure(id);
  const plans = usePlans();
  const orgs = useOrganisations();
  const timeline = useTimeline(id);
  const budget = useBudget(id);
  const links = useLinks(id);
  const all = useMeasures();
  const user = useSessionUser();
  const refreshMeasure = useRefreshMeasure();
  const refresh = useCallback(() => refreshMeasure(id), [refreshMeasure, id]);
  const { guard, dialog } = useConflictGuard(refresh);
  const stack = useUndoStack();
  const [announcement, setAnnouncement] = useState('');
  const [alert, setAlert] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const m = measure.data;

  const announce = (text: string) => {
    setAlert('');
    // Clearing first makes a screen reader repeat "Lagret" for a second save.
    setAnnouncement('');
    window.setTimeout(() => setAnnouncement(text), 30);
  };

  /** Runs a user action; shows any error in Norwegian and refreshes what it touched. */
  async function run<T>(fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await fn();
    } catch (err) {
      setAlert(errorMessage(err));
      if (err instanceof ApiCallError && err.error.code === 'conflict') await refresh();
      return undefined;
    }
  }

  // ----- measure fields -----
  const applyFields = useCallback(
    async (changes: MeasureChanges, version: number): Promise<Measure | null> => {
      const r = await guard((v) => send('measures:update', { id, version: v, changes }), version);
      await refresh();
      return r;
    },
    [guard, id, refresh],
  );

  function fieldStep(label: string, forward: MeasureChanges, inverse: MeasureChanges, versionAfter: number): UndoStep {
    let v = versionAfter;
    const apply = async (changes: MeasureChanges) => {
      const r = await run(() => applyFields(changes, v));
      if (!r) return false;
      v = r.version;
      return true;
    };
    return { label, undo: () => apply(inverse), redo: () => apply(forward) };
  }

  async function saveFields(changes: MeasureChanges, before: Draft): Promise<Record<string, string> | null> {
    if (!m) return null;
    try {
      const r = await applyFields(changes, m.version);
      if (!r) return null;
      const names = (Object.keys(changes) as (keyof MeasureChanges)[]).map((k) => CHANGE_LABELS[k]).join(', ');
      stack.push(fieldStep(`endring av ${names}`, changes, inverseOf(changes, before), r.version));
      announce('Lagret');
      return null;
    } catch (err) {
      const f = formFieldErrors(fieldErrors(err));
      if (Object.keys(f).length === 0) setAlert(errorMessage(err));
      return f;
    }
  }

  // ----- status -----
  function statusSaved(update: StatusUpdate, previous: Pick<Measure, 'status' | 'assessment'>) {
    void refresh();
    announce('Status lagret');
    const author = user.data?.name;
    const record = (status: StatusUpdate['status'], assessment: StatusUpdate['assessment'], comment: string) =>
      run(async () => {
        await send('status:record', {
          measureId: id,
          status,
          assessment,
          comment,
          effectiveDate: update.effectiveDate,
          author,
        });
        await refresh();
        return true;
      }).then(Boolean);
    stack.push({
      label: 'statusregistrering',
      // Append-only history: the undo is a new, visible correction, never a delete.
      undo: () =>
        record(
          previous.status,
          previous.assessment,
          `Korrigering: angrer statusoppdateringen registrert ${formatDateTime(update.recordedAt)} ` +
            `(${STATUS_LABELS[update.status]}, ${ASSESSMENT_SHORT[update.assessment]}).`,
        ),
      redo: () => record(update.status, update.assessment, update.comment || 'Registrert på nytt etter angring.'),
    });
  }

  // ----- delete / restore -----
  function deleteStep(versionAfter: number): UndoStep {
    let v = versionAfter;
    const act = (op: 'measures:restore' | 'measures:delete') =>
      run(async () => {
        const r = await guard((ver) => send(op, { id, version: ver }), v);
        await refresh();
        if (!r) return false;
        v = r.version;
        return true;
      }).then(Boolean);
    return { label: 'sletting av tiltaket', undo: () => act('measures:restore'), redo: () => act('measures:delete') };
  }

  async function doDelete() {
    setConfirmDelete(false);
    if (!m) return;
    const r = await run(async () => {
      const res = await guard((v) => send('measures:delete', { id, version: v }), m.version);
      await refresh();
      return res;
    });
    if (!r) return;
    stack.push(deleteStep(r.version));
    announce('Tiltaket er flyttet til papirkurven');
    headingRef.current?.focus();
  }

  async function doRestore() {
    if (!m) return;
    const r = await run(async () => {
      const res = await guard((v) => send('measures:restore', { id, version: v }), m.version);
      await refresh();
      return res;
    });
    if (r) announce('Tiltaket er gjenopprettet');
  }

  // ----- budget -----
  const budgetCall = async (fn: () => Promise<BudgetSummary>): Promise<BudgetSummary | Record<string, string>> => {
    try {
      const s = await fn();
      await refresh();
      return s;
    } catch (err) {
      const f = formFieldErrors(fieldErrors(err));
      if (Object.keys(f).length > 0) return f;
      setAlert(errorMessage(err));
      await refresh();
      return { _: errorMessage(err) };
    }
  };
  const isSummary = (x: BudgetSummary | Record<string, string>): x is BudgetSummary =>
    'lines' in x && Array.isArray((x as BudgetSummary).lines);
  const newLineOf = (before: BudgetLine[], after: BudgetSummary) =>
    after.lines.find((l) => !before.some((b) => b.id === l.id));

  function budgetAddStep(line: BudgetLine, values: BudgetValues): UndoStep {
    let current = line;
    return {
      label: 'ny budsjettlinje',
      undo: async () =>
        isSummary(await budgetCall(() => send('budget:delete', { id: current.id, version: current.version }))),
      redo: async () => {
        const before = budget.data?.lines ?? [];
        const r = await budgetCall(() => send('budget:add', { measureId: id, ...values }));
        if (!isSummary(r)) return false;
        current = newLineOf(before, r) ?? current;
        return true;
      },
    };
  }

  async function addBudget(values: BudgetValues) {
    const before = budget.data?.lines ?? [];
    const r = await budgetCall(() => send('budget:add', { measureId: id, ...values }));
    if (!isSummary(r)) return r;
    const line = newLineOf(before, r);
    if (line) stack.push(budgetAddStep(line, values));
    announce('Budsjettlinjen er lagt til');
    return null;
  }

  async function updateBudget(line: BudgetLine, changes: BudgetChanges) {
    const r = await budgetCall(() => send('budget:update', { id: line.id, version: line.version, changes }));
    if (!isSummary(r)) return r;
    const after = r.lines.find((l) => l.id === line.id);
    if (after) {
      let v = after.version;
      const apply = async (c: BudgetChanges) => {
        const s = await budgetCall(() => send('budget:update', { id: line.id, version: v, changes: c }));
        if (!isSummary(s)) return false;
        v = s.lines.find((l) => l.id === line.id)?.version ?? v;
        return true;
      };
      const old = valuesOf(line);
      stack.push({ label: 'endring av budsjettlinje', undo: () => apply(old), redo: () => apply(changes) });
    }
    announce('Lagret');
    return null;
  }

  async function deleteBudget(line: BudgetLine) {
    const r = await budgetCall(() => send('budget:delete', { id: line.id, version: line.version }));
    if (!isSummary(r)) return;
    const values = valuesOf(line);
    let current: BudgetLine | undefined;
    stack.push({
      label: 'sletting av budsjettlinje',
      undo: async () => {
        const before = budget.data?.lines ?? [];
        const s = await budgetCall(() => send('budget:add', { measureId: id, ...values }));
        if (!isSummary(s)) return false;
        current = newLineOf(before, s);
        return true;
      },
      redo: async () =>
        current
          ? isSummary(await budgetCall(() => send('budget:delete', { id: current!.id, version: current!.version })))
          : false,
    });
    announce('Budsjettlinjen er slettet');
  }

  // ----- undo / redo -----
  const undo = useCallback(async () => {
    const s = await stack.undo();
    if (s) announce(`Angret ${s.label}`);
  }, [stack]);
  const redo = useCallback(async () => {
    const s = await stack.redo();
    if (s) announce(`Gjort om: ${s.label}`);
  }, [stack]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!(e.ctrlKey || e.metaKey) || isTextTarget(e.target)) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) {
        e.preventDefault();
        void undo();
      } else if ((k === 'z' && e.shiftKey) || k === 'y') {
        e.preventDefault();
        void redo();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

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
  const today = todayIso();

  return (
    <div className="measure-detail">
      <nav aria-label="Brødsmulesti" className="breadcrumb">
        <a href={hrefFor('/tiltak')}>Tiltak</a> <span aria-hidden="true">›</span> {plan?.title ?? m.planCode}
      </nav>
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

      <div className="toolbar" role="toolbar" aria-label="Angre og slette">
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => void undo()}
          disabled={!stack.canUndo}
          aria-keyshortcuts="Control+Z"
          title="Ctrl+Z"
        >
          Angre{stack.nextUndo ? <span className="visually-hidden"> {stack.nextUndo.label}</span> : null}
        </Button>
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => void redo()}
          disabled={!stack.canRedo}
          aria-keyshortcuts="Control+Shift+Z"
          title="Ctrl+Shift+Z"
        >
          Gjør om{stack.nextRedo ? <span className="visually-hidden"> {stack.nextRedo.label}</span> : null}
        </Button>
        <span className="muted toolbar__hint">Ctrl+Z angrer, Ctrl+Shift+Z gjør om (utenfor tekstfelt)</span>
        <span className="toolbar__spacer" />
        {!deleted && (
          <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => setConfirmDelete(true)}>
            Slett tiltak
          </Button>
        )}
      </div>

      <p role="status" aria-live="polite" className="save-status" data-testid="announcement">
        {announcement}
      </p>
      {alert && (
        <Alert data-color="danger" role="alert">
          {alert}
        </Alert>
      )}
      {deleted && (
        <Alert data-color="warning" className="deleted-banner">
          <Paragraph>
            Tiltaket ligger i papirkurven (slettet {formatDateTime(m.deletedAt)}). Det vises ikke i lister og rapporter,
            og kan ikke endres før det er gjenopprettet.
          </Paragraph>
          <Button data-size="sm" onClick={() => void doRestore()}>
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
                current={{ status: m.status, assessment: m.assessment }}
                defaultAuthor={user.data.name}
                today={today}
                disabled={deleted}
                onSaved={(u) => statusSaved(u, { status: m.status, assessment: m.assessment })}
              />
            )}
          </section>
          {timeline.data && <Timeline entries={timeline.data} />}
        </div>
        <div className="detail-col">
          <section aria-label="Opplysninger om tiltaket" className="detail-section">
            {orgs.data && plans.data && (
              <MeasureEditForm
                key={`${m.id}-v${m.version}`}
                measure={m}
                plan={plan}
                organisations={orgs.data}
                disabled={deleted}
                onSave={saveFields}
              />
            )}
          </section>
          {budget.data && (
            <BudgetTable
              summary={budget.data}
              disabled={deleted}
              onAdd={addBudget}
              onUpdate={updateBudget}
              onDelete={deleteBudget}
            />
          )}
          {links.data && plans.data && (
            <LinksSection
              measure={m}
              links={links.data}
              plans={plans.data}
              candidates={all.data ?? []}
              disabled={deleted}
              onAdd={async (toId, kind) => {
                try {
                  await send('measures:link', { fromId: id, toId, kind });
                  await refresh();
                  announce('Koblingen er lagt til');
                  return null;
                } catch (err) {
                  return fieldErrors(err).toId ?? errorMessage(err);
                }
              }}
              onRemove={async (l) => {
                await run(() => send('measures:unlink', { measureId: id, linkId: l.id }));
                await refresh();
                announce('Koblingen er fjernet');
              }}
            />
          )}
        </div>
      </div>

      {dialog}
      <Dialog
        open={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        closeButton="Avbryt"
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
            <Button data-color="danger" onClick={() => void doDelete()}>
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
