// Plural forms follow the UI language's rules: English "1 capture" / "2 captures".
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getMessage: (key: string, subs?: string[]) => (key === 'uiLanguage' ? 'en' : `${key}(${(subs ?? []).join('|')})`) } },
}));

const { plural } = await import('@/utils/platform/ui-language');
const { BUILT_KEYS, CAPTURE_COUNT } = await import('@/components/common/message-keys');

describe('plural', () => {
  it('chooses one or other by count, with the count written in the language', () => {
    expect(plural(CAPTURE_COUNT, 1)).toBe('captureCount_one(1)');
    expect(plural(CAPTURE_COUNT, 0)).toBe('captureCount_other(0)');
    expect(plural(CAPTURE_COUNT, 3276)).toBe('captureCount_other(3,276)');
    expect(plural(CAPTURE_COUNT, 2, ['Followers'])).toBe('captureCount_other(2|Followers)');
  });

  it('lists every form for the locale test', () => {
    expect(BUILT_KEYS).toEqual(expect.arrayContaining(['captureCount_one', 'captureCount_other', 'dayCount_one', 'videoCount_other']));
  });
});
