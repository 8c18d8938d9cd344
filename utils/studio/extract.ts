// PLACEHOLDER until the Studio reader lands (issue 3): recognises nothing.
import type { StudioSnapshot } from './types';

export function extractSnapshot(_root: ParentNode, _url: string): StudioSnapshot | null {
  return null;
}
