/**
 * The two song tabs under "어울리는 노래". Their full names are the ones the chat uses
 * ("'지금 내 감정과 비슷한 노래'를 먼저 보여 드릴게요"); where the card is narrow (a phone)
 * only the end of a name shows, so each label stays on one line. The shown end is part of the
 * full name, which stays the tab's accessible name (WCAG 2.5.3, label in name).
 */
import type { RecommendationMode } from '../../recommend';

export interface RecsTab {
  id: RecommendationMode;
  /** The full name: `lead` + `short`. */
  label: string;
  /** Hidden on a narrow card. */
  lead: string;
  /** Always shown. */
  short: string;
}

function tab(id: RecommendationMode, label: string, short: string): RecsTab {
  if (!label.endsWith(short)) throw new Error(`"${short}" must end "${label}"`);
  return { id, label, lead: label.slice(0, label.length - short.length), short };
}

export const RECS_TABS: readonly RecsTab[] = [
  tab('similar', '지금 내 감정과 비슷한 노래', '비슷한 노래'),
  tab('shift', '기분을 바꿔 줄 노래', '기분을 바꿔 줄 노래'),
];
