// Reads dropped or picked files with the Studio export reader in a worker, one file at a time,
// so a large export never blocks the page. Each file succeeds or fails on its own; a worker that
// cannot load or crashes fails the file it was reading and every one after it, with words saying
// so, and the next import starts a new worker. The creator can stop the whole reading: the worker
// is ended, whatever it was doing.
import { READ_LIMITS } from '@/utils/import/read-bounds';
import type { StudioFilePart } from '@/utils/import/studio-files';

export type FileReadResult = { name: string; part: StudioFilePart } | { name: string; error: string };

type WorkerReply = { id: number; part?: StudioFilePart; error?: string };

/** The worker itself failed, not the file: reading more files with it would wait forever. */
class ReaderStopped extends Error {}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (part: StudioFilePart) => void; reject: (error: Error) => void }>();

export const READER_STOPPED = 'The file reader stopped before it finished';

function startWorker(): Worker {
  const w = new Worker(new URL('../../utils/import/read-worker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    if (event.data.part) waiting.resolve(event.data.part);
    else waiting.reject(new Error(event.data.error ?? 'unreadable'));
  });
  const stop = (event: Event) => {
    const detail = event instanceof ErrorEvent && event.message ? event.message : event.type === 'messageerror' ? 'its answer could not be read' : 'it could not start';
    for (const { reject } of pending.values()) reject(new ReaderStopped(`${READER_STOPPED} (${detail}). Try again, or reload this page.`));
    pending.clear();
    w.terminate();
    if (worker === w) worker = undefined;
  };
  w.addEventListener('error', stop);
  w.addEventListener('messageerror', stop);
  return w;
}

function readInWorker(name: string, data: ArrayBuffer, today: string, signal: AbortSignal): Promise<StudioFilePart> {
  if (signal.aborted) return Promise.reject(signal.reason);
  worker ??= startWorker();
  const id = nextId++;
  const w = worker;
  return new Promise((resolve, reject) => {
    const stop = () => {
      // The worker may be deep in one file: only ending it stops that.
      pending.delete(id);
      w.terminate();
      if (worker === w) worker = undefined;
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
    const settled = <T>(then: (value: T) => void) => (value: T) => {
      signal.removeEventListener('abort', stop);
      then(value);
    };
    pending.set(id, { resolve: settled(resolve), reject: settled(reject) });
    w.postMessage({ id, name, data, today }, [data]);
  });
}

/** Each file's part or reason; undefined when `signal` stopped the reading (nothing read is kept). */
export async function readStudioFiles(files: File[], today: string, signal: AbortSignal): Promise<FileReadResult[] | undefined> {
  const results: FileReadResult[] = [];
  let stopped: string | undefined;
  for (const file of files) {
    if (signal.aborted) return undefined;
    if (stopped) {
      results.push({ name: file.name, error: stopped });
      continue;
    }
    try {
      // Not even loaded: a file this large is no Studio export, and would fill the page's memory.
      if (file.size > READ_LIMITS.fileBytes) throw new Error(`${file.name}: larger than any TikTok Studio export, so it was not read`);
      const data = await file.arrayBuffer();
      results.push({ name: file.name, part: await readInWorker(file.name, data, today, signal) });
    } catch (error) {
      if (signal.aborted) return undefined;
      if (error instanceof ReaderStopped) stopped = error.message;
      results.push({ name: file.name, error: (error as Error).message });
    }
  }
  return signal.aborted ? undefined : results;
}
