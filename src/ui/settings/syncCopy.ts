/**
 * What 설정 · 좋아요 나누기 says about the community server, in plain words. The server is not
 * part of the app: it is optional, and whoever hosts it runs it. The app ships no public
 * address, so with none saved (and none built in) the switch cannot be turned on and says why.
 */

/** One or two lines under the title: what the community server is. */
export const SERVER_EXPLAINER = [
  '좋아요 나누기를 쓰려면 "커뮤니티 서버"가 있어야 해요. 여러 사람의 좋아요/별로예요를 이름 없이 모아 주는 서버로, 그 서버를 운영하는 사람이나 단체가 관리해요.',
  '꼭 쓰지 않아도 돼요. 꺼 두어도 앱의 다른 기능은 모두 그대로예요.',
] as const;

export interface SyncStateText {
  /** The short state next to the switch. */
  state: string;
  /** Why the switch is off-limits, or '' when it can be used. */
  reason: string;
}

/** The switch's state line, and the reason when it cannot be turned on. */
export function syncStateText(enabled: boolean, hasServer: boolean): SyncStateText {
  if (enabled) return { state: '켜짐', reason: '' };
  if (hasServer) return { state: '꺼짐', reason: '' };
  return {
    state: '꺼짐',
    reason: "연결할 커뮤니티 서버가 없어서 켤 수 없어요. 운영하는 곳에서 받은 서버 주소가 있으면 아래 '고급'에서 넣어 주세요.",
  };
}
