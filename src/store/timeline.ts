/** Mood over time: one averaged emotion vector per record day (04:00 to 04:00, see ./day.ts). */
import { EMOTIONS } from '../ml/emotions';
import type { MaumDB } from './db';
import { lastRecordDays, recordDay, recordDayStart } from './day';
import { guardRead } from './errors';
import type { EmotionVector } from './schema';

export interface MoodDay {
  /** Record day, 'YYYY-MM-DD' (it runs from 04:00 to 04:00 local time). */
  day: string;
  /** Mean of the day's conversation mixes and diary emotions; null on a day with neither. */
  mix: EmotionVector | null;
  conversations: number;
  diary: number;
}

/**
 * The last `days` record days (today included), oldest first. A conversation counts on the day it
 * started, with its ConversationAnalysis mix; a diary entry on the day it was written. Each
 * conversation and each entry weighs the same.
 */
export function moodTimeline(db: MaumDB, days: number, now: number = Date.now()): Promise<MoodDay[]> {
  const count = Math.max(0, Math.floor(days));
  if (count === 0) return Promise.resolve([]);
  const dayList = lastRecordDays(count, now);
  const empty = (): MoodDay[] => dayList.map((day) => ({ day, mix: null, conversations: 0, diary: 0 }));
  const from = recordDayStart(count - 1, now);

  return guardRead('moodTimeline', empty(), () =>
    db.transaction('r', db.conversations, db.conversationAnalyses, db.diary, async () => {
      const sums = new Map<string, { sum: number[]; conversations: number; diary: number }>();
      const bucket = (ms: number) => {
        const day = recordDay(ms);
        let entry = sums.get(day);
        if (!entry) sums.set(day, (entry = { sum: EMOTIONS.map(() => 0), conversations: 0, diary: 0 }));
        return entry;
      };
      const add = (sum: number[], vector: readonly number[]) => {
        for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] ?? 0) + (vector[i] ?? 0);
      };

      const conversations = await db.conversations.where('startedAt').aboveOrEqual(from).toArray();
      const analyses = await db.conversationAnalyses.bulkGet(conversations.map((c) => c.id));
      conversations.forEach((c, i) => {
        const analysis = analyses[i];
        if (!analysis) return;
        const entry = bucket(c.startedAt);
        add(entry.sum, analysis.mix);
        entry.conversations++;
      });

      const entries = await db.diary.where('createdAt').aboveOrEqual(from).toArray();
      for (const e of entries) {
        const entry = bucket(e.createdAt);
        add(entry.sum, e.emotions);
        entry.diary++;
      }

      return dayList.map((day) => {
        const entry = sums.get(day);
        if (!entry) return { day, mix: null, conversations: 0, diary: 0 };
        const n = entry.conversations + entry.diary;
        return {
          day,
          mix: entry.sum.map((v) => v / n),
          conversations: entry.conversations,
          diary: entry.diary,
        };
      });
    }),
  );
}
