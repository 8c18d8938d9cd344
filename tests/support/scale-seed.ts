// Loads the scale profile (scale-profile.ts) into the built extension in Chromium through its own
// messages, as a creator's browser would fill it: captures by a backup restore, Studio's own data
// by saveStudioData (or what an import can hold of it, until the store keeps it), and the 365-day
// export in pieces, as the dashboard sends it. Shared by the bench and the scale e2e.
import type { Page } from 'playwright-core';
import { importPieces, sendInPieces, type StudioImport } from '../../utils/import/import-batch';
import type { StudioDataBatch } from '../../utils/studio-data/studio-data-contract';
import { ask } from './chromium';
import { saveProfileStudioData, studioDataAsImport, studioDataNotKept, type ScaleProfile } from './scale-profile';

const importInPieces = (page: Page, request: StudioImport) => sendInPieces(request, (piece) => ask(page, 'importStudioPiece', piece));

/** Fills the store; says where Studio's own data went. */
export async function seedScaleProfile(page: Page, profile: ScaleProfile): Promise<'studio-data' | 'imported-days'> {
  await ask(page, 'restoreBackup', profile.captures);
  const kept = await saveProfileStudioData(profile, (batch) => ask(page, 'saveStudioData', batch), (request) => importInPieces(page, request));
  await importInPieces(page, profile.exportImport);
  return kept;
}

/**
 * Milliseconds for one Studio visit's data to be saved, timed inside the page from sending to the
 * answer (by saveStudioData, or as imported days while the store does not keep Studio data).
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
  const direct = await send([{ type: 'saveStudioData', data: batch }]);
  if (direct.ms !== undefined) return direct.ms;
  if (!studioDataNotKept(direct.error)) throw new Error(`saveStudioData failed: ${direct.error}`);
  const pieces = importPieces(studioDataAsImport(batch.account, [batch]), crypto.randomUUID()).map((data) => ({ type: 'importStudioPiece', data }));
  const viaImport = await send(pieces);
  if (viaImport.ms === undefined) throw new Error(`importStudioPiece failed: ${viaImport.error}`);
  return viaImport.ms;
}
