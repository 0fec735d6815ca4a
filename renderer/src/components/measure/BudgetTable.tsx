// Budget lines per year with totals; add, edit and delete rows. Whole kroner, chapter/post as "kap. 440, post 70".
// An amount left empty stays empty («–», left out of the sums), and a second line for the same year and kap./post
// is saved only when the user confirms it.
import {
  Button,
  Checkbox,
  Heading,
  Paragraph,
  Table,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { BudgetChanges } from '../../../../shared/api/budget.contract.ts';
import { duplicateLineWarning, sameYearAndChapter } from '../../../../shared/domain/budget.ts';
import { parseChapterPost } from '../../../../shared/domain/chapter-post.ts';
import type { BudgetLine, BudgetSummary } from '../../../../shared/domain/types.ts';
import { formatChapterPost, formatNok } from '../../../../shared/format/nb.ts';
import { useUnsavedChanges } from '../../app/router.ts';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import '../../styles/ds/validation-message.css';
import '../../styles/ds/table.css';
import { TableScroll } from '../TableScroll.tsx';

export type BudgetValues = {
  year: number;
  allocatedNok: number | null;
  spentNok: number | null;
  chapterPost: string;
  withinExisting: boolean;
};
type Errors = Record<string, string>;

/** "1 200 000" → 1200000, "" → null (not given); refuses decimals and negatives with the core's words. */
export function parseNok(text: string): number | null | string {
  const s = text.replace(/[\s\u00a0\u202f]/g, '').replace(/kr$/i, '');
  if (s === '') return null;
  if (/^-/.test(s)) return 'Beløpet kan ikke være negativt.';
  if (!/^\d+$/.test(s)) return 'Beløpet må være hele kroner.';
  return Number(s);
}

export function valuesOf(line: BudgetLine): BudgetValues {
  return {
    year: line.year,
    allocatedNok: line.allocatedNok,
    spentNok: line.spentNok,
    chapterPost: line.chapter === null ? '' : formatChapterPost(line.chapter, line.post),
    withinExisting: line.withinExisting,
  };
}

/** An amount as shown: «–» when left empty (read out as «ikke oppgitt»). */
function Amount({ value, strong = false }: { value: number | null; strong?: boolean }) {
  if (value === null)
    return (
      <span className="unfilled">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">ikke oppgitt</span>
      </span>
    );
  return strong ? <strong>{formatNok(value)}</strong> : <>{formatNok(value)}</>;
}

const amountInput = (n: number | null) => (n === null ? '' : String(n));

function LineForm({
  idPrefix,
  initial,
  submitLabel,
  duplicateOf,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial: { year: string; allocated: string; spent: string; chapterPost: string; withinExisting: boolean };
  submitLabel: string;
  /** Another line with the same year and kap./post as `v`, if any. */
  duplicateOf(v: BudgetValues): BudgetLine | null;
  onSubmit(v: BudgetValues): Promise<Errors | null>;
  onCancel?(): void;
}) {
  const [f, setF] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const [duplicate, setDuplicate] = useState<{ values: BudgetValues; warning: string } | null>(null);
  // Typed and not saved: leaving the page asks first. The new-line form keeps its year after a save; that alone is not.
  useUnsavedChanges(
    f.allocated !== initial.allocated ||
      f.spent !== initial.spent ||
      f.chapterPost !== initial.chapterPost ||
      f.withinExisting !== initial.withinExisting ||
      (onCancel !== undefined && f.year !== initial.year),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    const local: Errors = {};
    const year = /^\d{4}$/.test(f.year.trim()) ? Number(f.year.trim()) : NaN;
    if (Number.isNaN(year)) local.year = 'Skriv året med fire sifre, for eksempel 2025.';
    const allocated = parseNok(f.allocated);
    const spent = parseNok(f.spent);
    if (typeof allocated === 'string') local.allocatedNok = allocated;
    if (typeof spent === 'string') local.spentNok = spent;
    if (Object.keys(local).length > 0) {
      setErrors(local);
      document.getElementById(`${idPrefix}-${Object.keys(local)[0]}`)?.focus();
      return;
    }
    const values: BudgetValues = {
      year,
      allocatedNok: allocated as number | null,
      spentNok: spent as number | null,
      chapterPost: f.chapterPost,
      withinExisting: f.withinExisting,
    };
    const other = duplicateOf(values);
    if (other) setDuplicate({ values, warning: duplicateLineWarning(other) });
    else void save(values);
  }

  async function save(values: BudgetValues) {
    setDuplicate(null);
    setSaving(true);
    try {
      const refused = await onSubmit(values);
      setErrors(refused ?? {});
      if (refused) document.getElementById(`${idPrefix}-${Object.keys(refused)[0]}`)?.focus();
      else if (!onCancel) setF({ ...initial, year: f.year });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="budget-form" aria-label={submitLabel}>
      <Textfield
        id={`${idPrefix}-year`}
        label="År"
        inputMode="numeric"
        value={f.year}
        onChange={(e) => setF({ ...f, year: e.target.value })}
        error={errors.year}
      />
      <Textfield
        id={`${idPrefix}-allocatedNok`}
        label="Bevilget (kr)"
        inputMode="numeric"
        value={f.allocated}
        onChange={(e) => setF({ ...f, allocated: e.target.value })}
        error={errors.allocatedNok}
      />
      <Textfield
        id={`${idPrefix}-spentNok`}
        label="Forbrukt (kr)"
        inputMode="numeric"
        value={f.spent}
        onChange={(e) => setF({ ...f, spent: e.target.value })}
        error={errors.spentNok}
      />
      <Textfield
        id={`${idPrefix}-chapterPost`}
        label="Kap./post"
        description="F.eks. kap. 440, post 70"
        value={f.chapterPost}
        onChange={(e) => setF({ ...f, chapterPost: e.target.value })}
        error={errors.chapterPost}
      />
      <Checkbox
        id={`${idPrefix}-withinExisting`}
        label="Innenfor gjeldende rammer"
        checked={f.withinExisting}
        onChange={(e) => setF({ ...f, withinExisting: e.target.checked })}
      />
      {errors._ && <ValidationMessage>{errors._}</ValidationMessage>}
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={saving}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
            Avbryt
          </Button>
        )}
      </div>
      <ConfirmDialog
        text={duplicate?.warning ?? null}
        title="Samme år og kap./post som en annen linje – lagre likevel?"
        confirmLabel="Lagre likevel"
        cancelLabel="Endre linjen"
        testId="budget-duplicate"
        onConfirm={() => duplicate && void save(duplicate.values)}
        onCancel={() => {
          setDuplicate(null);
          document.getElementById(`${idPrefix}-year`)?.focus();
        }}
      />
    </form>
  );
}

export interface BudgetTableProps {
  summary: BudgetSummary;
  disabled?: boolean;
  onAdd(v: BudgetValues): Promise<Errors | null>;
  onUpdate(line: BudgetLine, changes: BudgetChanges): Promise<Errors | null>;
  onDelete(line: BudgetLine): Promise<void>;
}

export function BudgetTable({ summary, disabled, onAdd, onUpdate, onDelete }: BudgetTableProps) {
  const [editing, setEditing] = useState<number | null>(null);
  const thisYear = new Date().getFullYear();
  const duplicateOf = (exceptId: number | null) => (v: BudgetValues) => {
    const cp = v.chapterPost.trim() ? parseChapterPost(v.chapterPost) : null;
    return sameYearAndChapter(
      summary.lines,
      { year: v.year, chapter: cp?.chapter ?? null, post: cp?.post ?? null },
      exceptId,
    );
  };
  const someEmpty = summary.lines.some((l) => l.allocatedNok === null || l.spentNok === null);
  return (
    <section aria-labelledby="budsjett" className="detail-section">
      <Heading level={2} data-size="sm" id="budsjett">
        Budsjett
      </Heading>
      {summary.lines.length === 0 ? (
        <Paragraph data-size="sm">Ingen budsjettlinjer registrert.</Paragraph>
      ) : (
        <TableScroll label="Budsjettlinjer per år">
          <Table data-size="sm" className="budget-table">
            <caption className="visually-hidden">Budsjettlinjer per år</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>År</Table.HeaderCell>
                <Table.HeaderCell className="num">Bevilget</Table.HeaderCell>
                <Table.HeaderCell className="num">Forbrukt</Table.HeaderCell>
                <Table.HeaderCell>Kap./post</Table.HeaderCell>
                <Table.HeaderCell>
                  <abbr title="Innenfor gjeldende rammer">Innenfor rammer</abbr>
                </Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="visually-hidden">Handlinger</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {summary.lines.map((l) =>
                editing === l.id ? (
                  <Table.Row key={l.id}>
                    <Table.Cell colSpan={6}>
                      <LineForm
                        idPrefix={`budsjett-${l.id}`}
                        submitLabel={`Lagre budsjettlinje for ${l.year}`}
                        initial={{
                          year: String(l.year),
                          allocated: amountInput(l.allocatedNok),
                          spent: amountInput(l.spentNok),
                          chapterPost: valuesOf(l).chapterPost,
                          withinExisting: l.withinExisting,
                        }}
                        duplicateOf={duplicateOf(l.id)}
                        onCancel={() => setEditing(null)}
                        onSubmit={async (v) => {
                          const refused = await onUpdate(l, v);
                          if (!refused) setEditing(null);
                          return refused;
                        }}
                      />
                    </Table.Cell>
                  </Table.Row>
                ) : (
                  <Table.Row key={l.id}>
                    <Table.Cell>{l.year}</Table.Cell>
                    <Table.Cell className="num">
                      <Amount value={l.allocatedNok} />
                    </Table.Cell>
                    <Table.Cell className="num">
                      <Amount value={l.spentNok} />
                    </Table.Cell>
                    <Table.Cell>{formatChapterPost(l.chapter, l.post) || '–'}</Table.Cell>
                    <Table.Cell>{l.withinExisting ? 'Ja' : 'Nei'}</Table.Cell>
                    <Table.Cell>
                      <div className="button-row button-row--tight">
                        <Button variant="tertiary" data-size="sm" disabled={disabled} onClick={() => setEditing(l.id)}>
                          Endre<span className="visually-hidden"> budsjettlinje {l.year}</span>
                        </Button>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          data-color="danger"
                          disabled={disabled}
                          onClick={() => void onDelete(l)}
                        >
                          Slett<span className="visually-hidden"> budsjettlinje {l.year}</span>
                        </Button>
                      </div>
                    </Table.Cell>
                  </Table.Row>
                ),
              )}
            </Table.Body>
            <Table.Foot>
              <Table.Row>
                <Table.HeaderCell>Sum</Table.HeaderCell>
                <Table.Cell className="num" data-testid="budget-total-allocated">
                  <Amount value={summary.totals.allocatedNok} strong />
                </Table.Cell>
                <Table.Cell className="num">
                  <Amount value={summary.totals.spentNok} strong />
                </Table.Cell>
                <Table.Cell colSpan={3} className="muted">
                  {someEmpty && 'Tomme beløp er ikke regnet med.'}
                </Table.Cell>
              </Table.Row>
            </Table.Foot>
          </Table>
        </TableScroll>
      )}
      {!disabled && (
        <details className="budget-add">
          <summary>Legg til budsjettlinje</summary>
          <LineForm
            idPrefix="budsjett-ny"
            submitLabel="Legg til budsjettlinje"
            initial={{ year: String(thisYear), allocated: '', spent: '', chapterPost: '', withinExisting: false }}
            duplicateOf={duplicateOf(null)}
            onSubmit={onAdd}
          />
        </details>
      )}
    </section>
  );
}
