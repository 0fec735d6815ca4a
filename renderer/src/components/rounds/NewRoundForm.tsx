// «Ny innspillsrunde»: the period, the deadline (dd.mm.åååå) and, optionally, which ministries and agencies to ask.
// Refusals are shown at their field; a closed period is said before the round is made.
import { isSelectable } from '../../../../shared/domain/organisations.ts';
import { todayIso } from '../../../../shared/format/nb.ts';
import { Alert, Button, Checkbox, Fieldset, Heading } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { RoundInfo } from '../../../../shared/api/rounds.contract.ts';
import { errorMessage, fieldErrors } from '../../api/client.ts';
import { usePeriods } from '../../hooks/usePeriods.ts';
import { useOrganisations } from '../../hooks/usePortfolio.ts';
import { useCreateRound } from '../../hooks/useRounds.ts';
import { DateField } from '../DateField.tsx';
import { OrgPicker } from '../measure/OrgPicker.tsx';
import { QueryState } from '../QueryState.tsx';
import { PeriodSelect } from '../reports/PeriodSelect.tsx';
import '../../styles/ds/validation-message.css';

/** The form's fields by the core's names for them, in the order shown. */
const FIELDS = [
  ['period', 'runde-periode'],
  ['deadline', 'runde-frist'],
  ['recipients', 'runde-departementer'],
] as const;

export function NewRoundForm({ onCreated }: { onCreated(round: RoundInfo): void }) {
  const periods = usePeriods();
  const create = useCreateRound();
  const [period, setPeriod] = useState<string | null>(null);
  const [deadline, setDeadline] = useState('');
  const [recipients, setRecipients] = useState<string[]>([]);
  const organisations = useOrganisations().data ?? [];
  // The ministries that can be asked: current names, not retired (a renamed one is found by its former name).
  const ministries = organisations.filter((o) => o.kind === 'departement' && isSelectable(o, todayIso()));
  const [agencies, setAgencies] = useState(false);
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = { ...fieldErrors(create.error), ...local };

  function submit(e: FormEvent, current: string) {
    e.preventDefault();
    if (create.isPending) return;
    if (deadline === '') {
      setLocal({ deadline: 'Skriv fristen, for eksempel 15.12.2026.' });
      document.getElementById('runde-frist')?.focus();
      return;
    }
    setLocal({});
    create.mutate(
      {
        period: period ?? current,
        deadline,
        recipients,
        includeAgencies: agencies,
      },
      {
        onSuccess: onCreated,
        // Refused at a field: focus on the first one, where the reason is said (not heard at the button).
        onError: (err) => {
          const refused = fieldErrors(err);
          const first = FIELDS.find(([name]) => refused[name]);
          if (first) document.getElementById(first[1])?.focus();
        },
      },
    );
  }

  return (
    <section aria-labelledby="ny-runde" className="round-new">
      <Heading level={2} data-size="sm" id="ny-runde">
        Ny innspillsrunde
      </Heading>
      <QueryState query={periods}>
        {(list) => {
          const current = list.current.tertial;
          const chosen = [...list.tertials, ...list.years].find((p) => p.key === (period ?? current));
          return (
            <form onSubmit={(e) => submit(e, current)} noValidate className="round-new__form">
              <PeriodSelect
                id="runde-periode"
                label="Periode"
                list={list}
                value={period ?? current}
                onChange={setPeriod}
                error={errors.period}
              />
              {/* Said when another period is chosen too, not only when the page opens on a closed one. */}
              <div aria-live="polite">
                {chosen?.closed && (
                  <Alert data-color="warning">
                    {chosen.label} er lukket: godtatte svar blir korrigeringer etter lukking.
                  </Alert>
                )}
              </div>
              <DateField
                id="runde-frist"
                label="Frist for svar"
                value={deadline}
                onChange={setDeadline}
                error={errors.deadline}
              />
              <Fieldset>
                <Fieldset.Legend>Mottakere</Fieldset.Legend>
                <OrgPicker
                  id="runde-departementer"
                  label="Departementer (valgfritt; ingen valgt: alle som har tiltak)"
                  options={ministries}
                  all={organisations}
                  value={recipients}
                  onChange={setRecipients}
                  error={errors.recipients}
                  empty="Fant ingen departementer"
                />
                <Checkbox
                  label="Spør også etatene som står på tiltakene"
                  checked={agencies}
                  onChange={(e) => setAgencies(e.target.checked)}
                />
              </Fieldset>
              {create.isError && Object.keys(fieldErrors(create.error)).length === 0 && (
                <Alert data-color="danger" role="alert">
                  {errorMessage(create.error)}
                </Alert>
              )}
              <Button type="submit" aria-disabled={create.isPending || undefined}>
                {create.isPending ? 'Lager runden …' : 'Lag innspillsrunde'}
              </Button>
            </form>
          );
        }}
      </QueryState>
    </section>
  );
}
