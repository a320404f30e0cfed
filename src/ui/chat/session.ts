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
 * conversation goes on from memory; what a full disk refused is kept and written later, in order
 * (src/store/keptWrites.ts), so a reload loses nothing.
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
import { emotionChip } from './emotionChip';
import { isGoodbyeTurn } from './gaugeCopy';
import { labelOf, rebuildState } from './restore';
import { listArtistAfter } from '../../recommend/artist';
import { tabAskedBy } from './songTab';
import { resumeCandidate, resumeChoice, setAsideOpenTab } from './resume';

export interface Bubble {
  id: string;
  role: 'user' | 'bot';
  text: string;
  kind?: MessageKind;
  /** User bubbles: the emotion the model read in this message (once analysed). */
  label?: EmotionId;
  /** User bubbles: the emotion shown under the message, only when the model is sure (emotionChip.ts). */
  chip?: EmotionId;
  /** Bot bubbles: this reply opened the songs (a request in the chat): it points to them. */
  songs?: boolean;
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
  /** Session 41: the user folded the emotion chart ("차트 접기"); the songs stay open. */
  chartFolded: boolean;
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
  /** Session 38: the singer the chat's request named ("아이유 노래 추천해줘"): the song lists show only theirs. */
  songArtist: string | null;
  /** Bumped when the user asks in the chat for more songs ("또 추천해줘"): the list shows songs not shown yet. */
  moreSongs: number;
  /** Session 42: bumped when a turn opens songs with a list asked (songTab.ts): that tab shows, even if songMode is unchanged. */
  songTabAsked: number;
  /** The open song list's cards (set by Recommendations), so "두번째 노래 좋다" can name one. */
  songsOnScreen: ShownSong[];
  /** Bumped after a like or dislike said in the chat was recorded: the song cards show it. */
  chatRatings: number;
  /** Who opened the songs: the user (a button), a request in the chat, or a restored conversation. */
  resultsBy: 'user' | 'chat' | 'restore' | null;
  /** Bumped when a request in the chat opened the songs (the screen brings them into view). */
  songsAsked: number;
  /** The latest turn was a goodbye ("오늘은 일찍 자야겠어요"): the songs are offered before the gauge is full. */
  leaving: boolean;
  /** An older conversation the app did not reopen by itself: offered as "지난 대화 이어서 하기". */
  resumeOffer: string | null;
}

/** A song card on screen, with the mix its list was picked for (saved with feedback). */
export interface ShownSong extends SongOnScreen {
  mood: number[];
}

/** The minimum time the typing indicator stays up (skipped with prefers-reduced-motion). */
export const TYPING_MIN_MS = 320;
/** This tab's conversation (sessionStorage: a reload) and the last one across closes (localStorage). */
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
    chartFolded: false,
    lastTurnSafety: false,
    restoring: false,
    lastReply: '',
    revision: 0,
    songMode: null,
    songArtist: null,
    moreSongs: 0,
    songTabAsked: 0,
    songsOnScreen: [],
    chatRatings: 0,
    resultsBy: null,
    songsAsked: 0,
    leaving: false,
    resumeOffer: null,
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
  for (const store of [() => sessionStorage, () => localStorage]) {
    try {
      if (id) store().setItem(CURRENT_KEY, id);
      else store().removeItem(CURRENT_KEY);
    } catch {
      // Storage unavailable: a reload starts a new conversation.
    }
  }
}

function recalled(store: () => Storage): string | null {
  try {
    return store().getItem(CURRENT_KEY);
  } catch {
    return null;
  }
}

export type SendResult = { ok: true } | { ok: false; message: string };


/** Whether the chat can take a message now (the model and the dialogue data did not fail). */
export function chatUnavailable(): string | null {
  const m = modelStatus();
  if (m.phase === 'error') return m.error ?? '마음 읽기를 준비하지 못했어요.';
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
  batch(() => {
    setSession('messages', (list) => [...list, bubble]);
    setSession('resumeOffer', null);
  });
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

  const newReplyIds = turn.state.usedReplies.slice(engineState?.usedReplies.length ?? 0);
  const leaving = isGoodbyeTurn(turn, (id) => engine.index.intents.find((i) => i.id === id)?.action, newReplyIds);
  const opensSongs = (turn.action === 'open_recommendations' || turn.action === 'more_recommendations') && !turn.suppressRecommendations;
  engineState = turn.state;
  if (turn.turn) turnEmbeddings.push({ embedding: turn.turn.embedding, chars: meaningfulLength(cleanText(bubble.text)), kind: turn.kind });
  const bot: Bubble = { id: newId(), role: 'bot', text: turn.reply, kind: turn.kind, status: 'done', createdAt: Date.now(), ...(opensSongs ? { songs: true } : {}) };
  const mix = mixToArray(turn.emotions);
  batch(() => {
    setSession(
      produce((s) => {
        const user = s.messages.find((m) => m.id === bubble.id);
        if (user) {
          user.status = 'done';
          if (turn.turn) {
            user.label = turn.turn.label;
            const chip = emotionChip({ emotions: mixToArray(turn.turn.emotions), text: bubble.text, replyKind: turn.kind });
            if (chip) user.chip = chip;
          }
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
        s.songArtist = listArtistAfter(s.songArtist, turn);
        s.leaving = leaving;
        if (opensSongs) {
          if (!s.resultsOpen) s.resultsBy = 'chat';
          s.resultsOpen = true;
          s.songsAsked += 1;
        }
        if (tabAskedBy(turn)) s.songTabAsked += 1;
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

/** Opens or closes the emotion chart + recommendations (the user's choice). */
export function setResultsOpen(open: boolean): void {
  batch(() => {
    if (open && !session.resultsOpen) setSession('resultsBy', 'user');
    setSession('resultsOpen', open);
  });
}

/**
 * Folds or unfolds the emotion chart above the songs. Session 41: "접기" used to close the chart
 * and the songs together, leaving no way back below half the gauge; only the chart folds now.
 */
export function setChartFolded(folded: boolean): void {
  setSession('chartFolded', folded);
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
  const vectors = new Map(detail.messageAnalyses.map((a) => [a.messageId, a.emotions]));
  const messages: Bubble[] = detail.messages.map((m, i) => {
    const next = detail.messages[i + 1];
    const vector = vectors.get(m.id);
    const chip = m.role === 'user' && vector ? emotionChip({ emotions: vector, text: m.text, replyKind: next?.role === 'bot' ? next.kind : undefined }) : null;
    return {
      id: m.id,
      role: m.role,
      text: m.text,
      ...(m.kind ? { kind: m.kind } : {}),
      ...(labels.has(m.id) ? { label: labels.get(m.id)! } : {}),
      ...(chip ? { chip } : {}),
      status: 'done',
      createdAt: m.createdAt,
    };
  });
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
    chartFolded: false,
    lastTurnSafety: lastBot?.kind === 'safety',
    restoring: false,
    lastReply: '',
    revision: 0,
    songMode: null,
    songArtist: null,
    moreSongs: 0,
    songTabAsked: 0,
    songsOnScreen: [],
    chatRatings: 0,
    resultsBy: detail.recommendations.length > 0 ? 'restore' : null,
    songsAsked: 0,
    leaving: false,
    resumeOffer: null,
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

/**
 * When the app opens: reopens the conversation this tab had before a reload, else the last one,
 * when it was active recently; an older one is offered as "지난 대화 이어서 하기" (resume.ts).
 */
export async function restoreCurrentConversation(): Promise<void> {
  const tabId = recalled(() => sessionStorage);
  const savedId = tabId ? null : recalled(() => localStorage);
  const id = resumeCandidate({ tabId, savedId });
  let lastActivity: number | null = null;
  if (id) {
    try {
      const detail = await getConversation(await getDb(), id);
      if (detail) lastActivity = Math.max(detail.conversation.updatedAt, ...detail.messages.map((m) => m.createdAt));
    } catch {
      lastActivity = null;
    }
  }
  const choice = resumeChoice({ tabId, savedId, lastActivity, now: Date.now() });
  // The user may have started talking meanwhile: never replace that.
  if (session.messages.length > 0 || persisted) return;
  if (choice.action === 'resume') await openConversation(choice.id, { switchTab: false });
  else if (choice.action === 'offer') setSession('resumeOffer', choice.id);
  else if (id) rememberCurrent(null);
}

/**
 * For a tab that stayed open (resume.ts, setAsideOpenTab): a conversation left six hours or more
 * ago gives way to a fresh chat, with itself offered as "지난 대화 이어서 하기". Only a stored
 * conversation is set aside (it stays in 기록); the composer's draft is left alone.
 */
export function setAsideStaleConversation(now: number = Date.now()): boolean {
  const busy = session.typing || session.restoring || session.messages.some((m) => m.status === 'pending');
  if (!persisted || !setAsideOpenTab({ messageTimes: session.messages.map((m) => m.createdAt), busy, now })) return false;
  const id = session.conversationId;
  startNewConversation();
  setSession('resumeOffer', id);
  return true;
}

/** Reopens the conversation offered as "지난 대화 이어서 하기". */
export async function resumeOffered(): Promise<boolean> {
  const id = session.resumeOffer;
  if (!id) return false;
  setSession('resumeOffer', null);
  return openConversation(id, { switchTab: false });
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
