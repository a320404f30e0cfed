/**
 * What the user reads when the emotion model could not be loaded (session 40, uicopy): Korean
 * only, no runtime's English (that goes under a folded "자세히"), and a promise the retry
 * keeps: "다시 시도" fetches the files again past every cache (src/ml/modelFiles.ts).
 */
import type { LoadFailure } from '../ml/protocol';

export const MODEL_ERROR_TITLE = '마음 읽기를 준비하지 못했어요';

export interface ModelErrorInput {
  /** The worker's reason; undefined when the worker itself failed to start. */
  reason?: LoadFailure | undefined;
  /** The failed load had just fetched the files again. */
  refreshed?: boolean;
  /** navigator.onLine === false */
  offline?: boolean;
}

/** One or two short Korean sentences for the error card and the composer. */
export function modelErrorMessage(input: ModelErrorInput): string {
  if (input.offline || input.reason === 'offline') {
    return '처음 한 번은 인터넷 연결이 필요해요. 연결한 뒤 다시 시도해 주세요.';
  }
  if (input.reason === 'missing') {
    return '필요한 파일을 서버에서 찾지 못했어요. 앱을 고치는 중일 수 있으니 잠시 뒤 다시 시도해 주세요.';
  }
  if (input.reason === 'damaged') {
    return input.refreshed
      ? '파일을 새로 받았지만 이번에도 열리지 않았어요. 잠시 뒤 다시 시도해 주세요.'
      : '받아 둔 파일이 망가진 것 같아요. 다시 시도하면 파일을 새로 받아요.';
  }
  return '준비하다가 문제가 생겼어요. 다시 시도해 주세요.';
}
