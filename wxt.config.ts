import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { SCAM_LIST } from './utils/guard/scam-list';
import { STATIC_RULES_FILE, STATIC_RULESET_ID, staticGuardRules } from './utils/guard/dnr-rules';

export default defineConfig({
  // Explicit imports: every file says where its names come from.
  imports: false,
  // CL_OUT_DIR lets parallel work build side by side without overwriting each other's output.
  outDir: process.env.CL_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 in Firefox too (README, "Why MV3 in Firefox"): one manifest shape for both browsers,
  // an event page instead of an always-running background, and site access the user controls.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact(), preloadLazyImports('popup')] }),
  hooks: {
    // The known list becomes a static declarativeNetRequest ruleset, compiled from the same list
    // and tables classifyUrl reads: the browser blocks listed sites with no host access at all.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: STATIC_RULES_FILE, contents: JSON.stringify(staticGuardRules(SCAM_LIST)) });
    },
  },
  zip: { excludeSources: ['tests/**', '.ci/**', 'scripts/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `declarativeNetRequest` (not ...WithHostAccess): block and allow rules act on any site
    // without host access, so a default install stops every listed site. The install prompt
    // says "Block content on any page" for it. Redirecting to the warning page needs host
    // access, which stays optional (all sites, asked on the welcome page or in settings).
    // `activeTab` (no install warning in Chrome or Firefox): a click on the toolbar button lets the
    // popup ask what was blocked on that tab (getMatchedRules), so a default install explains itself.
    permissions: ['storage', 'unlimitedStorage', 'declarativeNetRequest', 'activeTab'],
    declarative_net_request: { rule_resources: [{ id: STATIC_RULESET_ID, enabled: true, path: STATIC_RULES_FILE }] },
    optional_host_permissions: ['<all_urls>'],
    // The browser can only redirect a navigation to a page web pages may load. Chrome's dynamic URL
    // changes every session, so no site can guess it to frame, drive or fingerprint the page;
    // Firefox gives every install its own random moz-extension:// id, which does the same (its
    // schema has no use_dynamic_url and would warn about it).
    web_accessible_resources: [{ resources: ['warning.html'], matches: ['<all_urls>'], ...(browser !== 'firefox' && { use_dynamic_url: true }) }],
    // Firefox only (Chrome lists unknown keys as errors on chrome://extensions).
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'creator-lens@creatorlens.app',
          // 142 is the first Firefox (desktop and Android) that reads data_collection_permissions;
          // from 127 it grants an MV3 add-on's host permissions at install, as its prompt shows.
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});

/**
 * The popup's entry starts reading the database and imports its view (Preact, chart.js) lazily, so
 * the reads need not wait for the view's code to load. The view's chunks are still fetched and
 * compiled from the start: the page lists them as module preloads.
 */
function preloadLazyImports(entrypoint: string): Plugin {
  return {
    name: 'creator-lens:preload-lazy-imports',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { path, bundle, chunk }) {
        if (!bundle || !chunk || !path.includes(`/entrypoints/${entrypoint}/`)) return html;
        const files = new Set<string>();
        const add = (file: string) => {
          const output = bundle[file];
          if (files.has(file) || output?.type !== 'chunk') return;
          files.add(file);
          output.imports.forEach(add);
        };
        chunk.dynamicImports.forEach(add);
        for (const loaded of [chunk.fileName, ...chunk.imports]) files.delete(loaded);
        return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}
