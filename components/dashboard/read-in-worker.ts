// Reads dropped or picked files with the Studio export reader in a worker, one file at a time,
// so a large export never blocks the page. Each file succeeds or fails on its own.
import { READ_LIMITS } from '@/utils/import/read-bounds';
import type { StudioFilePart } from '@/utils/import/studio-files';

export type FileReadResult = { name: string; part: StudioFilePart } | { name: string; error: string };

let worker: Worker | undefined;
let nextId = 0;

function readInWorker(name: string, data: ArrayBuffer, today: string): Promise<StudioFilePart> {
  worker ??= new Worker(new URL('../../utils/import/read-worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  const w = worker;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<{ id: number; part?: StudioFilePart; error?: string }>) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      if (event.data.part) resolve(event.data.part);
      else reject(new Error(event.data.error ?? 'unreadable'));
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, name, data, today }, [data]);
  });
}

export async function readStudioFiles(files: File[], today: string): Promise<FileReadResult[]> {
  const results: FileReadResult[] = [];
  for (const file of files) {
    try {
      // Not even loaded: a file this large is no Studio export, and would fill the page's memory.
      if (file.size > READ_LIMITS.fileBytes) throw new Error(`${file.name}: larger than any TikTok Studio export, so it was not read`);
      const data = await file.arrayBuffer();
      results.push({ name: file.name, part: await readInWorker(file.name, data, today) });
    } catch (error) {
      results.push({ name: file.name, error: (error as Error).message });
    }
  }
  return results;
}
