import { defineBackground } from 'wxt/utils/define-background';
import { onMessage, type ProtocolMap } from '@/utils/messaging';
import { createStoreHandlers } from './store-service';

export default defineBackground(() => {
  const store = createStoreHandlers();
  for (const name of Object.keys(store) as (keyof ProtocolMap)[]) {
    onMessage(name, ({ data }) => (store[name] as (d: unknown) => Promise<unknown>)(data) as never);
  }
});
