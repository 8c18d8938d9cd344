import { defineBackground } from 'wxt/utils/define-background';
import { onMessage, type StoreProtocol } from '@/utils/messaging';
import { registerGuard } from './guard';
import { createStoreHandlers } from './store-service';

export default defineBackground(() => {
  const store = createStoreHandlers();
  for (const name of Object.keys(store) as (keyof StoreProtocol)[]) {
    onMessage(name, ({ data }) => (store[name] as (d: unknown) => Promise<unknown>)(data) as never);
  }
  registerGuard();
});
