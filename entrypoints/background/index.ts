import { defineBackground } from 'wxt/utils/define-background';
import { onMessage, type StoreProtocol } from '@/utils/protocol/messaging';
import { registerGuard } from './guard-service';
import { createStoreHandlers } from './history-service';
import { refreshTakeoffBadge } from './takeoff-badge';

export default defineBackground(() => {
  // After a save: is one of the account's young videos taking off? (The badge says so.)
  const onSaved = (account: string) => refreshTakeoffBadge(() => store.getTakeoffs(account));
  const store = createStoreHandlers(undefined, { openNow: true, onSaved });
  for (const name of Object.keys(store) as (keyof StoreProtocol)[]) {
    onMessage(name, ({ data }) => (store[name] as (d: unknown) => Promise<unknown>)(data) as never);
  }
  registerGuard();
});
