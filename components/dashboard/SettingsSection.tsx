// Settings: badges on Studio pages, and the guard's own lists.
import { useEffect, useState } from 'preact/hooks';
import { GuardSettings } from '@/components/dashboard/GuardSettings';
import { Problem, problemOf } from '@/components/common/Problem';
import { t } from '@/utils/platform/i18n';
import { getSettings, updateSettings } from '@/utils/platform/user-settings';

export function SettingsSection() {
  const [badges, setBadges] = useState<boolean>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => void getSettings().then((s) => setBadges(s.badges), (error) => setProblem(problemOf(error))), []);
  return (
    <section aria-labelledby="settings">
      <h2 id="settings">{t('settings')}</h2>
      <label class="row">
        <input
          type="checkbox"
          checked={badges ?? true}
          onChange={(e) => void updateSettings({ badges: e.currentTarget.checked }).then((s) => setBadges(s.badges), (error) => setProblem(problemOf(error)))}
        />
        {t('badgesSetting')}
      </label>
      <Problem text={problem} />
      <GuardSettings />
    </section>
  );
}
