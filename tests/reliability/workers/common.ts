// Shared bits of the reliability worker processes (run with plain `node`, killed at random by the tests).
import { writeSync } from 'node:fs';

export const RESOURCES = new URL('../../../resources', import.meta.url).pathname;

/** One line on stdout, written synchronously: when the parent reads "ack …", the commit had returned. */
export function say(line: string): void {
  writeSync(1, `${line}\n`);
}

const pause = new Int32Array(new SharedArrayBuffer(4));
export function sleepMs(ms: number): void {
  if (ms > 0) Atomics.wait(pause, 0, 0, ms);
}

/** Resolves when the parent writes "go" on stdin (so two workers start their edits together). */
export function waitForGo(): Promise<void> {
  return new Promise((ok) => {
    process.stdin.setEncoding('utf8');
    let buf = '';
    process.stdin.on('data', (c: string) => {
      buf += c;
      if (buf.includes('go')) ok();
    });
  });
}
