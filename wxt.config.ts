import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import scamList from './assets/guard/scam-list.json';

export default defineConfig({
  // Explicit imports: every file says where its names come from.
  imports: false,
  // CL_OUT_DIR lets parallel work build side by side without overwriting each other's output.
  outDir: process.env.CL_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  zip: { excludeSources: ['tests/**', '.ci/**', 'scripts/**'] },
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'declarativeNetRequestWithHostAccess'],
    // Redirecting a navigation needs host access to it: only the known scam sites at install time
    // (TikTok Studio is covered by the content script's matches). Lookalikes no list knows yet
    // need every site, which the user may grant from the welcome page or settings.
    host_permissions: [...new Set(scamList.entries.map((e) => `*://*.${e.domain}/*`))],
    // MV2 (Firefox) lists optional hosts among optional permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['<all_urls>'] } : { optional_host_permissions: ['<all_urls>'] }),
    // The browser can only redirect a navigation to a page web pages may load. Chrome's dynamic URL
    // changes every session, so no site can guess it to frame, drive or fingerprint the page;
    // Firefox gives every install its own random moz-extension:// id, which does the same
    // (its MV2 list has no options: WXT flattens this to ['warning.html']).
    web_accessible_resources: [{ resources: ['warning.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    browser_specific_settings: {
      gecko: {
        id: 'creator-lens@creatorlens.app',
        // 142 is the first Firefox (desktop and Android) that reads data_collection_permissions.
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
