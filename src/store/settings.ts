/** Typed app settings with defaults; stored values that do not fit fall back to the default. */
import type { MaumDB } from './db';
import { guardRead, guardWrite } from './errors';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Settings {
  /** Characters the user shares before the listening gauge fills. */
  gaugeThreshold: number;
  theme: Theme;
  /** Opt-in community sync. */
  syncEnabled: boolean;
}

export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  gaugeThreshold: 100,
  theme: 'system',
  syncEnabled: false,
});

const VALIDATORS: { [K in SettingKey]: (value: unknown) => value is Settings[K] } = {
  gaugeThreshold: (v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0,
  theme: (v): v is Theme => typeof v === 'string' && (THEMES as readonly string[]).includes(v),
  syncEnabled: (v): v is boolean => typeof v === 'boolean',
};

export function isSettingKey(key: unknown): key is SettingKey {
  return typeof key === 'string' && Object.hasOwn(DEFAULT_SETTINGS, key);
}

export function isValidSetting<K extends SettingKey>(key: K, value: unknown): value is Settings[K] {
  return VALIDATORS[key](value);
}

export function getSetting<K extends SettingKey>(db: MaumDB, key: K): Promise<Settings[K]> {
  return guardRead('getSetting', DEFAULT_SETTINGS[key], async () => {
    const row = await db.settings.get(key);
    return row && isValidSetting(key, row.value) ? row.value : DEFAULT_SETTINGS[key];
  });
}

export function getAllSettings(db: MaumDB): Promise<Settings> {
  return guardRead('getAllSettings', { ...DEFAULT_SETTINGS }, async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS };
    const assign = <K extends SettingKey>(key: K, value: unknown) => {
      if (isValidSetting(key, value)) settings[key] = value;
    };
    for (const row of await db.settings.toArray()) if (isSettingKey(row.key)) assign(row.key, row.value);
    return settings;
  });
}

/** Stores a setting; an invalid value is refused (returns false) without touching the database. */
export async function setSetting<K extends SettingKey>(db: MaumDB, key: K, value: Settings[K]): Promise<boolean> {
  if (!isValidSetting(key, value)) return false;
  return guardWrite('setSetting', () => db.settings.put({ key, value }));
}
