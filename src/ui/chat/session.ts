/**
 * The chat session: the conversation on screen, its engine state and its persistence.
 *
 * Per message: validate → user bubble at once → persist (createConversation on the first
 * message, addMessage) → engine.reply (analysis in the worker) → typing indicator for a
 * short beat (≥ 300 ms; none with prefers-reduced-motion) → bot bubble → persist the bot
 * message, the message analysis, the conversation analysis and the safety flag; the gauge
 * follows. Turns run one after another, so the user may keep typing and sending.
 *
 * Storage failures never stop the chat: the store reports them (a notice is shown) and the
 * conversation goes on from memory.
 */
import { batch } from 'solid-js';
import { createStore, produce } from 'solid-js/store';
import type { ChatEngine, ConversationState, SafetyFlag, SongOnScreen, TurnResult } from '../../chat';
import { countedTurns, countsTowardMood, gaugeLevel, turnWeight } from '../../chat';
import { EMOTIONS, mixToArray, topEmotion, type EmotionId } from '../../ml/emotions';
import { checkMessage, cleanText, meaningfulLength } from '../../ml/text';
import {
  addMessage,
  createConversation,
  getConversation,
  newConversation,
  newId,
  newMessage,
  saveConversationAnalysis,
  saveMessageAnalysis,
  updateConversation,
  type Conversation,
  type Message,
  type MessageAnalysis,
  type MessageKind,
} from '../../store';
import {
  analyzeText,
  dialogueStatus,
  getChatEngine,
  getDb,
  modelStatus,
  notifyDataChanged,
  prefersReducedMotion,
  rateSong,
  setActiveTab,
  settings,
} from '../services';
import { labelOf, rebuildState } from './restore';

export interface Bubble {
  id: string;
  role: 'user' | 'bot';
  text: string;
  kind?: MessageKind;
  /** User bubbles: the emotion the model read in this message (once analysed). */
  label?: EmotionId;
  /** 'failed': the reply could not be made (model/index unavailable); can be retried. */
  status: 'pending' | 'done' | 'failed';
  createdAt: number;
}

export interface ChatSessionState {
  conversationId: string;
  messages: Bubble[];
  /** 0..1 */
  gauge: number;
  /** The conversation's emotion mix, 7 numbers in EMOTIONS order. */
  mix: number[];
  /** User turns analysed so far. */
  turns: number;
  /** Sticky for the conversation once a safety turn happened: show the help banner. */
  banner: SafetyFlag;
  /** A reply is being prepared. */
  typing: boolean;
  /** The emotion chart + recommendations are open. */
  resultsOpen: boolean;
  /** The latest turn was a safety turn: show no songs. */
  lastTurnSafety: boolean;
  /** A stored conversation is being loaded. */
  restoring: boolean;
  /** Text of the latest bot reply (for the screen-reader announcer). */
  lastReply: string;
  /** Bumped after every answered turn. */
  revision: number;
  /** The song list a request asked for first ("신나는 노래" → shift), or null for the default. */
  songMode: 'similar' | 'shift' | null;
  /** Bumped when the user asks in the chat for more songs ("또 추천해줘"): the list shows songs not shown yet. */
  moreSongs: number;
  /** The open song list's cards (set by Recommendations), so "두번째 노래 좋다" can name one. */
  songsOnScreen: ShownSong[];
  /** Bumped after a like or dislike said in the chat was recorded: the song cards show it. */
  chatRatings: number;
}

/** A song card on screen, with the mix its list was picked for (saved with feedback). */
export interface ShownSong extends SongOnScreen {
  mood: number[];
}

/** The minimum time the typing indicator stays up (skipped with prefers-reduced-motion). */
export const TYPING_MIN_MS = 320;
const CURRENT_KEY = 'maum.currentConversation';

const emptyMix = () => EMOTIONS.map(() => 0);

function freshState(): ChatSessionState {
  return {
    conversationId: newId(),
    messages: [],
    gauge: 0,
    mix: emptyMix(),
    turns: 0,
    banner: null,
    typing: false,
    resultsOpen: false,
    lastTurnSafety: false,
    restoring: false,
    lastReply: '',
    revision: 0,
    songMode: null,
    moreSongs: 0,
    songsOnScreen: [],
    chatRatings: 0,
  };
}

const [session, setSession] = createStore<ChatSessionState>(freshState());
export { session };

// Not reactive: the engine state and what is needed to rebuild or extend it.
let engineState: ConversationState | null = null;
let restored: { conversation: Conversation; messages: Message[]; analyses: MessageAnalysis[] } | null = null;
let persisted = false;
let generation = 0;
let chain: Promise<void> = Promise.resolve();
/** Per analysed user turn: its embedding (null after a restore) and length. */
/**
 * What the user said, turn by turn, for the conversation's embedding: `kind` is how the bot
 * answered (short meta turns are left out, as in the mix); `text` is kept after a restore, when
 * the embeddings must be computed again.
 */
let turnEmbeddings: { embedding: Float32Array | null; chars: number; kind?: string; text?: string }[] = [];
/** User messages already written to the store. */
const storedIds = new Set<string>();

function rememberCurrent(id: string | null): void {
  try {
    if (id) sessionStorage.setItem(CURRENT_KEY, id);
    else sessionStorage.removeItem(CURRENT_KEY);
  } catch {
    // sessionStorage unavailable: a reload starts a new conversation.
  }
}

export type SendResult = { ok: true } | { ok: false; message: string };

/** The Korean line under the gauge. */
export function gaugeLine(gauge: number): string {
  if (gauge >= 1) return '이제 감정을 확인해 볼 수 있어요';
  if (gauge >= 0.5) return '마음이 조금씩 보여요';
  if (gauge > 0) return '조금 더 들려주세요';
  return '편하게 이야기를 들려주세요';
}

/** Whether the chat can take a message now (the model and the dialogue data did not fail). */
export function chatUnavailable(): string | null {
  const m = modelStatus();
  if (m.phase === 'error') return m.error ?? '감정 모델을 불러오지 못했어요.';
  const d = dialogueStatus();
  if (d.phase === 'error') return d.error ?? '대화 자료를 불러오지 못했어요.';
  return null;
}

/**
 * Sends one message. Refused (with a Korean reason, and nothing lost: the caller keeps the
 * text in the input) when it is empty or too long, or when the model failed to load.
 */
export function sendMessage(raw: string): SendResult {
  const check = checkMessage(raw);
  if (!check.ok) return { ok: false, message: check.message };
  const blocked = chatUnavailable();
  if (blocked) return { ok: false, message: `${blocked} 적은 글은 그대로 남겨 둘게요.` };
  const text = raw.normalize('NFC').trim();
  const bubble: Bubble = { id: newId(), role: 'user', text, status: 'pending', createdAt: Date.now() };
  setSession('messages', (list) => [...list, bubble]);
  const gen = generation;
  chain = chain.then(() => runTurn(bubble, gen)).catch((err: unknown) => console.error('chat turn failed', err));
  return { ok: true };
}

/** Tries a failed message again. */
export function retryMessage(id: string): void {
  const bubble = session.messages.find((m) => m.id === id && m.status === 'failed');
  if (!bubble) return;
  setSession('messages', (m) => m.id === id, 'status', 'pending');
  const gen = generation;
  const copy = { ...bubble, status: 'pending' as const };
  chain = chain.then(() => runTurn(copy, gen)).catch((err: unknown) => console.error('chat turn failed', err));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ensurePersisted(db: Awaited<ReturnType<typeof getDb>>, firstUserText: string): Promise<void> {
  if (persisted) return;
  persisted = true;
  await createConversation(db, newConversation({ id: session.conversationId, firstUserText, now: Date.now() }));
  rememberCurrent(session.conversationId);
}

async function runTurn(bubble: Bubble, gen: number): Promise<void> {
  if (gen !== generation) return;
  const conversationId = session.conversationId;
  const db = await getDb();
  const started = performance.now();
  setSession('typing', true);

  // Persist the user message first (a failed write only shows a notice).
  if (!storedIds.has(bubble.id)) {
    // Marked first, so a retry of a failed turn does not store the message twice.
    storedIds.add(bubble.id);
    await ensurePersisted(db, bubble.text);
    await addMessage(db, newMessage({ id: bubble.id, conversationId, role: 'user', text: bubble.text, now: bubble.createdAt }));
    notifyDataChanged();
  }

  let engine: ChatEngine;
  let turn: TurnResult;
  try {
    engine = await getChatEngine();
    if (gen !== generation) return;
    const state = currentEngineState(engine);
    const songsOnScreen = session.resultsOpen && !session.lastTurnSafety ? session.songsOnScreen.map(({ id, title, artist, mode }) => ({ id, title, artist, mode })) : [];
    turn = await engine.reply(state, bubble.text, { songsOnScreen });
  } catch (err) {
    console.warn('no reply', err);
    if (gen !== generation) return;
    batch(() => {
      setSession('typing', false);
      setSession('messages', (m) => m.id === bubble.id, 'status', 'failed');
    });
    return;
  }
  if (gen !== generation) return;

  if (!prefersReducedMotion()) {
    const left = TYPING_MIN_MS - (performance.now() - started);
    if (left > 0) await sleep(left);
    if (gen !== generation) return;
  }

  engineState = turn.state;
  if (turn.turn) turnEmbeddings.push({ embedding: turn.turn.embedding, chars: meaningfulLength(cleanText(bubble.text)), kind: turn.kind });
  const bot: Bubble = { id: newId(), role: 'bot', text: turn.reply, kind: turn.kind, status: 'done', createdAt: Date.now() };
  const mix = mixToArray(turn.emotions);
  batch(() => {
    setSession(
      produce((s) => {
        const user = s.messages.find((m) => m.id === bubble.id);
        if (user) {
          user.status = 'done';
          if (turn.turn) user.label = turn.turn.label;
        }
        s.messages.push(bot);
        s.typing = false;
        s.gauge = turn.gauge;
        s.mix = mix;
        s.turns = countedTurns(turn.state.turns);
        s.banner = turn.banner;
        s.lastTurnSafety = turn.suppressRecommendations;
        s.lastReply = turn.reply;
        s.revision += 1;
        s.songMode = turn.songMode ?? null;
        if ((turn.action === 'open_recommendations' || turn.action === 'more_recommendations') && !turn.suppressRecommendations) s.resultsOpen = true;
        if (turn.action === 'more_recommendations' && !turn.suppressRecommendations) s.moreSongs += 1;
      }),
    );
  });

  // A like or dislike said in the chat is recorded as the card's button would record it.
  const rating = turn.songRating;
  const ratedSong = rating && session.songsOnScreen.find((x) => x.id === rating.songId && x.mode === rating.mode);
  if (rating && ratedSong) {
    await rateSong({ songId: rating.songId, mode: rating.mode, liked: rating.liked, mood: ratedSong.mood, sourceId: conversationId });
    setSession('chatRatings', (n) => n + 1);
  }

  // Persist the reply and what was learnt from the turn.
  await addMessage(
    db,
    newMessage({
      id: bot.id,
      conversationId,
      role: 'bot',
      text: turn.reply,
      kind: turn.kind,
      intent: turn.intent,
      score: Math.round(turn.score * 1e4) / 1e4,
      now: bot.createdAt,
    }),
  );
  const now = Date.now();
  if (turn.turn) {
    await saveMessageAnalysis(db, {
      messageId: bubble.id,
      conversationId,
      emotions: mixToArray(turn.turn.emotions),
      label: turn.turn.label,
      createdAt: bubble.createdAt,
    });
    await saveConversationAnalysis(db, {
      conversationId,
      mix,
      label: topEmotion(turn.emotions),
      turns: countedTurns(turn.state.turns),
      updatedAt: now,
    });
  }
  await updateConversation(db, conversationId, { sharedChars: turn.state.sharedChars, safety: turn.banner, updatedAt: now });
  notifyDataChanged();
}

function currentEngineState(engine: ChatEngine): ConversationState {
  if (engineState) return engineState;
  if (restored) {
    const r = restored;
    engineState = rebuildState(engine.index, r.conversation, r.messages, r.analyses, engine.newConversation().seed);
    return engineState;
  }
  engineState = engine.newConversation();
  return engineState;
}

/** Re-reads the gauge after the threshold setting changed. */
export async function refreshGauge(): Promise<void> {
  try {
    const engine = await getChatEngine();
    const state = engineState ?? (restored ? currentEngineState(engine) : null);
    setSession('gauge', state ? engine.gauge(state) : 0);
  } catch {
    setSession('gauge', gaugeLevel(engineState?.sharedChars ?? 0, settings().gaugeThreshold));
  }
}

/** Opens or closes the emotion chart + recommendations. */
export function setResultsOpen(open: boolean): void {
  setSession('resultsOpen', open);
}

/** The open song list's cards, top to bottom (Recommendations keeps this current). */
export function setSongsOnScreen(songs: ShownSong[]): void {
  setSession('songsOnScreen', songs);
}

/** Starts a new, empty conversation (the current one stays in history). */
export function startNewConversation(): void {
  generation += 1;
  chain = Promise.resolve();
  engineState = null;
  restored = null;
  persisted = false;
  turnEmbeddings = [];
  setSession(freshState());
  rememberCurrent(null);
}

/**
 * Reopens a stored conversation in the 대화 tab: its messages, gauge, emotion mix, help
 * banner and (when songs were shown for it) the chart and songs. Resolves false when it
 * does not exist (any more).
 */
export async function openConversation(id: string, options: { switchTab?: boolean } = {}): Promise<boolean> {
  if (options.switchTab !== false) setActiveTab('chat');
  if (session.conversationId === id && persisted) return true;
  generation += 1;
  const gen = generation;
  chain = Promise.resolve();
  setSession('restoring', true);
  const db = await getDb();
  const detail = await getConversation(db, id);
  if (gen !== generation) return false;
  if (!detail) {
    setSession('restoring', false);
    rememberCurrent(null);
    return false;
  }
  const labels = new Map(detail.messageAnalyses.map((a) => [a.messageId, labelOf(a.emotions)]));
  const messages: Bubble[] = detail.messages.map((m) => ({
    id: m.id,
    role: m.role,
    text: m.text,
    ...(m.kind ? { kind: m.kind } : {}),
    ...(labels.has(m.id) ? { label: labels.get(m.id)! } : {}),
    status: 'done',
    createdAt: m.createdAt,
  }));
  for (const m of detail.messages) storedIds.add(m.id);
  const lastBot = [...detail.messages].reverse().find((m) => m.role === 'bot');
  const mix = detail.analysis?.mix ?? detail.conversation.mix;
  engineState = null;
  restored = { conversation: detail.conversation, messages: detail.messages, analyses: detail.messageAnalyses };
  persisted = true;
  // Each analysed user message, with the kind of the bot reply that followed it.
  turnEmbeddings = detail.messages.flatMap((m, i) => {
    if (m.role !== 'user' || !labels.has(m.id)) return [];
    const next = detail.messages[i + 1];
    const text = cleanText(m.text);
    return [{ embedding: null, chars: meaningfulLength(text), text, ...(next?.role === 'bot' && next.kind ? { kind: next.kind } : {}) }];
  });
  const turns = countedTurns(turnEmbeddings);
  const hasMix = mix.some((v) => v > 0);
  setSession({
    conversationId: id,
    messages,
    gauge: gaugeLevel(detail.conversation.sharedChars, settings().gaugeThreshold),
    mix: hasMix ? [...mix] : emptyMix(),
    turns,
    banner: detail.conversation.safety,
    typing: false,
    resultsOpen: detail.recommendations.length > 0,
    lastTurnSafety: lastBot?.kind === 'safety',
    restoring: false,
    lastReply: '',
    revision: 0,
    songMode: null,
    moreSongs: 0,
    songsOnScreen: [],
    chatRatings: 0,
  });
  rememberCurrent(id);
  // Once the engine is there, take the gauge from its own rule (same threshold setting).
  void getChatEngine()
    .then((engine) => {
      if (gen !== generation) return;
      setSession('gauge', engine.gauge(currentEngineState(engine)));
    })
    .catch(() => undefined);
  return true;
}

/** Reopens the conversation this tab had before a reload, if any. */
export async function restoreCurrentConversation(): Promise<void> {
  let id: string | null;
  try {
    id = sessionStorage.getItem(CURRENT_KEY);
  } catch {
    id = null;
  }
  if (id) await openConversation(id, { switchTab: false });
}

/**
 * A unit embedding of what the user said in this conversation (for "similar" songs): the
 * turns' embeddings weighted like the emotion mix. After a restore the user's messages are
 * analysed again (in the worker). Null when there is nothing to go on.
 */
export async function conversationEmbedding(): Promise<Float32Array | null> {
  let items = turnEmbeddings;
  if (items.length === 0) return null;
  const missing = items.filter((t) => t.embedding === null && t.text);
  if (missing.length) {
    try {
      const analyses = await analyzeText(missing.map((t) => t.text!));
      const fresh = new Map(missing.map((t, i) => [t, analyses[i]?.embedding ?? null]));
      items = items.map((t) => (fresh.has(t) ? { ...t, embedding: fresh.get(t)! } : t));
      turnEmbeddings = items;
    } catch {
      return null;
    }
  }
  // The same turns as the mix: short meta turns ("노래 추천해줘") say nothing about the user.
  const counted = items.filter(countsTowardMood);
  if (counted.length) items = counted;
  const dim = items.find((t) => t.embedding)?.embedding?.length ?? 0;
  if (!dim) return null;
  const acc = new Float32Array(dim);
  items.forEach((t, i) => {
    const w = turnWeight(t.chars, items.length - 1 - i);
    const e = t.embedding;
    if (!e || e.length !== dim) return;
    for (let d = 0; d < dim; d++) acc[d]! += w * e[d]!;
  });
  let norm = 0;
  for (const v of acc) norm += v * v;
  norm = Math.sqrt(norm);
  if (!(norm > 0)) return null;
  for (let d = 0; d < dim; d++) acc[d]! /= norm;
  return acc;
}
