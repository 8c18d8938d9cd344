import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  // Explicit imports: every file says where its names come from.
  imports: false,
  // CL_OUT_DIR lets parallel work build side by side without overwriting each other's output.
  outDir: process.env.CL_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  zip: { excludeSources: ['tests/**', '.ci/**', 'scripts/**'] },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage'],
    browser_specific_settings: {
      gecko: {
        id: 'creator-lens@creatorlens.app',
        // 142 is the first Firefox (desktop and Android) that reads data_collection_permissions.
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
