// The types scripts/mutate.ts reads from stryker.config.mjs.
import type { PartialStrykerOptions } from '@stryker-mutator/api/core';

export declare const MUTATED: Array<{ target: string; tests: string[] }>;
export declare function asGlob(target: string): string;
declare const config: PartialStrykerOptions & { jsonReporter: { fileName: string } };
export default config;
