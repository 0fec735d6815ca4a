// Links to measures in another plan ("videreført som strategi-tiltak 5"), shown on both measures. «Fjern» takes its
// link away: focus goes to the next link's «Fjern», else the previous one's, else the picker.
import { Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import type { MeasureLink, MeasureName, MeasureSummary } from '../../../../shared/domain/types.ts';
import { hrefFor, useUnsavedChanges } from '../../app/router.ts';
import { usePlanLookup } from '../../hooks/usePortfolio.ts';
import { MeasurePicker } from './MeasurePicker.tsx';
import '../../styles/ds/validation-message.css';
import { useFocusWhenGone } from '../returnFocus.ts';

function phrase(l: MeasureLink): string {
  if (l.kind === 'relatert') return 'Henger sammen med';
  return l.direction === 'to' ? 'Videreført som' : 'Viderefører';
}

export interface LinksSectionProps {
  measure: MeasureSummary;
  links: MeasureLink[];
  candidates: MeasureName[];
  disabled?: boolean;
  onAdd(toId: number, kind: 'viderefort' | 'relatert'): Promise<string | null>;
  onRemove(link: MeasureLink): Promise<void>;
}

export function LinksSection({ measure, links, candidates, disabled, onAdd, onRemove }: LinksSectionProps) {
  const [target, setTarget] = useState('');
  const [kind, setKind] = useState<'viderefort' | 'relatert'>('viderefort');
  const [error, setError] = useState('');
  // A measure chosen and not yet linked: leaving the page asks first.
  useUnsavedChanges(target !== '');
  const whenGone = useFocusWhenGone();
  const removeId = (l: MeasureLink) => `kobling-fjern-${l.id}`;
  const remove = (l: MeasureLink, at: number) => {
    whenGone(
      [links[at + 1], links[at - 1]]
        .filter((x) => x !== undefined)
        .map(removeId)
        .concat('kobling-til'),
    );
    void onRemove(l);
  };
  const plan = usePlanLookup();
  const others = useMemo(() => {
    const linked = new Set(links.map((l) => l.other.id));
    return candidates.filter((m) => m.planCode !== measure.planCode && !linked.has(m.id));
  }, [candidates, links, measure.planCode]);

  return (
    <section aria-labelledby="koblinger" className="detail-section">
      <Heading level={2} data-size="sm" id="koblinger">
        Koblinger til andre planer
      </Heading>
      {links.length === 0 ? (
        <Paragraph data-size="sm">Ingen koblinger.</Paragraph>
      ) : (
        <ul className="links-list">
          {links.map((l, at) => (
            <li key={l.id}>
              {phrase(l)}{' '}
              <a href={hrefFor(`/tiltak/${l.other.id}`)}>
                {l.other.planTitle}, tiltak {l.other.number}
              </a>
              {l.other.deleted && ' (i papirkurven)'}
              {!disabled && (
                <Button id={removeId(l)} variant="tertiary" data-size="sm" onClick={() => remove(l, at)}>
                  Fjern<span className="visually-hidden"> koblingen til tiltak {l.other.number}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!disabled && others.length > 0 && (
        <form
          className="links-form"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!target) {
              setError('Velg et tiltak å koble til.');
              document.getElementById('kobling-til')?.focus();
              return;
            }
            const refused = await onAdd(Number(target), kind);
            setError(refused ?? '');
            if (!refused) setTarget('');
          }}
        >
          <Field>
            <Label htmlFor="kobling-type">Type</Label>
            <Select
              id="kobling-type"
              value={kind}
              onChange={(e) => setKind(e.target.value as 'viderefort' | 'relatert')}
              width="auto"
            >
              <Select.Option value="viderefort">Videreført som</Select.Option>
              <Select.Option value="relatert">Henger sammen med</Select.Option>
            </Select>
          </Field>
          <MeasurePicker
            id="kobling-til"
            label="Tiltak i en annen plan"
            measures={others}
            plan={plan}
            value={target}
            onChange={setTarget}
            error={error || undefined}
          />
          <Button type="submit" variant="secondary" data-size="sm">
            Legg til kobling
          </Button>
        </form>
      )}
    </section>
  );
}
