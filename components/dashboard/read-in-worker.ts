// Reads dropped or picked files with the Studio export reader in a worker, one file at a time,
// so a large export never blocks the page. Each file succeeds or fails on its own, and the
// creator can stop the whole reading: the worker is ended, whatever it was doing.
import { READ_LIMITS } from '@/utils/import/read-bounds';
import type { StudioFilePart } from '@/utils/import/studio-files';

export type FileReadResult = { name: string; part: StudioFilePart } | { name: string; error: string };

let worker: Worker | undefined;
let nextId = 0;

function readInWorker(name: string, data: ArrayBuffer, today: string, signal: AbortSignal): Promise<StudioFilePart> {
  if (signal.aborted) return Promise.reject(signal.reason);
  worker ??= new Worker(new URL('../../utils/import/read-worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  const w = worker;
  return new Promise((resolve, reject) => {
    const stop = () => {
      // The worker may be deep in one file: only ending it stops that.
      w.terminate();
      if (worker === w) worker = undefined;
      reject(signal.reason);
    };
    const onMessage = (event: MessageEvent<{ id: number; part?: StudioFilePart; error?: string }>) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      signal.removeEventListener('abort', stop);
      if (event.data.part) resolve(event.data.part);
      else reject(new Error(event.data.error ?? 'unreadable'));
    };
    signal.addEventListener('abort', stop, { once: true });
    w.addEventListener('message', onMessage);
    w.postMessage({ id, name, data, today }, [data]);
  });
}

/** Each file's part or reason; undefined when `signal` stopped the reading (nothing read is kept). */
export async function readStudioFiles(files: File[], today: string, signal: AbortSignal): Promise<FileReadResult[] | undefined> {
  const results: FileReadResult[] = [];
  for (const file of files) {
    if (signal.aborted) return undefined;
    try {
      // Not even loaded: a file this large is no Studio export, and would fill the page's memory.
      if (file.size > READ_LIMITS.fileBytes) throw new Error(`${file.name}: larger than any TikTok Studio export, so it was not read`);
      const data = await file.arrayBuffer();
      results.push({ name: file.name, part: await readInWorker(file.name, data, today, signal) });
    } catch (error) {
      if (signal.aborted) return undefined;
      results.push({ name: file.name, error: (error as Error).message });
    }
  }
  return signal.aborted ? undefined : results;
}
