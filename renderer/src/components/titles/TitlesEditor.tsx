// Paste or type titles, one per line, for some or all measures → a preview of every measure (number, title now,
// title after) → save.
// Pure: the page gives it the plan's measures and a save function, so it is tested without the core.
import {
  Alert,
  Button,
  Checkbox,
  Field,
  Label,
  Paragraph,
  Select,
  Table,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useMemo, useRef, useState } from 'react';
import {
  buildTitlePreview,
  guessTitleColumn,
  pastedRows,
  type PastedRows,
  type TitleTarget,
} from '../../../../shared/domain/titles.ts';
import '../../styles/ds/validation-message.css';
import '../../styles/settings.css';
import '../../styles/ds/table.css';
import { TableScroll } from '../TableScroll.tsx';

export interface TitlesEditorProps {
  measures: readonly TitleTarget[];
  saving: boolean;
  /** The core's refusal (a sentence), if the last save was refused. */
  saveError: string | null;
  onSave(titles: string[], expectedVersions: Record<string, number>): void;
}

export function TitlesEditor({ measures, saving, saveError, onSave }: TitlesEditorProps) {
  const [text, setText] = useState('');
  const [confirmOverwrite, setConfirmOverwrite] = useState(false);
  const [tried, setTried] = useState(false);
  // Rows pasted from Excel come with all their cells: the user picks the column with the titles (a guess first).
  const table = useMemo(() => pastedRows(text), [text]);
  const [chosenColumn, setColumn] = useState<number | null>(null);
  const column = table.columns > 1 ? Math.min(chosenColumn ?? guessTitleColumn(table), table.columns - 1) : 0;
  // The versions the preview was made from: a measure changed after this is a conflict, not overwritten.
  const preview = useMemo(() => buildTitlePreview(measures, text, column), [measures, text, column]);
  const stillPending = preview.rows.filter((r) => r.stillPending).length;
  const overwrites = preview.rows.filter((r) => r.overwrites).length;
  const problems = preview.rows.filter((r) => r.problem !== null);
  const hasText = text.trim() !== '';
  const textRef = useRef<HTMLTextAreaElement | HTMLInputElement>(null);

  const blocked = !preview.ok
    ? hasText
      ? 'Rett opp det som er merket før du lagrer.'
      : 'Lim inn eller skriv titlene først.'
    : null;
  const overwriteMissing = overwrites > 0 && !confirmOverwrite;

  const save = () => {
    if (saving) return;
    setTried(true);
    // Refused: focus on what is to be put right, the text or the box that confirms the overwrite.
    if (blocked || overwriteMissing) {
      if (blocked) textRef.current?.focus();
      else document.getElementById('titler-overskriv')?.focus();
      return;
    }
    onSave(
      preview.rows.map((r) => r.newTitle ?? ''),
      Object.fromEntries(measures.map((m) => [String(m.id), m.version])),
    );
  };

  return (
    <div className="titles-editor">
      <Textfield
        ref={textRef}
        multiline
        rows={12}
        label="Titler, én per linje i nummerrekkefølge"
        description={
          `Lim inn fra Word, Excel eller e-post: linje 1 blir tittelen på tiltak ${measures[0]?.number ?? 1}, ` +
          'linje 2 på det neste, osv. Står nummeret foran hver linje («16. …», «Tiltak 16:») eller i en egen ' +
          'kolonne fra Excel, havner tittelen på det tiltaket, så du kan fylle inn noen få om gangen. En tom linje, ' +
          'og tiltak uten linje, beholder tittelen de har. Hele rader fra Excel går også: velg da kolonnen med titlene.'
        }
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setColumn(null);
        }}
        error={tried && blocked && hasText ? blocked : undefined}
        spellCheck
      />
      {table.columns > 1 && <ColumnChoice table={table} column={column} onChange={setColumn} />}
      <div aria-live="polite" className="line-count">
        {preview.countMessage ? (
          <ValidationMessage data-testid="line-count-message">{preview.countMessage}</ValidationMessage>
        ) : hasText ? (
          <Paragraph data-size="sm" data-testid="line-count">
            {preview.byNumber ? 'Linjene er plassert etter nummeret foran tittelen. ' : ''}
            {`Tittel for ${preview.given} av ${measures.length} tiltak`}
            {preview.given < measures.length ? '; de andre beholder tittelen de har.' : '.'}
            {problems.length > 0
              ? ` ${problems.length} ${problems.length === 1 ? 'linje må' : 'linjer må'} rettes.`
              : ''}
            {overwrites > 0
              ? ` ${overwrites} ${overwrites === 1 ? 'linje overskriver en tittel' : 'linjer overskriver titler'}` +
                ' som allerede er fylt inn.'
              : ''}
            {stillPending > 0
              ? ` ${stillPending} ${stillPending === 1 ? 'linje står' : 'linjer står'} fortsatt som «Tiltak N»` +
                ' og teller ikke som utfylt.'
              : ''}
          </Paragraph>
        ) : (
          <Paragraph data-size="sm">
            Planen har {measures.length} tiltak. Lim inn titlene for alle eller noen av dem.
          </Paragraph>
        )}
      </div>

      {hasText && (
        <>
          <TableScroll label="Forhåndsvisning: dette blir lagret">
            <Table data-size="sm" className="titles-preview" data-testid="titles-preview">
              <caption>Forhåndsvisning: dette blir lagret</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Nr.</Table.HeaderCell>
                  <Table.HeaderCell>Tittel nå</Table.HeaderCell>
                  <Table.HeaderCell>Ny tittel</Table.HeaderCell>
                  <Table.HeaderCell>Merknad</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {preview.rows.map((r) => (
                  <Table.Row
                    key={r.measureId}
                    data-testid="preview-row"
                    className={r.problem ? 'row-problem' : r.overwrites ? 'row-overwrite' : undefined}
                  >
                    <Table.Cell>{r.number}</Table.Cell>
                    <Table.Cell>
                      {r.oldPending ? <span className="unfilled">{r.oldTitle} (ikke fylt inn)</span> : r.oldTitle}
                    </Table.Cell>
                    <Table.Cell>
                      {r.newTitle === null ? <span className="unfilled">Ingen linje</span> : r.newTitle}
                    </Table.Cell>
                    <Table.Cell>
                      {r.problem ? (
                        <Tag data-color="danger" data-size="sm">
                          {r.problem}
                        </Tag>
                      ) : r.overwrites ? (
                        <Tag data-color="warning" data-size="sm">
                          Overskriver utfylt tittel
                        </Tag>
                      ) : r.stillPending ? (
                        <Tag data-color="neutral" data-size="sm">
                          Ikke fylt inn
                        </Tag>
                      ) : r.unchanged ? (
                        'Uendret'
                      ) : r.newTitle === null ? (
                        'Beholdes'
                      ) : (
                        'Ny'
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
          {preview.extraLines.length > 0 && (
            <Alert data-color="warning" data-size="sm">
              Disse linjene har ikke noe tiltak å høre til: {preview.extraLines.map((l) => `«${l.raw}»`).join(', ')}
            </Alert>
          )}
        </>
      )}

      {overwrites > 0 && (
        <Checkbox
          id="titler-overskriv"
          label={`Ja, overskriv ${overwrites} ${overwrites === 1 ? 'tittel' : 'titler'} som allerede er fylt inn`}
          checked={confirmOverwrite}
          onChange={(e) => setConfirmOverwrite(e.target.checked)}
          error={
            tried && overwriteMissing
              ? 'Kryss av for å bekrefte, eller endre linjene som er merket «Overskriver utfylt tittel».'
              : undefined
          }
        />
      )}
      {saveError && (
        <Alert data-color="danger" role="alert">
          {saveError}
        </Alert>
      )}
      <div>
        {/* Not disabled while saving (aria-disabled): a disabled button loses focus, and the keyboard with it. */}
        <Button onClick={save} aria-disabled={saving || undefined}>
          {saving ? 'Lagrer …' : 'Lagre titler'}
        </Button>
      </div>
    </div>
  );
}

/** «Tittelen står i kolonne»: each column named by its first cell, so the user sees which one holds the titles. */
function ColumnChoice({ table, column, onChange }: { table: PastedRows; column: number; onChange(c: number): void }) {
  const sample = (c: number) => table.rows.find((r) => (r[c] ?? '') !== '')?.[c] ?? '';
  const short = (t: string) => (t.length > 60 ? `${t.slice(0, 57)}…` : t);
  return (
    <Field className="titles-column">
      <Label htmlFor="tittel-kolonne">Tittelen står i kolonne</Label>
      <Field.Description>
        Radene du limte inn har {table.columns} celler hver. Velg kolonnen med titlene; de andre cellene lagres ikke.
      </Field.Description>
      <Select id="tittel-kolonne" value={String(column)} onChange={(e) => onChange(Number(e.target.value))}>
        {Array.from({ length: table.columns }, (_, c) => (
          <Select.Option key={c} value={String(c)}>
            {`Kolonne ${c + 1}: «${short(sample(c)) || 'tom'}»`}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
