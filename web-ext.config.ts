import { defineWebExtConfig } from 'wxt';

// There is no display on CI or the dev machines: never let `wxt` open a browser.
export default defineWebExtConfig({ disabled: true });
