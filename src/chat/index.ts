/** The chat engine's public, browser-safe surface (Node helpers live in ./node). */
export { createChatEngine, DEFAULT_GAUGE_THRESHOLD, type ChatEngine, type ChatEngineOptions } from './engine';
export { parseDialogueIndex, type DialogueIndexJson } from './index-format';
export { fetchDialogueIndex, INDEX_BIN, INDEX_JSON } from './load';
export { conversationMix, countedTurns, countsTowardMood, gaugeLevel, META_UNCOUNTED_MAX_CHARS, MIX_DECAY, turnWeight } from './mix';
export { detectSafety, ruleCheck, type SafetyVerdict } from './safety';
export { askedTopics, toldTopics, TOPIC_RULES } from './topics';
export { FEEDBACK_WORDS, type SongOnScreen, type TurnContext } from './talks-about-songs';
export type {
  ConversationState,
  DialogueIndex,
  IntentInfo,
  ReplyKind,
  SafetyCategory,
  SafetyFlag,
  TurnAction,
  TurnResult,
  TurnSummary,
} from './types';
