/**
 * What playing a song tells YouTube (session 40): 여기서 재생 loads YouTube's player and
 * "YouTube에서 듣기" opens YouTube, so YouTube learns which song — nothing else leaves the
 * device. Said in 설정 always, and once under the player the first time it opens.
 */

/** 설정's line. */
export const YOUTUBE_NOTE =
  '노래를 재생하거나 YouTube에서 들으면 YouTube에 연결돼요. 그때 YouTube는 어떤 노래인지 알게 되지만, 대화나 일기는 보내지 않아요.';

/** The line under the player, the first time. */
export const PLAYER_NOTE = '재생하면 YouTube에 연결돼서, YouTube가 어떤 노래인지 알게 돼요. 대화 내용은 보내지 않아요.';

export const YOUTUBE_NOTED_KEY = 'maum.youtubeNoted';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function storageOrNull(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * True the first time a player opens (and then remembered as said). Without storage it is
 * said every time rather than never.
 */
export function takePlayerNote(store: Store | null = storageOrNull()): boolean {
  if (!store) return true;
  try {
    if (store.getItem(YOUTUBE_NOTED_KEY)) return false;
    store.setItem(YOUTUBE_NOTED_KEY, '1');
  } catch {
    // Storage refused: say it (this time and next).
  }
  return true;
}
