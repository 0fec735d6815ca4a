// Oversikt for a closed year shows each measure's status as it is registered now, corrections after closing
// included, while the report pack «som rapportert» shows what was reported when the year was closed. Said under the
// as-of line, so the figures on the projector are not taken for the reported ones (QA: Oversikt said 2 without a
// status where the reported pack said 3).
import { Paragraph } from '@digdir/designsystemet-react';
import { formatDateTime } from '../../../../shared/format/nb.ts';
import { usePeriods } from '../../hooks/usePeriods.ts';

export function ClosedYearNote({ year }: { year: number }) {
  const periods = usePeriods();
  const info = periods.data?.years.find((p) => p.key === String(year));
  if (!info?.closed) return null;
  const closing = info.events.find((e) => e.action === 'close');
  return (
    <Paragraph data-size="sm" className="dashboard__asof" data-testid="closed-year-note">
      {year} er lukket{closing ? ` (${formatDateTime(closing.at)})` : ''}. Tallene her er status slik den er registrert
      nå, med korrigeringer etter lukkingen; rapportpakken «som rapportert» viser det som ble rapportert.
    </Paragraph>
  );
}
