// Links to measures in another plan ("videreført som strategi-tiltak 5"), shown on both measures.
import { Button, Field, Heading, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { MeasureLink, MeasureSummary, Plan } from '../../../../shared/domain/types.ts';
import { hrefFor } from '../../app/router.ts';
import '../../styles/ds/validation-message.css';

function phrase(l: MeasureLink): string {
  if (l.kind === 'relatert') return 'Henger sammen med';
  return l.direction === 'to' ? 'Videreført som' : 'Viderefører';
}

export interface LinksSectionProps {
  measure: MeasureSummary;
  links: MeasureLink[];
  plans: Plan[];
  candidates: MeasureSummary[];
  disabled?: boolean;
  onAdd(toId: number, kind: 'viderefort' | 'relatert'): Promise<string | null>;
  onRemove(link: MeasureLink): Promise<void>;
}

export function LinksSection({ measure, links, plans, candidates, disabled, onAdd, onRemove }: LinksSectionProps) {
  const [target, setTarget] = useState('');
  const [kind, setKind] = useState<'viderefort' | 'relatert'>('viderefort');
  const [error, setError] = useState('');
  const planTitle = (code: string) => plans.find((p) => p.code === code)?.title ?? code;
  const others = candidates.filter((m) => m.planCode !== measure.planCode && !links.some((l) => l.other.id === m.id));

  return (
    <section aria-labelledby="koblinger" className="detail-section">
      <Heading level={2} data-size="sm" id="koblinger">
        Koblinger til andre planer
      </Heading>
      {links.length === 0 ? (
        <Paragraph data-size="sm">Ingen koblinger.</Paragraph>
      ) : (
        <ul className="links-list">
          {links.map((l) => (
            <li key={l.id}>
              {phrase(l)}{' '}
              <a href={hrefFor(`/tiltak/${l.other.id}`)}>
                {l.other.planTitle}, tiltak {l.other.number}
              </a>
              {l.other.deleted && ' (i papirkurven)'}
              {!disabled && (
                <Button variant="tertiary" data-size="sm" onClick={() => void onRemove(l)}>
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
          <Field>
            <Label htmlFor="kobling-til">Tiltak i en annen plan</Label>
            <Select
              id="kobling-til"
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              aria-invalid={error ? true : undefined}
            >
              <Select.Option value="">Velg tiltak …</Select.Option>
              {others.map((m) => (
                <Select.Option key={m.id} value={String(m.id)}>
                  {planTitle(m.planCode)}: tiltak {m.number} – {m.title}
                </Select.Option>
              ))}
            </Select>
            {error && <ValidationMessage>{error}</ValidationMessage>}
          </Field>
          <Button type="submit" variant="secondary" data-size="sm">
            Legg til kobling
          </Button>
        </form>
      )}
    </section>
  );
}
