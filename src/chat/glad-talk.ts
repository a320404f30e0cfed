/**
 * A talk told only in a glad key (good news, a nice day) is thanked differently from a heavy one.
 *
 * Session 43: "합격했어 … 엄마가 울었어 … 고마워 ㅎㅎ" was answered «지금 마음은 처음보다 조금
 * 가벼워졌어요?» — a question that presumes the user came in weighed down. Corpus thanks lines
 * that speak of lightening or of the courage it took to tell are kept for talks that had weight.
 */
import type { TurnSummary } from './types';

const HEAVY_MOODS = new Set(['sadness', 'anger', 'anxiety', 'hurt', 'embarrassment']);

/** Story turns answered in joy, none in a heavy mood, no safety turn. */
export function gladTalk(turns: readonly TurnSummary[]): boolean {
  const told = turns.filter((t) => t.kind !== 'meta' && t.chars >= 5);
  if (told.some((t) => t.kind === 'safety' || t.safety !== null)) return false;
  if (told.some((t) => t.mood !== undefined && HEAVY_MOODS.has(t.mood))) return false;
  return told.some((t) => t.mood === 'joy');
}

/** A line that presumes the user came in heavy: lighter now, the courage it took to tell. */
const PRESUMES_HEAVY = /(?:가벼워|편해|나아)졌어요[?,]|(?:꺼내는|털어놓는|말하는)\s?(?:것|거)도\s?용기/u;
export const presumesHeavyTalk = (reply: string): boolean => PRESUMES_HEAVY.test(reply);

/** The corpus intent of plain thanks ("고마워"); thanks that tell of feeling better are another intent. */
export const THANKS_INTENT = 'meta_thanks';
export const GLAD_THANKS_PREFIX = 'thanks_glad';
/** Thanks at the end of a glad talk: the joy is shared back, nothing presumed. */
export const GLAD_THANKS_REPLIES = [
  '저야말로 좋은 소식 나눠 줘서 고마워요. 덕분에 저까지 기분이 좋아졌어요.',
  '기쁜 이야기를 들려줘서 고마워요. 오늘의 이 기분, 오래 간직했으면 좋겠어요.',
] as const;
