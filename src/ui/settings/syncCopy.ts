/**
 * What 설정 · 좋아요 나누기 says about the community server, in plain words. The server is not
 * part of the app: it is optional, and whoever hosts it runs it. The app ships no public
 * address, so with none saved (and none built in) the switch cannot be turned on and says why.
 */
import { dayName, formatTime } from '../history/format';

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

/** What the sync client says about sending (src/sync's SyncStatus, the fields this line uses). */
export interface SendingStatus {
  pending: number;
  retracting: number;
  online: boolean;
  lastSentAt: number | null;
  lastFailedAt: number | null;
  nextTryAt: number | null;
}

export interface SendingLine {
  /** How sending goes now, with what waits: "서버에 연결하지 못했어요 · 보내지 않은 평가 1개 · 잠시 뒤 다시 보낼게요". */
  text: string;
  /** "마지막으로 보낸 때: 오늘 오후 2:02", or '' before anything went out. */
  lastSent: string;
  /** 'problem' while sending fails (shown as a warning). */
  tone: 'ok' | 'waiting' | 'problem';
}

/** A retry this close reads "잠시 뒤"; later ones name the time. */
const SOON_MS = 2 * 60_000;

/** 설정's line under the switch while sync is on: what waits to be sent, and how sending went. */
export function sendingLine(status: SendingStatus, now: number): SendingLine {
  const lastSent = status.lastSentAt === null ? '' : `마지막으로 보낸 때: ${whenLabel(status.lastSentAt, now)}`;
  const ratings = status.pending - status.retracting;
  const waiting = [
    ...(ratings > 0 ? [`보내지 않은 평가 ${ratings}개`] : []),
    ...(status.retracting > 0 ? [`보내지 않은 평가 취소 ${status.retracting}개`] : []),
  ];
  if (status.pending === 0) {
    return { text: status.lastSentAt === null ? '아직 보낸 평가가 없어요.' : '남긴 평가를 모두 보냈어요.', lastSent, tone: 'ok' };
  }
  if (!status.online) {
    return { text: [...waiting, '인터넷에 연결되면 보낼게요'].join(' · '), lastSent, tone: 'waiting' };
  }
  if (status.lastFailedAt !== null) {
    const retry =
      status.nextTryAt === null
        ? '나중에 다시 보낼게요'
        : status.nextTryAt - now <= SOON_MS
          ? '잠시 뒤 다시 보낼게요'
          : `${formatTime(status.nextTryAt)}쯤 다시 보낼게요`;
    return { text: ['서버에 연결하지 못했어요', ...waiting, retry].join(' · '), lastSent, tone: 'problem' };
  }
  return { text: [...waiting, '곧 보낼게요'].join(' · '), lastSent, tone: 'waiting' };
}

/** '오늘 오후 2:02', '어제 밤 11:30', '11월 20일 오후 2:02' (record days, which start at 04:00). */
export function whenLabel(ms: number, now: number): string {
  const day = dayName(ms, now).replace(/ \(.\)$/, '');
  return `${day} ${formatTime(ms)}`;
}
