// Loads the scale profile (scale-profile.ts) into the built extension in Chromium through its own
// messages, as a creator's browser would fill it: captures by a backup restore, Studio's own data
// by saveStudioData, and the 365-day
// export in pieces, as the dashboard sends it. Shared by the bench and the scale e2e.
import type { Page } from 'playwright-core';
import { sendInPieces, type StudioImport } from '../../utils/import/import-batch';
import type { StudioDataBatch } from '../../utils/studio-data/studio-data-contract';
import { ask } from './chromium';
import { saveProfileStudioData, type ScaleProfile } from './scale-profile';

const importInPieces = (page: Page, request: StudioImport) => sendInPieces(request, (piece) => ask(page, 'importStudioPiece', piece));

/** Fills the store. */
export async function seedScaleProfile(page: Page, profile: ScaleProfile): Promise<void> {
  await ask(page, 'restoreBackup', profile.captures);
  await saveProfileStudioData(profile, (batch) => ask(page, 'saveStudioData', batch));
  await importInPieces(page, profile.exportImport);
}

/**
 * Milliseconds for one Studio visit's data to be saved, timed inside the page from sending to the
 * answer by saveStudioData.
 */
export async function saveStudioVisit(page: Page, batch: StudioDataBatch): Promise<number> {
  const send = (messages: Array<{ type: string; data: unknown }>) =>
    page.evaluate(async (messages) => {
      const t0 = performance.now();
      for (const [i, { type, data }] of messages.entries()) {
        const reply = (await chrome.runtime.sendMessage({ id: i, type, data, timestamp: Date.now() })) as { err?: { message?: string } } | undefined;
        if (reply?.err) return { error: reply.err.message ?? 'failed' };
      }
      return { ms: performance.now() - t0 };
    }, messages);
  const saved = await send([{ type: 'saveStudioData', data: batch }]);
  if (saved.ms === undefined) throw new Error(`saveStudioData failed: ${saved.error}`);
  return saved.ms;
}
