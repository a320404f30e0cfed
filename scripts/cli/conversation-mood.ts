/**
 * Session 38 (mixfix): the mood of a conversation as the app reads it, for `npm run recommend --
 * --file F` and scripts/eval/long-text.ts.
 *
 * The failure: the recommend CLI read a conversation as one text (all turns joined), while the app
 * recommends from the chat's own mix (session.mix: each turn analysed on its own, mixed by
 * src/chat/mix.ts with √letters and recency, short meta turns left out). The two disagreed on the
 * lead emotion in 9 of the testers' 38 conversations. Here each turn goes through the chat engine
 * exactly as in the app, the mix is the engine's (TurnResult.emotions after the last turn) and the
 * embedding for the "similar" list is the app's conversationEmbedding (src/ui/chat/session.ts): the
 * counted turns' embeddings weighted by turnWeight and renormalised.
 */
import type { ChatEngine } from '../../src/chat/engine';
import { countedTurns, countsTowardMood, turnWeight } from '../../src/chat/mix';
import type { EmotionMix } from '../../src/ml/emotions';
import { cleanText, meaningfulLength } from '../../src/ml/text';

export interface ConversationMood {
  /** The chat's conversation mix after the last turn (what the app's chart and lists use). */
  mix: EmotionMix;
  /** The counted turns' weighted mean embedding (unit length); null when no turn was analysed. */
  embedding: Float32Array | null;
  /** Turns the mix rests on ("이야기 N개"). */
  turns: number;
}

/** Blank lines are skipped (the app sends none); every other line is one user turn. */
export function conversationTurns(lines: readonly string[]): string[] {
  return lines.map((l) => l.trim()).filter(Boolean);
}

export async function conversationMood(engine: ChatEngine, turns: readonly string[]): Promise<ConversationMood> {
  let state = engine.newConversation();
  let mix: EmotionMix | null = null;
  const items: { embedding: Float32Array; chars: number; kind?: string }[] = [];
  for (const text of turns) {
    const r = await engine.reply(state, text);
    state = r.state;
    mix = r.emotions;
    if (r.turn) items.push({ embedding: r.turn.embedding, chars: meaningfulLength(cleanText(text)), kind: r.kind });
  }
  if (!mix) throw new Error('no turns to read');
  return { mix, embedding: meanEmbedding(items), turns: countedTurns(state.turns) };
}

/** The app's conversationEmbedding, without the UI: counted turns, turnWeight, unit length. */
export function meanEmbedding(all: readonly { embedding: Float32Array; chars: number; kind?: string }[]): Float32Array | null {
  const counted = all.filter(countsTowardMood);
  const items = counted.length ? counted : all;
  const dim = items[0]?.embedding.length ?? 0;
  if (!dim) return null;
  const acc = new Float32Array(dim);
  items.forEach((t, i) => {
    const w = turnWeight(t.chars, items.length - 1 - i);
    if (t.embedding.length !== dim) return;
    for (let d = 0; d < dim; d++) acc[d]! += w * t.embedding[d]!;
  });
  let norm = 0;
  for (const v of acc) norm += v * v;
  norm = Math.sqrt(norm);
  if (!(norm > 0)) return null;
  for (let d = 0; d < dim; d++) acc[d]! /= norm;
  return acc;
}
