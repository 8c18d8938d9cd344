// Reads export files off the page's main thread, so a large export never freezes the dashboard.
// Message in: { name, data: ArrayBuffer, today }; out: { part } or { error }.
import { readStudioFile } from './read-studio-files';

interface ReadRequest {
  id: number;
  name: string;
  data: ArrayBuffer;
  today: string;
}

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  const { id, name, data, today } = event.data;
  try {
    self.postMessage({ id, part: readStudioFile({ name, data: new Uint8Array(data) }, today) });
  } catch (error) {
    self.postMessage({ id, error: (error as Error).message });
  }
};
