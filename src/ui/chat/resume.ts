/**
 * Which conversation the 대화 tab shows when the app opens. The current conversation's id is
 * kept twice: in sessionStorage (this tab, across reloads) and in localStorage (the app closed
 * and opened again). Either way, the conversation comes back only when it was active recently
 * (its last message under RESUME_WITHIN_MS old); an older one is not forced on the user, who
 * gets a fresh chat with a small "지난 대화 이어서 하기" link. A tab reloaded days later (a phone
 * PWA left in the background) is no different from reopening the app: Saturday's chat must not
 * come back as today's.
 */
export const RESUME_WITHIN_MS = 6 * 60 * 60 * 1000;

export type ResumeChoice = { action: 'resume'; id: string } | { action: 'offer'; id: string } | { action: 'none' };

export interface ResumeInput {
  /** The id this tab had (sessionStorage): a reload. */
  tabId: string | null;
  /** The id kept across closes (localStorage). */
  savedId: string | null;
  /**
   * Time of the last message of the conversation considered (the tab's, else the saved one),
   * or null when it is gone (or was never stored).
   */
  lastActivity: number | null;
  now: number;
}

/** The conversation whose age decides: this tab's, else the one kept across closes. */
export function resumeCandidate({ tabId, savedId }: Pick<ResumeInput, 'tabId' | 'savedId'>): string | null {
  return tabId || savedId || null;
}

export function resumeChoice(input: ResumeInput): ResumeChoice {
  const id = resumeCandidate(input);
  const { lastActivity, now } = input;
  if (!id || lastActivity === null || !Number.isFinite(lastActivity)) return { action: 'none' };
  const age = now - lastActivity;
  // A clock set back makes a negative age: treat it as recent.
  return age < RESUME_WITHIN_MS ? { action: 'resume', id } : { action: 'offer', id };
}

/**
 * A tab that stays open (a phone PWA kept in memory for days, a desktop tab left overnight)
 * is never reloaded, so `resumeChoice` never runs for it. When the tab comes back into view, or
 * now and then while it stays in view, a conversation whose last message is RESUME_WITHIN_MS old
 * is set aside the same way: a fresh chat, the old one offered. Never while a reply is on its
 * way or a message still waits to be saved, and never a conversation with nothing in it.
 */
export interface OpenTabInput {
  /** Times of the conversation's messages on screen. */
  messageTimes: readonly number[];
  /** A reply is being prepared, a message is still pending, or a stored one is loading. */
  busy: boolean;
  now: number;
}

export function setAsideOpenTab({ messageTimes, busy, now }: OpenTabInput): boolean {
  if (busy || messageTimes.length === 0) return false;
  const last = Math.max(...messageTimes);
  return Number.isFinite(last) && now - last >= RESUME_WITHIN_MS;
}
