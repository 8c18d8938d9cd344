// The unit tests as Stryker runs them (stryker.config.mjs): its sandbox links node_modules from
// outside the sandbox's root, and Vite serves no file outside the root unless told. Instrumented
// code runs slower: the property tests get more than the unit config's five seconds.
import { realpathSync } from 'node:fs';
import { mergeConfig } from 'vitest/config';
import unitConfig from './vitest.config';

export default mergeConfig(unitConfig, { server: { fs: { allow: ['.', realpathSync('node_modules')] } }, test: { testTimeout: 60_000 } });
