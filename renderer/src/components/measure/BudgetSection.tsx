// The measure's budget lines, with add / change / delete; field errors stay at the form, other refusals on the page.
import type { BudgetChanges } from '../../../../shared/api/budget.contract.ts';
import type { BudgetSummary } from '../../../../shared/domain/types.ts';
import { errorMessage, fieldErrors, send } from '../../api/client.ts';
import { BudgetTable } from './BudgetTable.tsx';
import { formFieldErrors } from './fieldDraft.ts';
import type { Announcer } from '../useAnnouncer.ts';

export function BudgetSection(props: {
  measureId: number;
  summary: BudgetSummary;
  /** The measure's Sluttår, for the question about a line long after it. */
  endYear: number | null;
  disabled: boolean;
  say: Announcer;
}) {
  const { measureId, summary, endYear, disabled, say } = props;
  // Resolves to null when saved, else the errors to show at the form («_» for the whole form).
  const attempt = async (fn: () => Promise<unknown>, done: string): Promise<Record<string, string> | null> => {
    try {
      await fn();
      say.announce(done);
      return null;
    } catch (err) {
      const f = formFieldErrors(fieldErrors(err));
      if (Object.keys(f).length > 0) return f;
      say.fail(err);
      return { _: errorMessage(err) };
    }
  };
  return (
    <BudgetTable
      summary={summary}
      endYear={endYear}
      disabled={disabled}
      onAdd={(v) => attempt(() => send('budget:add', { measureId, ...v }), 'Budsjettlinjen er lagt til')}
      onUpdate={(line, changes: BudgetChanges) =>
        attempt(() => send('budget:update', { id: line.id, version: line.version, changes }), 'Lagret')
      }
      onDelete={(line) =>
        attempt(() => send('budget:delete', { id: line.id, version: line.version }), 'Budsjettlinjen er slettet')
      }
    />
  );
}
