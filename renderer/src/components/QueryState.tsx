// Loading and error states for a query, so each page does not repeat them.
import { Alert } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { errorMessage } from '../api/client.ts';
import { LoadingSpinner } from './LoadingSpinner.tsx';

export function QueryState<T>({
  query,
  children,
}: {
  query: { data?: T; error: unknown; isPending: boolean };
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <LoadingSpinner aria-label="Laster …" data-size="md" />;
  if (query.error || query.data === undefined) return <Alert data-color="danger">{errorMessage(query.error)}</Alert>;
  return <>{children(query.data)}</>;
}
