import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import type { AccountSummary } from '@/utils/store/store';

function Popup() {
  const [accounts, setAccounts] = useState<AccountSummary[] | null>(null);
  useEffect(() => {
    void sendMessage('listAccounts', undefined).then(setAccounts);
  }, []);
  if (!accounts) return <p>Loading…</p>;
  return (
    <ul data-testid="accounts">
      {accounts.map((a) => (
        <li key={a.account}>
          @{a.account}: {a.captures} captures
        </li>
      ))}
    </ul>
  );
}

render(<Popup />, document.getElementById('app')!);
