// The popup's goals (progress toward each target and when it is reached at the creator's pace,
// with presets for TikTok's programmes) and the line for a young video taking off.
import { useEffect, useRef, useState } from 'preact/hooks';
import { GOAL_PRESET_LABEL, METRIC_LABEL } from '@/components/common/message-keys';
import { takeoffText } from '@/components/common/takeoff-words';
import type { GoalProjection } from '@/utils/insights/goal-projection';
import type { Takeoff } from '@/utils/insights/takeoff';
import type { MetricKey } from '@/utils/metrics/metric-facts';
import { fmt, fmtDay } from '@/utils/metrics/format';
import { t } from '@/utils/platform/i18n';
import { latestOnly } from '@/utils/platform/latest-only';
import { getGoals, setGoals, type Goal } from '@/utils/platform/user-settings';
import { sendMessage } from '@/utils/protocol/messaging';
import { GOAL_METRICS, GOAL_PRESETS, goalWindow, type GoalPreset, type GoalProgress } from '@/utils/views/goals-view';

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

function projectionText(p: GoalProjection): string {
  switch (p.state) {
    case 'reached': return t('goalReached');
    case 'projected': return p.latest === undefined
      ? t('goalProjectedOpen', [fmtDay(p.at), fmtDay(p.earliest)])
      : t('goalProjected', [fmtDay(p.at), fmtDay(p.earliest), fmtDay(p.latest)]);
    case 'beyondYear': return t('goalBeyondYear');
    case 'noHistory': return t('goalNoHistory');
    case 'shortHistory': return t('goalShortHistory', [String(p.haveWeeks), String(p.needWeeks)]);
    case 'notGrowing': return t('goalNotGrowing');
  }
}

function goalName(goal: Goal): string {
  const name = t(METRIC_LABEL[goal.metric as MetricKey]);
  const window = goalWindow(goal);
  return window === undefined ? t('goalName', [name, fmt(goal.metric, goal.target)]) : t('goalNameWindow', [name, String(window), fmt(goal.metric, goal.target)]);
}

export function GoalsAndTakeoff({ account }: { account: string }) {
  const [goals, setLocalGoals] = useState<Goal[]>();
  const [progress, setProgress] = useState<GoalProgress[]>([]);
  const [found, setFound] = useState<Takeoff[]>([]);
  const [metric, setMetric] = useState<string>('followers');
  const [target, setTarget] = useState('');
  const latestProgress = useRef(latestOnly()).current;
  const latestTakeoff = useRef(latestOnly()).current;

  useEffect(() => void getGoals().then(setLocalGoals, () => setLocalGoals([])), []);
  useEffect(() => {
    // Only a summary: when it cannot be had, the popup stays as it is.
    latestTakeoff(sendMessage('getTakeoffs', account), setFound, () => undefined);
  }, [account]);
  useEffect(() => {
    if (!goals) return;
    latestProgress(goals.length ? sendMessage('getGoalProgress', { account, goals }) : Promise.resolve([]), setProgress, () => undefined);
  }, [account, goals]);

  const save = (next: Goal[]) => {
    setLocalGoals(next);
    void setGoals(next).catch(() => undefined);
  };
  const addPreset = (preset: GoalPreset) => save([...(goals ?? []), ...GOAL_PRESETS[preset].map((g) => ({ ...g, id: newId(), preset }))]);
  const add = (e: Event) => {
    e.preventDefault();
    const value = Number(target);
    if (!(value > 0)) return;
    save([...(goals ?? []), { id: newId(), metric, target: value }]);
    setTarget('');
  };

  return (
    <>
      {found.map((f) => <p key={f.videoId} class="up" data-testid="takeoff">{takeoffText(f)}</p>)}
      <section aria-labelledby="goals-title" data-testid="goals">
        <h2 id="goals-title">{t('goalsTitle')}</h2>
        {goals && goals.length === 0 && <p class="muted">{t('goalsNone')}</p>}
        <ul class="plain">
          {(goals ?? []).map((goal) => {
            const p = progress.find((x) => x.goal.id === goal.id);
            return (
              <li key={goal.id} data-testid="goal" data-metric={goal.metric}>
                <div class="row">
                  <strong>{goalName(goal)}</strong>
                  <span class="spacer" />
                  <label>
                    <span class="sr-only">{t('goalTarget')}</span>
                    <input type="number" min="1" size={7} value={goal.target} data-testid="goal-target"
                      onChange={(e) => { const v = Number(e.currentTarget.value); if (v > 0) save(goals!.map((g) => (g.id === goal.id ? { ...g, target: v } : g))); }} />
                  </label>
                  <button aria-label={t('goalRemove')} onClick={() => save(goals!.filter((g) => g.id !== goal.id))}>×</button>
                </div>
                {p?.share !== undefined && (
                  <p data-testid="goal-progress">
                    <progress max={1} value={p.share} /> {t('goalProgress', [fmt(goal.metric, p.current), fmt(goal.metric, goal.target), String(Math.floor(p.share * 100))])}
                  </p>
                )}
                {p && <p class="muted" data-testid="goal-projection" data-state={p.projection.state}>{projectionText(p.projection)}</p>}
              </li>
            );
          })}
        </ul>
        <form class="row" onSubmit={add}>
          <select aria-label={t('metric')} value={metric} onChange={(e) => setMetric(e.currentTarget.value)} data-testid="goal-metric">
            {GOAL_METRICS.map((m) => <option key={m} value={m}>{t(METRIC_LABEL[m])}</option>)}
          </select>
          <input type="number" min="1" aria-label={t('goalTarget')} placeholder={t('goalTarget')} value={target} onInput={(e) => setTarget(e.currentTarget.value)} data-testid="goal-new-target" />
          <button type="submit">{t('goalAdd')}</button>
        </form>
        <div class="row">
          {(Object.keys(GOAL_PRESETS) as GoalPreset[]).map((preset) => (
            <button key={preset} data-testid={`goal-preset-${preset}`} onClick={() => addPreset(preset)}>{t(GOAL_PRESET_LABEL[preset])}</button>
          ))}
        </div>
        <p class="muted">{t('goalPresetsNote')}</p>
      </section>
    </>
  );
}
