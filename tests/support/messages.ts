// A shipped locale's messages, looked up the way browser.i18n does ($1… filled in), so tests
// assert what users of that language read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function messagesOf(code: string): (key: string, substitutions?: string | string[]) => string {
  const messages: Record<string, { message: string }> = JSON.parse(readFileSync(join(__dirname, '../../public/_locales', code, 'messages.json'), 'utf8'));
  return (key, substitutions = []) => {
    const subs = [substitutions].flat();
    const message = messages[key]?.message;
    if (message === undefined) throw new Error(`${code} has no message ${key}`);
    return message.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '');
  };
}
