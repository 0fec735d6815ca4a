// «N tiltak valgt»: set the part (in the plan's own word) and/or the owner ministry of the chosen measures in one
// step — one operation in the core, audited per measure, undone in one with «Angre» here (Ctrl+Z).
import { Button, Field, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { RegisterRow } from '../../../../shared/api/register.contract.ts';
import { REGISTER_WINDOW } from '../../../../shared/api/view-params.ts';
import { orgDisplayName, isSelectable } from '../../../../shared/domain/organisations.ts';
import { todayIso } from '../../../../shared/format/nb.ts';
import type { Organisation, Plan } from '../../../../shared/domain/types.ts';
import { fieldErrors, send } from '../../api/client.ts';
import { UndoToolbar } from '../UndoToolbar.tsx';
import { useAnnouncer } from '../useAnnouncer.ts';
import '../../styles/ds/validation-message.css';
import { Announcements } from '../Announcements.tsx';

const KEEP = 'behold';
const NONE = 'ingen';
const REGISTER_SCOPE = { kind: 'register' } as const;

/** The chosen measures as they are now (their versions), fetched a window at a time. */
async function currentRows(ids: number[], asOf: string): Promise<RegisterRow[]> {
  const windows: number[][] = [];
  for (let i = 0; i < ids.length; i += REGISTER_WINDOW) windows.push(ids.slice(i, i + REGISTER_WINDOW));
  const answers = await Promise.all(windows.map((w) => send('measures:rows', { ids: w, asOf })));
  return answers.flatMap((a) => a.rows);
}

export function BulkEdit(props: {
  chosen: number[];
  /** The chosen measures' plans (more than one: the part cannot be set). */
  plans: Plan[];
  organisations: Organisation[];
  asOf: string;
  onClear(): void;
}) {
  const { chosen, plans, organisations, asOf, onClear } = props;
  const say = useAnnouncer();
  const [part, setPart] = useState(KEEP);
  const [owner, setOwner] = useState(KEEP);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const plan = plans.length === 1 ? plans[0] : undefined;
  const word = plan ? plan.partWord : [...new Set(plans.map((p) => p.partWord))].join(' / ') || 'del';
  const ministries = organisations.filter((o) => o.kind === 'departement' && isSelectable(o, todayIso()));
  const n = chosen.length;
  const nothing = part === KEEP && owner === KEEP;

  /** The first field that can be changed (the part is locked when the measures come from more than one plan). */
  const firstField = () => document.getElementById(plan ? 'bulk-part' : 'bulk-owner');

  async function apply() {
    if (saving || nothing || n === 0) return;
    setSaving(true);
    setErrors({});
    try {
      const rows = await currentRows(chosen, asOf);
      const changes = {
        ...(part !== KEEP ? { part: part === NONE ? null : Number(part) } : {}),
        ...(owner !== KEEP ? { owner: owner === NONE ? null : owner } : {}),
      };
      const r = await send('measures:updateMany', {
        items: rows.map((row) => ({ id: row.id, version: row.version, changes })),
      });
      say.announce(r.label ? `Lagret: ${r.label}.` : 'Ingenting å endre: de valgte tiltakene hadde dette fra før.');
      // Both choices go back to «Ikke endre», which disables the button: focus goes to the first field first, not
      // to <body> with the disabled button.
      firstField()?.focus();
      setPart(KEEP);
      setOwner(KEEP);
    } catch (err) {
      const f = fieldErrors(err);
      setErrors(f);
      if (f.part || f.owner) document.getElementById(f.part ? 'bulk-part' : 'bulk-owner')?.focus();
      else say.fail(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="bulk-edit" aria-labelledby="bulk-edit-heading">
      <h2 id="bulk-edit-heading" className="bulk-edit__heading">
        {n > 0 ? `${n} tiltak valgt` : 'Endre flere tiltak'}
      </h2>
      {n > 0 && (
        <div className="bulk-edit__fields">
          <Field>
            <Label htmlFor="bulk-part">Sett {word}</Label>
            <Select
              id="bulk-part"
              value={part}
              onChange={(e) => setPart(e.target.value)}
              disabled={!plan}
              aria-invalid={errors.part ? true : undefined}
            >
              <Select.Option value={KEEP}>Ikke endre</Select.Option>
              <Select.Option value={NONE}>Ikke plassert</Select.Option>
              {plan?.parts.map((p) => (
                <Select.Option key={p.id} value={String(p.id)}>
                  {p.number}. {p.title}
                </Select.Option>
              ))}
            </Select>
            {!plan && (
              <Paragraph data-size="xs" className="muted">
                Velg tiltak fra én plan for å sette {word}.
              </Paragraph>
            )}
            {errors.part && <ValidationMessage>{errors.part}</ValidationMessage>}
          </Field>
          <Field>
            <Label htmlFor="bulk-owner">Sett ansvarlig departement</Label>
            <Select
              id="bulk-owner"
              value={owner}
              onChange={(e) => setOwner(e.target.value)}
              aria-invalid={errors.owner ? true : undefined}
            >
              <Select.Option value={KEEP}>Ikke endre</Select.Option>
              <Select.Option value={NONE}>Ikke fylt inn</Select.Option>
              {ministries.map((o) => (
                <Select.Option key={o.abbrev} value={o.abbrev}>
                  {orgDisplayName(o)}
                </Select.Option>
              ))}
            </Select>
            {errors.owner && <ValidationMessage>{errors.owner}</ValidationMessage>}
          </Field>
          {/* Not disabled while saving (aria-disabled): a disabled button loses focus, and the keyboard with it. */}
          <Button
            data-size="sm"
            onClick={() => void apply()}
            disabled={nothing && !saving}
            aria-disabled={saving || undefined}
          >
            {saving ? 'Lagrer …' : `Endre ${n} tiltak`}
          </Button>
          <Button data-size="sm" variant="tertiary" onClick={onClear}>
            Fjern valget
          </Button>
        </div>
      )}
      <UndoToolbar scope={REGISTER_SCOPE} say={say} label="Angre endringer av flere tiltak" />
      <Announcements say={say} />
    </section>
  );
}
