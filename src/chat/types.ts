/**
 * Shapes shared by the chat engine, its index and the front ends (app, CLI, tests).
 * Everything here is plain data: a ConversationState survives JSON.stringify/parse, so the
 * app can persist it next to the conversation and restore it later.
 */
import type { EmotionId, EmotionMix } from '../ml/emotions';
import type { IntentModelData } from './intent-model';
import type { LongMemo } from './long-memory';

export type IntentKind = 'retrieval' | 'meta';
export type MetaAction =
  | 'greeting'
  | 'thanks'
  | 'goodbye'
  | 'who_are_you'
  | 'what_can_you_do'
  | 'recommend_song'
  | 'complaint'
  | 'smalltalk_bot'
  /** About the talk itself: "그냥 들어줘", "조언 좀 해줘", "이런 얘기해서 미안해", "응", "잘 모르겠어". */
  | 'conversation'
  /** A request the bot cannot serve (facts, search, translation): it says so and turns back to the user. */
  | 'out_of_scope'
  /** Where the talk is kept and who sees it: on this device only, deletable in 설정 → 내 기록. */
  | 'privacy';

export type SafetyCategory = 'suicide' | 'violence';
export type SafetyFlag = null | SafetyCategory;
/**
 * The safety reply pools: one per category, plus 'bullying', a violence disclosure about
 * bullying at school or work (the user's own or their child's), which needs other help lines
 * (117, 1388, 1350) than abuse at home or by a partner (112, 1366).
 */
export type SafetyReplyPool = SafetyCategory | 'bullying';
export const SAFETY_REPLY_POOLS: readonly SafetyReplyPool[] = ['suicide', 'violence', 'bullying'];
export type ReplyKind = 'retrieval' | 'followup' | 'safety' | 'meta';

export interface IntentInfo {
  id: string;
  kind: IntentKind;
  action?: MetaAction;
  topic: string;
  emotion: EmotionId;
  replies: string[];
}

/** Model-side retrieval/safety settings chosen by build:dialogue-index (see scripts/dialogue). */
export interface RetrievalSettings {
  /**
   * An intent answers only when its probability (src/chat/intent-model.ts) is at least
   * `threshold` and beats the runner-up intent's by at least `margin`; otherwise the engine
   * reflects and asks a follow-up.
   */
  threshold: number;
  margin: number;
  /** Safety: a playful ambiguous hit ("죽고 싶다 ㅋㅋ") is flagged when its exemplar margin exceeds this. */
  safetyMargin: number;
  /** Safety: a message with only a broad topic cue is flagged when its exemplar margin exceeds this (stricter). */
  safetyFamilyMargin?: number;
  /** Safety: margins compare the mean of the k nearest exemplars of each side. */
  safetyK?: number;
  /** One line on how `threshold` was chosen, for the record. */
  note: string;
}

/** The parsed dialogue index (data/dialogue-index.json + .bin), ready for search. */
export interface DialogueIndex {
  format: number;
  modelVersion: string;
  dim: number;
  intents: IntentInfo[];
  followups: Record<EmotionId, string[]>;
  reflections: Record<EmotionId, string[]>;
  safetyReplies: Record<SafetyReplyPool, string[]>;
  settings: RetrievalSettings;
  /** One centroid per intent (mean of its example embeddings), L2-normalised, row-major (intents × dim). */
  vectors: Float32Array;
  /** Safety exemplar vectors (rows × dim) and their labels (none = contrast sentences). */
  safetyVectors: Float32Array;
  safetyLabels: Array<SafetyCategory | 'none'>;
  /** The intent classifier's weights. */
  intentModel: IntentModelData;
}

/** One user turn, summarised for the conversation state (no text, no embedding). */
export interface TurnSummary {
  /** Seven emotion probabilities in EMOTIONS order. */
  emotions: number[];
  /** Meaningful characters of the turn (letters and digits). */
  chars: number;
  kind: ReplyKind;
  intent: string | null;
  safety: SafetyFlag;
  /**
   * The emotion the reply was given in: the intent's for a retrieval reply, the reflected one for
   * a follow-up. Absent for meta and safety replies and in states saved before it.
   */
  mood?: EmotionId;
}

export interface ConversationState {
  version: 1;
  /** Seed of this conversation's reply choices. */
  seed: number;
  /** User turns that reached the engine (valid messages only). */
  turns: TurnSummary[];
  /** Meaningful characters the user has written in all: drives the gauge. */
  sharedChars: number;
  /** Replies already given, as `intentId#n`, `safety:category#n`, `reflection:emotion#n`. */
  usedReplies: string[];
  /** Follow-up questions already asked, as `emotion#n`. */
  askedFollowups: string[];
  /**
   * Topics the conversation has covered (src/chat/topics.ts): asked about by the bot or told by
   * the user. Replies that open fresh topics are preferred. Absent in states saved before it.
   */
  coveredTopics?: string[];
  /** The previous user turn's embedding (rounded), used as context for short turns. */
  lastEmbedding: number[] | null;
  /**
   * The last few user texts (CARRY_LOOKBACK), read together with a short turn to tell whether it
   * goes on with what was just told. Absent in states saved before it.
   */
  recentTexts?: string[];
  /** Topics the last reply asked about (topics.ts askedTopics): a bare "아니" answers that question. */
  lastAsked?: string[];
  /** The last reply given (session 37): a reply is never the previous one word for word. */
  lastReply?: string;
  /** The last reply suggested listening to something: a request right after it opens the songs from less. */
  lastSuggestedSongs?: boolean;
  /** The user's last STORY_LOOKBACK_TEXTS texts: the story a practical question or a glad word is read in. */
  storyTexts?: string[];
  /** Sticky: set by the first safety turn, keeps the app's help banner up. */
  safety: SafetyFlag;
  /**
   * Which way the last song request leaned ("신나는 노래": lift, "슬픈 노래": match), kept so that
   * a request made before the gauge could open the songs still picks their first list later.
   */
  songDirection?: 'lift' | 'match' | 'calm';
  /** A request answered "tell me a little more first": the songs open by themselves once enough is told. */
  songsPending?: boolean;
  /**
   * The singer the app's lists follow (session 38's artist filter), with how many of their songs the
   * catalogue has and how many the lists have shown so far (session 39: "다른 거" once all are shown).
   */
  songArtistList?: { name: string; count: number; titles?: string[]; shown: number };
  /**
   * Kept for the whole conversation (long-memory.ts, session 37): the kinds of question asked, the
   * openings used, and the people named with who they are. Absent in states saved before it.
   */
  memo?: LongMemo;
}

/**
 * open_recommendations: show the songs; more_recommendations: show them with songs not shown yet
 * ("또 추천해줘" after some were shown); need_more: a request before enough was told.
 */
export type TurnAction = 'open_recommendations' | 'more_recommendations' | 'need_more';

export interface TurnResult {
  reply: string;
  kind: ReplyKind;
  /** The matched intent (retrieval/meta) or null. */
  intent: string | null;
  /** Best intent score of this turn (0 when nothing was scored). */
  score: number;
  /** This turn's safety category. */
  safety: SafetyFlag;
  /** The conversation's sticky safety flag (show the help banner while set). */
  banner: SafetyFlag;
  /** 0..1: shared characters / gauge threshold. */
  gauge: number;
  gaugeFull: boolean;
  /** The conversation's emotion mix after this turn. */
  emotions: EmotionMix;
  /** This turn's own analysis, for storage; null when the input was refused (empty, too long). */
  turn: { emotions: EmotionMix; label: EmotionId; embedding: Float32Array } | null;
  action?: TurnAction;
  /**
   * The song list to show first, when a request asked for one way ("기분 좀 풀리는 노래" → shift,
   * "슬픈 노래" → similar; src/chat/talks-about-songs.ts). Absent: the app's default.
   */
  songMode?: 'similar' | 'shift';
  /**
   * Session 38 (songs): the singer the request named, as the catalogue spells them, when the songs
   * open with it ("아이유 노래 추천해줘"): the app shows only that singer's songs (src/recommend/artist.ts
   * listArtistAfter → recommendSongs({ artist })). Absent: songs by mood from the whole catalogue.
   */
  songArtist?: string;
  /**
   * A like or dislike of one song on screen said in the chat ("두번째 노래 좋다"): the app records
   * it as the song card's button would (src/chat/talks-about-songs.ts ratesSongOnScreen).
   */
  songRating?: { songId: string; mode: 'similar' | 'shift'; liked: boolean };
  /** True when the app must not show song recommendations after this turn (safety). */
  suppressRecommendations: boolean;
  /** The state after this turn (the input state is not modified). */
  state: ConversationState;
}
