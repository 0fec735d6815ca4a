// «Last ned» for a report document: Word, PDF and Excel from the same document as the preview.
import { Button, Heading } from '@digdir/designsystemet-react';
import type { DocumentFormat } from '../../../../shared/api/documents.contract.ts';
import { ExportProgress } from './ExportProgress.tsx';
import { useDocumentExport, type DocumentChoice } from '../../hooks/usePeriods.ts';

const FORMATS: { format: DocumentFormat; label: string }[] = [
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'pdf', label: 'PDF' },
  { format: 'xlsx', label: 'Excel (XLSX)' },
];

export function DocumentDownloads({ document, ready, id }: { document: DocumentChoice; ready: boolean; id: string }) {
  const exporter = useDocumentExport();
  return (
    <section aria-labelledby={id} className="report-export">
      <Heading level={2} data-size="sm" id={id}>
        Last ned
      </Heading>
      <div className="report-export__buttons">
        {FORMATS.map(({ format, label }) => (
          <Button
            key={format}
            variant={format === 'docx' ? 'primary' : 'secondary'}
            disabled={!ready}
            // While a file is made, aria-disabled, not disabled: the button used keeps focus.
            aria-disabled={exporter.isPending || undefined}
            onClick={() => !exporter.isPending && exporter.mutate({ document, format })}
          >
            {label}
          </Button>
        ))}
      </div>
      <ExportProgress exporter={exporter} />
    </section>
  );
}
