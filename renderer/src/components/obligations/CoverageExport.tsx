// «Last ned dekningstabell»: the coverage table as DOCX, XLSX, CSV, PDF or JSON, for the view's plans and date, or for
// a reporting period (its last day), in bokmål or English (the report pack's choice of language). A refusal is shown at
// its field.
import {
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { COVERAGE_FORMATS, type CoverageFormat } from '../../../../shared/api/view-params.ts';
import { formatDate } from '../../../../shared/format/nb.ts';
import { LANG_NAMES, LANGS, type Lang } from '../../../../shared/i18n/index.ts';
import { errorMessage, fieldErrors } from '../../api/client.ts';
import { useCoverageExport } from '../../hooks/useObligations.ts';
import '../../styles/ds/validation-message.css';

const FORMAT_LABELS: Record<CoverageFormat, string> = {
  docx: 'Word (DOCX)',
  xlsx: 'Excel (XLSX)',
  csv: 'CSV',
  pdf: 'PDF',
  json: 'JSON (for andre programmer)',
};

const PERIOD_FIELD = 'dekning-periode';

export function CoverageExport(props: {
  plans: string[] | undefined;
  asOf: string;
  /** The view is narrowed by part, ministry or agency (from Oversikt), which the table is not. */
  narrowed: boolean;
}) {
  const { plans, asOf, narrowed } = props;
  const [format, setFormat] = useState<CoverageFormat>('docx');
  const [period, setPeriod] = useState('');
  const [lang, setLang] = useState<Lang>('nb');
  const download = useCoverageExport();
  const errors = fieldErrors(download.error);
  const other =
    download.error && !errors.period && !errors.format && !errors.lang ? errorMessage(download.error) : null;
  return (
    <section className="coverage-export" aria-labelledby="dekningstabell">
      <Heading level={2} data-size="xs" id="dekningstabell">
        Last ned dekningstabell
      </Heading>
      <Paragraph data-size="sm">
        Hver forpliktelse med tiltakene og deres status, for NIMs oppfølging og GRETAs spørreskjema. Gjelder planene
        over, per {formatDate(asOf)}, eller for en periode.
        {narrowed &&
          ' Filteret fra Oversikt (del, departement, etat) gjelder ikke tabellen: alle tiltak i planene telles.'}
      </Paragraph>
      <form
        className="coverage-export__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (download.isPending) return;
          const p = period.trim();
          // A period refused: focus on its field, where the reason is said (it is not announced at the button).
          download.mutate(
            { format, planCodes: plans ?? [], lang, ...(p ? { period: p } : { asOf }) },
            { onError: (err) => fieldErrors(err).period && document.getElementById(PERIOD_FIELD)?.focus() },
          );
        }}
      >
        <Field>
          <Label>Format</Label>
          <Select value={format} onChange={(e) => setFormat(e.target.value as CoverageFormat)} width="auto">
            {COVERAGE_FORMATS.map((f) => (
              <Select.Option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </Select.Option>
            ))}
          </Select>
          {errors.format && <ValidationMessage>{errors.format}</ValidationMessage>}
        </Field>
        <Textfield
          id={PERIOD_FIELD}
          label="Periode (valgfritt)"
          description="Et år (2025) eller et tertial (2025-T2). Tom: per datoen over."
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          error={errors.period}
          autoComplete="off"
        />
        <Fieldset className="coverage-export__lang">
          <Fieldset.Legend>Språk</Fieldset.Legend>
          <Fieldset.Description>
            Forpliktelsenes tekster og tiltakenes titler står som de er skrevet.
          </Fieldset.Description>
          {LANGS.map((l) => (
            <Radio
              key={l}
              label={LANG_NAMES[l]}
              name="dekning-sprak"
              checked={lang === l}
              onChange={() => setLang(l)}
            />
          ))}
          {errors.lang && <ValidationMessage>{errors.lang}</ValidationMessage>}
        </Fieldset>
        {/* Not disabled while saving (aria-disabled): a disabled button loses focus, and the keyboard with it. */}
        <Button type="submit" variant="secondary" aria-disabled={download.isPending || undefined}>
          {download.isPending ? 'Lager filen …' : 'Last ned'}
        </Button>
      </form>
      {other && (
        <Paragraph data-size="sm" role="alert">
          {other}
        </Paragraph>
      )}
    </section>
  );
}
