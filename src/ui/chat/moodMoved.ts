/**
 * Whether the conversation's mood has moved far enough from the mix a song list was made for
 * that the list no longer fits: the leading emotion changed, or the mixes differ by more than
 * MOOD_MOVED_DISTANCE in total variation (half the L1 distance). The app then offers to pick
 * again rather than swapping songs under the user's eyes.
 */
export const MOOD_MOVED_DISTANCE = 0.2;

const argmax = (v: readonly number[]) => v.reduce((best, x, i) => (x > v[best]! ? i : best), 0);

export function moodMoved(listMood: readonly number[], now: readonly number[]): boolean {
  if (listMood.length === 0 || listMood.length !== now.length) return false;
  if (argmax(listMood) !== argmax(now)) return true;
  let l1 = 0;
  for (let i = 0; i < now.length; i++) l1 += Math.abs(listMood[i]! - now[i]!);
  return l1 / 2 > MOOD_MOVED_DISTANCE;
}

/**
 * What to do when the mood may have moved from a song list's: a list the user has not looked at
 * yet (opened by a chat request below the fold, or restored) is picked again silently for the
 * current mood ('repick'); only a list already seen gets the "기분이 달라졌어요" notice.
 */
export function moodChange(seen: boolean, listMood: readonly number[], now: readonly number[]): 'repick' | 'notice' | null {
  if (!moodMoved(listMood, now)) return null;
  return seen ? 'notice' : 'repick';
}
