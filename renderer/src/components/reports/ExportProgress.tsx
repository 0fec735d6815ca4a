// What a «Last ned» button is doing, announced: making the file, the file downloaded, or why it failed.
import { Alert, Spinner } from '@digdir/designsystemet-react';
import { errorMessage } from '../../api/client.ts';

export interface ExportState {
  isPending: boolean;
  isSuccess: boolean;
  isError: boolean;
  data?: { fileName: string };
  error: unknown;
}

export function ExportProgress({ exporter }: { exporter: ExportState }) {
  return (
    <>
      <div role="status" aria-live="polite" className="report-export__status">
        {exporter.isPending && (
          <>
            <Spinner aria-hidden data-size="sm" /> Lager filen …
          </>
        )}
        {exporter.isSuccess && `Lastet ned ${exporter.data?.fileName}.`}
      </div>
      {exporter.isError && <Alert data-color="danger">{errorMessage(exporter.error)}</Alert>}
    </>
  );
}
