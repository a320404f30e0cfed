/**
 * Shared by the session-36 (safety2) rule modules (goodbye-signs.ts, exploitation.ts,
 * home-violence.ts): what a rule answers with, and how a thread of replies is picked so that the
 * same paragraph never comes twice in a row ("경찰에 말하면 나도 혼나?" and "무서워 엄마가 알면
 * 어떡해" had got the same evidence paragraph twice, session 36).
 */
import type { EmotionId } from '../ml/emotions';

export interface HarmPick {
  /** Id pushed to usedReplies (prefix:key or prefix:stay#n). */
  readonly id: string;
  readonly reply: string;
  readonly safety: 'suicide' | 'violence';
  readonly mood: EmotionId;
}

/** Whether any of the last `n` reply ids starts with the prefix: the thread is still current. */
export function threadCurrent(used: readonly string[], prefix: string, n = 6): boolean {
  return used.slice(-n).some((id) => id.startsWith(prefix));
}

/**
 * The reply for the first key (in the order given) whose id is not used yet; when every one is
 * used, the stay lines in turn, never the one given last.
 */
export function pickThread(
  prefix: string,
  keys: readonly string[],
  replies: Readonly<Record<string, string>>,
  stay: readonly string[],
  used: readonly string[],
): { id: string; reply: string } {
  for (const k of keys) {
    const id = `${prefix}:${k}`;
    const reply = replies[k];
    if (reply !== undefined && !used.includes(id)) return { id, reply };
  }
  const last = used.at(-1) ?? '';
  const n = used.filter((id) => id.startsWith(`${prefix}:stay#`)).length;
  let i = n % stay.length;
  if (last === `${prefix}:stay#${i}` && stay.length > 1) i = (i + 1) % stay.length;
  return { id: `${prefix}:stay#${i}`, reply: stay[i]! };
}
