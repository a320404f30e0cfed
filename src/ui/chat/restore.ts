/**
 * Rebuilds the chat engine's ConversationState from what the store keeps (messages, message
 * analyses, the conversation record). The store has no column for the engine state, so the
 * state is derived: user turns from the user messages and their analyses, used replies and
 * asked follow-ups by matching the bot's stored texts against the dialogue index (so a
 * reopened conversation still never repeats a reply), covered topics by the same rules the
 * engine applies to the texts (src/chat/topics.ts), each turn's mood from the reply it got
 * (the intent's emotion, or the reflection's), the recent texts from the last user messages.
 * Only `lastEmbedding` (short-turn context) is not recoverable; it starts empty.
 */
import { askedTopics, countsTowardMood, toldTopics, type ConversationState, type DialogueIndex, type SafetyFlag, type TurnSummary } from '../../chat';
import { EMOTIONS, type EmotionId } from '../../ml/emotions';
import { WORDLESS_REFLECTIONS } from '../../chat/wordless';
import { UNSURE_QUESTIONS, UNSURE_REFLECTIONS } from '../../chat/unsure';
import { LIFE_EVENTS, lifeQuestionPrefix, lifeReplyPrefix } from '../../chat/life-events';
import { CARRY_LOOKBACK } from '../../chat/engine';
import { CHECK_IN_POOLS } from '../../chat/safety-check';
import { cleanText, meaningfulLength } from '../../ml/text';
import type { Conversation, Message, MessageAnalysis } from '../../store';

interface ReplyIds {
  replies: Map<string, string>;
  reflections: { text: string; id: string }[];
  followups: Map<string, string>;
}

const cache = new WeakMap<DialogueIndex, ReplyIds>();

function replyIds(index: DialogueIndex): ReplyIds {
  const hit = cache.get(index);
  if (hit) return hit;
  const replies = new Map<string, string>();
  for (const intent of index.intents) intent.replies.forEach((r, i) => replies.set(r, `${intent.id}#${i}`));
  for (const cat of ['suicide', 'violence'] as const) {
    index.safetyReplies[cat]?.forEach((r, i) => replies.set(r, `safety:${cat}#${i}`));
  }
  for (const e of LIFE_EVENTS) e.replies.forEach((r, i) => replies.set(r, `${lifeReplyPrefix(e.id)}#${i}`));
  for (const [pool, prefix] of CHECK_IN_POOLS) pool.forEach((r, i) => replies.set(r, `${prefix}#${i}`));
  const reflections: { text: string; id: string }[] = [];
  const followups = new Map<string, string>();
  for (const e of EMOTIONS) {
    index.reflections[e]?.forEach((r, i) => reflections.push({ text: r, id: `reflection:${e}#${i}` }));
    index.followups[e]?.forEach((q, i) => followups.set(q, `${e}#${i}`));
  }
  for (const [tone, lines] of Object.entries(WORDLESS_REFLECTIONS)) lines.forEach((r, i) => reflections.push({ text: r, id: `wordless:${tone}#${i}` }));
  UNSURE_REFLECTIONS.forEach((r, i) => reflections.push({ text: r, id: `unsure#${i}` }));
  UNSURE_QUESTIONS.forEach((q, i) => followups.set(q, `unsure#${i}`));
  for (const e of LIFE_EVENTS) e.questions.forEach((q, i) => followups.set(q, `${lifeQuestionPrefix(e.id)}#${i}`));
  // Longest first, so a reflection that is a prefix of another does not win.
  reflections.sort((a, b) => b.text.length - a.text.length);
  const ids = { replies, reflections, followups };
  cache.set(index, ids);
  return ids;
}

export function rebuildState(
  index: DialogueIndex,
  conversation: Conversation,
  messages: readonly Message[],
  analyses: readonly MessageAnalysis[],
  seed: number,
): ConversationState {
  const ids = replyIds(index);
  const byMessage = new Map(analyses.map((a) => [a.messageId, a]));
  const turns: TurnSummary[] = [];
  const usedReplies: string[] = [];
  const askedFollowups: string[] = [];
  const covered = new Set<string>();
  let sharedChars = 0;
  let safety: SafetyFlag = null;
  let lastTurn: TurnSummary | null = null;
  const userTexts: string[] = [];
  const intentEmotion = new Map<string, EmotionId>(index.intents.map((i) => [i.id, i.emotion]));
  for (const e of LIFE_EVENTS) intentEmotion.set(lifeReplyPrefix(e.id), e.emotion);

  for (const m of messages) {
    if (m.role === 'user') {
      const analysis = byMessage.get(m.id);
      lastTurn = null;
      if (!analysis) continue; // refused or never answered: not a turn
      const text = cleanText(m.text);
      userTexts.push(text);
      const chars = meaningfulLength(text);
      for (const t of toldTopics(text)) covered.add(t);
      const turn: TurnSummary = {
        emotions: EMOTIONS.map((_, i) => analysis.emotions[i] ?? 0),
        chars,
        kind: 'followup',
        intent: null,
        safety: null,
      };
      turns.push(turn);
      lastTurn = turn;
      continue;
    }
    // A bot message answers the user turn before it.
    const text = m.text;
    for (const t of askedTopics(text)) covered.add(t);
    const direct = ids.replies.get(text);
    // The emotion the reply was given in (TurnSummary.mood), where the reply shows it.
    let mood: EmotionId | undefined;
    if (direct) {
      usedReplies.push(direct);
      if (m.kind === 'retrieval' && m.intent) mood = intentEmotion.get(m.intent);
    } else {
      const reflection = ids.reflections.find((r) => text.startsWith(`${r.text} `) || text === r.text);
      if (reflection) usedReplies.push(reflection.id);
      const reflected = reflection?.id.match(/^reflection:(\w+)#/u)?.[1];
      if (reflected) mood = reflected as EmotionId;
      else if (reflection?.id.startsWith('unsure#')) mood = 'neutral';
      const question = reflection ? text.slice(reflection.text.length).trim() : text;
      const asked = ids.followups.get(question);
      if (asked) askedFollowups.push(asked);
    }
    if (lastTurn) {
      if (m.kind) lastTurn.kind = m.kind;
      lastTurn.intent = m.intent ?? null;
      if (mood !== undefined) lastTurn.mood = mood;
      if (m.kind === 'safety') {
        const cat: SafetyFlag = direct?.startsWith('safety:violence') ? 'violence' : 'suicide';
        lastTurn.safety = cat;
        safety ??= cat;
      }
      lastTurn = null;
    }
  }
  if (conversation.safety) safety = conversation.safety;
  // The same rule as the engine: short meta turns fill no gauge (src/chat/mix.ts).
  for (const t of turns) if (countsTowardMood(t)) sharedChars += t.chars;
  return {
    version: 1,
    seed,
    turns,
    sharedChars: Math.max(sharedChars, 0),
    usedReplies,
    askedFollowups,
    coveredTopics: [...covered],
    lastEmbedding: null,
    recentTexts: userTexts.slice(-CARRY_LOOKBACK),
    safety,
  };
}

/** Label of a stored analysis vector. */
export function labelOf(emotions: readonly number[]): EmotionId {
  let best = 0;
  for (let i = 1; i < EMOTIONS.length; i++) if ((emotions[i] ?? 0) > (emotions[best] ?? 0)) best = i;
  return EMOTIONS[best] ?? 'neutral';
}
