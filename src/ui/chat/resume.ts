/**
 * Which conversation the 대화 tab shows when the app opens. The current conversation's id is
 * kept twice: in sessionStorage (this tab: a reload always comes back to it) and in
 * localStorage (the app closed and opened again). After a close, the conversation comes back
 * only when it was active recently (its last message under RESUME_WITHIN_MS old); an older one
 * is not forced on the user, who gets a fresh chat with a small "지난 대화 이어서 하기" link.
 */
export const RESUME_WITHIN_MS = 6 * 60 * 60 * 1000;

export type ResumeChoice = { action: 'resume'; id: string } | { action: 'offer'; id: string } | { action: 'none' };

export interface ResumeInput {
  /** The id this tab had (sessionStorage): a reload. */
  tabId: string | null;
  /** The id kept across closes (localStorage). */
  savedId: string | null;
  /** Time of the saved conversation's last message, or null when it is gone (or was never stored). */
  lastActivity: number | null;
  now: number;
}

export function resumeChoice({ tabId, savedId, lastActivity, now }: ResumeInput): ResumeChoice {
  if (tabId) return { action: 'resume', id: tabId };
  if (!savedId || lastActivity === null || !Number.isFinite(lastActivity)) return { action: 'none' };
  const age = now - lastActivity;
  // A clock set back makes a negative age: treat it as recent.
  return age < RESUME_WITHIN_MS ? { action: 'resume', id: savedId } : { action: 'offer', id: savedId };
}
