// Budget lines per year with totals; add, edit and delete rows. Whole kroner, chapter/post as "kap. 440, post 70".
// An amount left empty stays empty («–», left out of the sums). Every field is checked first; then a second line for
// the same year and kap./post, more spent than allocated, or a year long after the measure's end is saved only when
// the user confirms it. A button that takes its row away (Slett, Endre, the edit form's Lagre and Avbryt) moves focus
// to where the user goes on from, once the row has changed: never to <body>.
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
import {
  budgetLineWarnings,
  duplicateLineWarning,
  readBudgetLine,
  sameYearAndChapter,
  type BudgetLineValues,
  type BudgetLineWarning,
} from '../../../../shared/domain/budget.ts';
import { parseChapterPost } from '../../../../shared/domain/chapter-post.ts';
import type { BudgetLine, BudgetSummary } from '../../../../shared/domain/types.ts';
import { formatChapterPost, formatNok } from '../../../../shared/format/nb.ts';
import { useUnsavedChanges } from '../../app/router.ts';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { useFocusWhenGone } from '../returnFocus.ts';
import '../../styles/ds/validation-message.css';
import '../../styles/ds/table.css';
import { TableScroll } from '../TableScroll.tsx';

export type BudgetValues = BudgetLineValues;
type Errors = Record<string, string>;

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
  warningsFor,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial: { year: string; allocated: string; spent: string; chapterPost: string; withinExisting: boolean };
  submitLabel: string;
  /** Another line with the same year and kap./post as `v`, if any. */
  duplicateOf(v: BudgetValues): BudgetLine | null;
  /** What else is unusual about `v` (more spent than allocated, a year long after the end). */
  warningsFor(v: BudgetValues): BudgetLineWarning[];
  onSubmit(v: BudgetValues): Promise<Errors | null>;
  onCancel?(): void;
}) {
  const [f, setF] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  // The question asked before saving a line that is allowed but unusual, and the field it is about.
  const [confirm, setConfirm] = useState<{ values: BudgetValues; title: string; text: string; field: string } | null>(
    null,
  );
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
    if (saving) return;
    // Every field first: a question about a duplicate or an unusual line is asked only about a line that can be saved.
    const read = readBudgetLine({
      year: f.year,
      allocated: f.allocated,
      spent: f.spent,
      chapterPost: f.chapterPost,
      withinExisting: f.withinExisting,
    });
    if (read.errors) {
      setErrors(read.errors);
      document.getElementById(`${idPrefix}-${Object.keys(read.errors)[0]}`)?.focus();
      return;
    }
    setErrors({});
    const values = read.values;
    const other = duplicateOf(values);
    const warnings: BudgetLineWarning[] = [
      ...(other
        ? [
            {
              field: 'year' as const,
              title: 'Samme år og kap./post som en annen linje – lagre likevel?',
              text: duplicateLineWarning(other),
            },
          ]
        : []),
      ...warningsFor(values),
    ];
    if (warnings.length === 0) void save(values);
    else
      setConfirm({
        values,
        title: warnings.length === 1 ? warnings[0].title : 'Lagre budsjettlinjen likevel?',
        text: warnings.map((w) => w.text).join(' '),
        field: warnings[0].field,
      });
  }

  async function save(values: BudgetValues) {
    setConfirm(null);
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
        {/* Not disabled while saving (aria-disabled): a disabled button loses focus, and the keyboard with it. */}
        <Button type="submit" data-size="sm" aria-disabled={saving || undefined}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
            Avbryt
          </Button>
        )}
      </div>
      <ConfirmDialog
        text={confirm?.text ?? null}
        title={confirm?.title ?? ''}
        confirmLabel="Lagre likevel"
        cancelLabel="Endre linjen"
        testId="budget-confirm"
        cancelFocus={`${idPrefix}-${confirm?.field ?? 'year'}`}
        onConfirm={() => confirm && void save(confirm.values)}
        onCancel={() => setConfirm(null)}
      />
    </form>
  );
}

export interface BudgetTableProps {
  summary: BudgetSummary;
  /** The measure's Sluttår: a line for a year long after it is asked about. */
  endYear: number | null;
  disabled?: boolean;
  onAdd(v: BudgetValues): Promise<Errors | null>;
  onUpdate(line: BudgetLine, changes: BudgetChanges): Promise<Errors | null>;
  /** Resolves to null when deleted, else the refusal. */
  onDelete(line: BudgetLine): Promise<Errors | null>;
}

const deleteId = (line: BudgetLine) => `budsjett-slett-${line.id}`;
const editId = (line: BudgetLine) => `budsjett-endre-${line.id}`;
const ADD_ID = 'budsjett-legg-til';

export function BudgetTable({ summary, endYear, disabled, onAdd, onUpdate, onDelete }: BudgetTableProps) {
  const [editing, setEditing] = useState<number | null>(null);
  const whenGone = useFocusWhenGone();
  // «Endre» gives way to the form (focus on its year); the form's Lagre and Avbryt to the row (focus on its «Endre»).
  const startEditing = (l: BudgetLine) => {
    whenGone([`budsjett-${l.id}-year`]);
    setEditing(l.id);
  };
  const stopEditing = (l: BudgetLine) => {
    whenGone([editId(l)]);
    setEditing(null);
  };
  // The row goes once the page has the budget again: then focus the next row's «Slett», else the previous row's,
  // else «Legg til budsjettlinje».
  const remove = async (l: BudgetLine) => {
    const at = summary.lines.findIndex((x) => x.id === l.id);
    const neighbours = [summary.lines[at + 1], summary.lines[at - 1]].filter((x) => x !== undefined);
    const forget = whenGone([...neighbours.map(deleteId), ADD_ID]);
    if (await onDelete(l)) forget();
  };
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
                        warningsFor={(v) => budgetLineWarnings(v, { endYear }, l)}
                        onCancel={() => stopEditing(l)}
                        onSubmit={async (v) => {
                          const refused = await onUpdate(l, v);
                          if (!refused) stopEditing(l);
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
                        <Button
                          id={editId(l)}
                          variant="tertiary"
                          data-size="sm"
                          disabled={disabled}
                          onClick={() => startEditing(l)}
                        >
                          Endre<span className="visually-hidden"> budsjettlinje {l.year}</span>
                        </Button>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          id={deleteId(l)}
                          data-color="danger"
                          disabled={disabled}
                          onClick={() => void remove(l)}
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
          <summary id={ADD_ID}>Legg til budsjettlinje</summary>
          <LineForm
            idPrefix="budsjett-ny"
            submitLabel="Legg til budsjettlinje"
            initial={{ year: String(thisYear), allocated: '', spent: '', chapterPost: '', withinExisting: false }}
            duplicateOf={duplicateOf(null)}
            warningsFor={(v) => budgetLineWarnings(v, { endYear })}
            onSubmit={onAdd}
          />
        </details>
      )}
    </section>
  );
}
