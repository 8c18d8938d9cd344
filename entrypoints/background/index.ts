import { defineBackground } from 'wxt/utils/define-background';
import { onMessage, type StoreProtocol } from '@/utils/protocol/messaging';
import { registerGuard } from './guard-service';
import { createStoreHandlers } from './history-service';

export default defineBackground(() => {
  const store = createStoreHandlers(undefined, { openNow: true });
  for (const name of Object.keys(store) as (keyof StoreProtocol)[]) {
    onMessage(name, ({ data }) => (store[name] as (d: unknown) => Promise<unknown>)(data) as never);
  }
  registerGuard();
});
