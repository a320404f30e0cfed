/**
 * What the storage notice says while writes a full disk refused are held (src/store/keptWrites.ts):
 * what is not saved yet, where it is meanwhile (and whether closing the window loses it), and
 * what the user can do. Plain 해요체, no figures the user cannot act on.
 */
export interface KeptView {
  pending: number;
  keptLocally: number;
}

export interface KeptNoticeCopy {
  title: string;
  /** What is and is not saved, and where the rest is meanwhile. */
  state: string;
  /** What to do. */
  advice: string;
}

export const KEPT_TITLE = '저장 공간이 가득 찼어요';
export const KEPT_ADVICE = '지난 대화를 지우면 공간이 생기고, 이 대화는 파일로 남겨 둘 수 있어요.';
export const KEPT_SAVED = '따로 보관해 둔 이야기를 모두 기록에 저장했어요.';
/** Opens 기록, where old conversations can be deleted. */
export const FREE_SPACE_LABEL = '기록 정리하기';
export const SAVE_FILE_LABEL = '대화 파일로 저장';

const SAVED_BEFORE = '그 전 기록은 그대로지만, 최근 이야기는 기록에 저장하지 못했어요.';

export function keptNoticeCopy(view: KeptView): KeptNoticeCopy {
  const where =
    view.keptLocally >= view.pending
      ? '따로 보관해 두었다가 공간이 생기면 바로 옮길게요. 창을 닫아도 괜찮아요.'
      : view.keptLocally > 0
        ? '앞부분만 따로 보관해 두어서, 지금 창을 닫으면 나머지는 사라져요.'
        : '따로 보관할 곳도 없어서, 지금 창을 닫으면 사라져요.';
  return { title: KEPT_TITLE, state: `${SAVED_BEFORE} ${where}`, advice: KEPT_ADVICE };
}

/** One line for screen readers (the notice's text, said once when it appears or changes). */
export function keptAnnouncement(view: KeptView): string {
  const copy = keptNoticeCopy(view);
  return `${copy.title}. ${copy.state} ${copy.advice}`;
}
