// User-facing errors in words (issue 36): when the browser stops the background mid-restore or
// mid-import, the page says so in the user's language, never with the browser's raw message-port text.
import { describe, expect, it, vi } from 'vitest';

vi.mock('@/utils/platform/i18n', () => ({ t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`) }));
const { errorText } = await import('@/components/common/Problem');

describe('errorText', () => {
  it.each([
    'The message port closed before a response was received.',
    'Could not establish connection. Receiving end does not exist.',
    'Extension context invalidated.',
    'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
  ])('"%s" → words', (raw) => {
    expect(errorText(new Error(raw))).toBe('backgroundStopped');
  });

  it('keeps the reasons the extension itself gives', () => {
    expect(errorText(new Error('Overview.csv, line 4: not a date'))).toBe('Overview.csv, line 4: not a date');
    expect(errorText('plain')).toBe('plain');
  });
});
