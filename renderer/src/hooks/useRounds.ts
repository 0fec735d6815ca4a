// Input rounds: the rounds and their recipients, an answer's review, and the writes (new round, forms, sent, read an
// answer, accept, reject). Query keys start with the operation's name, so declared invalidation refetches them.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/api/contract.ts';
import type { Correction } from '../../../shared/api/rounds.contract.ts';
import { MAX_ANSWER_BYTES } from '../../../shared/api/view-params.ts';
import { ApiCallError, send } from '../api/client.ts';
import { downloadFile } from '../api/download.ts';

export function useRounds() {
  return useQuery({ queryKey: ['rounds:list'], queryFn: () => send('rounds:list') });
}

export function useRound(roundId: number) {
  return useQuery({ queryKey: ['rounds:get', roundId], queryFn: () => send('rounds:get', { roundId }) });
}

export function useReview(answerId: number) {
  return useQuery({
    queryKey: ['rounds:review', answerId],
    queryFn: () => send('rounds:review', { answerId }),
    retry: false,
  });
}

/**
 * The review with the coordinator's corrections, each checked by the core as the field is elsewhere; only asked while
 * there are corrections (and `enabled`: not once the answer is being decided, when a decided answer cannot be
 * corrected), keeping the previous answer on screen while the next is on its way.
 */
export function useCorrectedReview(answerId: number, corrections: Correction[], enabled = true) {
  return useQuery({
    queryKey: ['rounds:review', answerId, corrections],
    queryFn: () => send('rounds:review', { answerId, corrections }),
    enabled: enabled && corrections.length > 0,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useCreateRound() {
  return useMutation({ mutationFn: (input: InputOf<'rounds:create'>) => send('rounds:create', input) });
}

export function useForms() {
  return useMutation({
    mutationFn: async (input: { roundId: number; recipient?: string }) => {
      const file = await send('rounds:forms', input);
      downloadFile(file);
      return file;
    },
  });
}

export function useMarkSent() {
  return useMutation({ mutationFn: (input: InputOf<'rounds:markSent'>) => send('rounds:markSent', input) });
}

/** A file's bytes as base64, in pieces (a large file would overflow String.fromCharCode's arguments). */
export async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function useReadAnswer() {
  return useMutation({
    mutationFn: async (input: { roundId: number; file: File }) => {
      // Said before the bytes are sent, in the core's own words.
      if (input.file.size > MAX_ANSWER_BYTES)
        throw new ApiCallError({
          code: 'invalid',
          message: `Filen er for stor: et svar kan være høyst ${MAX_ANSWER_BYTES / 1024 / 1024} MB.`,
        });
      return send('rounds:readAnswer', {
        roundId: input.roundId,
        fileName: input.file.name,
        base64: await fileBase64(input.file),
      });
    },
  });
}

export function useAccept() {
  return useMutation({ mutationFn: (input: InputOf<'rounds:accept'>) => send('rounds:accept', input) });
}

export function useReject() {
  return useMutation({ mutationFn: (answerId: number) => send('rounds:reject', { answerId }) });
}
