// The unit tests as Stryker runs them (stryker.config.mjs): its sandbox links node_modules from
// outside the sandbox's root, and Vite serves no file outside the root unless told.
import { realpathSync } from 'node:fs';
import { mergeConfig } from 'vitest/config';
import unitConfig from './vitest.config';

export default mergeConfig(unitConfig, { server: { fs: { allow: ['.', realpathSync('node_modules')] } } });
