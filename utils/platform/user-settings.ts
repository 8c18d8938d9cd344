// User settings, kept in extension storage (synchronous-feeling, readable from content scripts).
import browser from 'webextension-polyfill';

export interface Settings {
  /** Show change badges on TikTok Studio pages. */
  badges: boolean;
}

export const DEFAULT_SETTINGS: Settings = { badges: true };
const KEY = 'settings';

export async function getSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && KEY in changes) listener({ ...DEFAULT_SETTINGS, ...(changes[KEY].newValue as Partial<Settings>) });
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

/** The popup's last chart choice, offered again while it still has data. */
export interface PopupChoice {
  account?: string;
  metric?: string;
  days?: number;
}
const CHOICE_KEY = 'popupChoice';

export async function getPopupChoice(): Promise<PopupChoice> {
  return ((await browser.storage.local.get(CHOICE_KEY))[CHOICE_KEY] as PopupChoice | undefined) ?? {};
}

export function setPopupChoice(choice: PopupChoice): Promise<void> {
  return browser.storage.local.set({ [CHOICE_KEY]: choice });
}

/**
 * A target the creator set: a metric's running total (followers), or its sum over the last
 * `windowDays` days (views in the last 30 days). `preset` names the programme it came from.
 */
export interface Goal {
  id: string;
  metric: string;
  target: number;
  windowDays?: number;
  preset?: string;
}
const GOALS_KEY = 'goals';

export async function getGoals(): Promise<Goal[]> {
  return ((await browser.storage.local.get(GOALS_KEY))[GOALS_KEY] as Goal[] | undefined) ?? [];
}

export function setGoals(goals: Goal[]): Promise<void> {
  return browser.storage.local.set({ [GOALS_KEY]: goals });
}
