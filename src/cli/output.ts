import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

/**
 * A line writer that respects back-pressure and ends quietly when the reader goes away
 * (`lagebild events | head`).
 */
export interface LineWriter { write(s: string): Promise<void>; close(): Promise<void> }

export function lineWriter(outFile?: string): LineWriter {
  const stream: Writable = outFile ? createWriteStream(outFile) : process.stdout;
  let broken: Error | null = null;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    broken = e;
    if (e.code === 'EPIPE' && !outFile) process.exit(process.exitCode ?? 0);
  });
  return {
    async write(s) {
      if (broken) throw broken;
      if (!stream.write(s)) await new Promise<void>((res, rej) => { stream.once('drain', res); stream.once('error', rej); });
    },
    async close() {
      if (broken) throw broken;
      if (!outFile) return;
      await new Promise<void>((res, rej) => { stream.once('error', rej); stream.end(res); });
    },
  };
}
