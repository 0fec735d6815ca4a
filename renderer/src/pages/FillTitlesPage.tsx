// Fyll inn titler (#/titler?plan=<code>): titles for some or all of a plan's measures in one step, previewed first.
import { Alert, Field, Heading, Label, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FillTitlesResult } from '../../../shared/api/titles.contract.ts';
import { errorMessage, send } from '../api/client.ts';
import { hrefFor, navigate, useRoute } from '../app/router.ts';
import { QueryState } from '../components/QueryState.tsx';
import { useFocusWhenGone } from '../components/returnFocus.ts';
import { TitlesEditor } from '../components/titles/TitlesEditor.tsx';
import { keys, usePlans } from '../hooks/usePortfolio.ts';
import '../styles/settings.css';

export function FillTitlesPage() {
  const route = useRoute();
  const plans = usePlans();
  const param = route.params.get('plan');
  return (
    <>
      <Heading level={1} data-size="lg">
        Fyll inn titler
      </Heading>
      <Paragraph>
        Skriv eller lim inn titlene på tiltakene i en plan, én per linje: alle, eller noen få med nummeret foran. Du ser
        hva som blir lagret før du lagrer.
      </Paragraph>
      <QueryState query={plans}>
        {(list) => {
          // Any plan in the file; an unknown code in the URL falls back to the first plan.
          const planCode = list.find((p) => p.code === param)?.code ?? list[0]?.code ?? '';
          return (
            <>
              <Field className="plan-picker">
                <Label>Plan</Label>
                <Select value={planCode} onChange={(e) => navigate('/titler', { plan: e.target.value })} width="auto">
                  {list.map((p) => (
                    <Select.Option key={p.code} value={p.code}>
                      {p.title}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <PlanTitles key={planCode} planCode={planCode} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}

/** «2 titler er lagret. 16 gjenstår i planen.» */
const savedText = (r: FillTitlesResult) =>
  `${r.changed} ${r.changed === 1 ? 'tittel er' : 'titler er'} lagret. ` +
  (r.pendingLeft > 0 ? `${r.pendingLeft} gjenstår i planen.` : 'Ingen titler gjenstår i planen.');

function PlanTitles({ planCode }: { planCode: string }) {
  const qc = useQueryClient();
  const plans = usePlans();
  const partWordOf = (code: string) => plans.data?.find((p) => p.code === code)?.partWord ?? 'del';
  // Not refreshed behind the user's back: the preview's versions must be the ones they looked at.
  const measures = useQuery({
    queryKey: keys.measures(planCode),
    queryFn: () => send('measures:list', { planCode }),
    refetchOnWindowFocus: false,
  });
  const [saved, setSaved] = useState<FillTitlesResult | null>(null);
  const [round, setRound] = useState(0);
  // A save gives a fresh editor (its «Lagre titler» with it): focus goes to what was saved instead of <body>.
  const whenGone = useFocusWhenGone();
  const fill = useMutation({
    mutationFn: (input: { titles: string[]; expectedVersions: Record<string, number> }) =>
      send('measures:fillTitles', { planCode, ...input }),
    // On a conflict the preview is rebuilt from the current versions, so the user sees what changed.
    onSettled: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['measures:list'] }),
        qc.invalidateQueries({ queryKey: keys.info }),
      ]),
  });
  return (
    <QueryState query={measures}>
      {(list) => {
        const pending = list.filter((m) => m.titlePending).length;
        return (
          <>
            <Paragraph data-testid="pending-summary">
              Planen har {list.length} tiltak.{' '}
              {pending > 0
                ? `${pending} ${pending === 1 ? 'tittel er' : 'titler er'} ikke fylt inn ennå.`
                : 'Alle titlene er fylt inn.'}
            </Paragraph>
            {saved && (
              <Alert data-color="success" id="titler-lagret" tabIndex={-1}>
                {savedText(saved)} <Link href={hrefFor('/tiltak', { plan: planCode })}>Se tiltakene</Link>; der kan du
                velge flere rader og sette {partWordOf(planCode)} og ansvarlig departement for alle på én gang.
              </Alert>
            )}
            <TitlesEditor
              key={round}
              measures={list}
              saving={fill.isPending}
              saveError={fill.error ? errorMessage(fill.error) : null}
              onSave={(titles, expectedVersions) => {
                setSaved(null);
                const forget = whenGone(['titler-lagret']);
                // Once the save and its refetch are done: the message and a fresh editor in one render.
                fill.mutate(
                  { titles, expectedVersions },
                  {
                    onSuccess: (result) => {
                      setSaved(result);
                      setRound((r) => r + 1);
                    },
                    onError: forget,
                  },
                );
              }}
            />
          </>
        );
      }}
    </QueryState>
  );
}
