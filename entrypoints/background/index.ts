import { defineBackground } from 'wxt/utils/define-background';
import { onMessage, type StoreProtocol } from '@/utils/protocol/messaging';
import { registerGuard } from './guard-service';
import { createStoreHandlers } from './history-service';
import { whenQuiet } from '@/utils/platform/when-quiet';
import { refreshTakeoffBadge } from './takeoff-badge';

export default defineBackground(() => {
  // After saves: is one of the account's young videos taking off? (The badge says so.) It reads every
  // video of the account, so it waits until saves have been quiet for a second (a visit's, an
  // import's pieces) and runs one at a time, never between the saves of a burst (issue 34).
  const onSaved = whenQuiet((account: string) => refreshTakeoffBadge(store.getTakeoffs(account)), { quietMs: 1000 });
  const store = createStoreHandlers(undefined, { openNow: true, onSaved });
  for (const name of Object.keys(store) as (keyof StoreProtocol)[]) {
    onMessage(name, ({ data }) => (store[name] as (d: unknown) => Promise<unknown>)(data) as never);
  }
  registerGuard();
});
