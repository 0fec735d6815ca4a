// The typed client: the UI calls send(name, input) and never sees the transport. In the desktop app the
// preload's bridge exists; in the browser preview the same operations are served over HTTP on 127.0.0.1.
import type { ApiError, ApiResult } from '../../../shared/api/errors.ts';
import type { InputOf, OperationName, OutputOf } from '../../../shared/api/contract.ts';
import contract from 'virtual:operation-topics';
import type { Topic } from '../../../shared/api/op.ts';

type Bridge = Record<string, (input: unknown) => Promise<ApiResult<unknown>>>;

declare global {
  interface Window {
    tiltak?: Bridge;
  }
}

export class ApiCallError extends Error {
  readonly error: ApiError;
  constructor(error: ApiError) {
    super(error.message);
    this.error = error;
  }
}

async function overHttp(name: string, input: unknown): Promise<ApiResult<unknown>> {
  const res = await fetch(`/api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input ?? {}),
  });
  return (await res.json()) as ApiResult<unknown>;
}

/** Told after each write settles, with what it declares it changes; `send` waits for them (the refetch). */
type WriteListener = (changed: readonly Topic[]) => Promise<unknown>;
const writeListeners = new Set<WriteListener>();

export function onWrite(listener: WriteListener): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

// A refused write may mean the view is stale (someone else changed or removed the record): refresh then too.
const STALE_CODES = new Set(['conflict', 'not-found']);

/** A stale measure save: the conflict dialog shows what changed and reloads only if the user asks (the form
 * keeps the user's edits meanwhile). */
const leftToDialog = (e: ApiError) =>
  e.code === 'conflict' && Array.isArray((e.details as { changes?: unknown })?.changes);

async function announce(name: OperationName, result: ApiResult<unknown> | null): Promise<void> {
  const op = contract[name];
  if (op.reads || op.topics.length === 0) return;
  if (result && !result.ok && (!STALE_CODES.has(result.error.code) || leftToDialog(result.error))) return;
  await Promise.all([...writeListeners].map((l) => l(op.topics)));
}

/** Refreshes what the given kinds of data feed, as a write declaring them would (e.g. «Last inn på nytt»). */
export async function refreshTopics(topics: readonly Topic[]): Promise<void> {
  await Promise.all([...writeListeners].map((l) => l(topics)));
}

/** How the server's render of the first page asks the core, in-process (server.tsx); never set in the browser. */
let inProcess: ((name: string, input: unknown) => Promise<ApiResult<unknown>>) | null = null;
export function answerInProcess(transport: typeof inProcess): void {
  inProcess = transport;
}

export async function send<K extends OperationName>(
  name: K,
  ...args: undefined extends InputOf<K> ? [InputOf<K>?] : [InputOf<K>]
): Promise<OutputOf<K>> {
  const input = args[0];
  const bridge = inProcess ? null : window.tiltak;
  let result: ApiResult<unknown>;
  try {
    result = inProcess
      ? await inProcess(name, input)
      : bridge
        ? await bridge[name](input)
        : await overHttp(name, input);
  } catch {
    throw new ApiCallError({ code: 'internal', message: 'Fikk ikke kontakt med programmets kjerne. Prøv igjen.' });
  }
  await announce(name, result);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as OutputOf<K>;
}

/** The message to show for any failure, in Norwegian. */
export function errorMessage(err: unknown): string {
  return err instanceof ApiCallError ? err.error.message : 'Noe gikk galt. Prøv igjen.';
}

export function fieldErrors(err: unknown): Record<string, string> {
  return err instanceof ApiCallError ? (err.error.fields ?? {}) : {};
}
