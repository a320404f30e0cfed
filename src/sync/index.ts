export { blendCommunity } from './blendCommunity.ts';
export { DexieCommunityCache, MemoryCommunityCache, type CachedRanking, type CommunityCache } from './communityCache.ts';
export { CommunitySync, type CommunitySyncOptions, type FeedbackInput, type SyncStatus } from './communitySync.ts';
export type { KeyValueStorage } from './installId.ts';
export { browserNetwork, type NetworkStatus } from './network.ts';
export { COMMUNITY_SYNC_NOTICE } from './privacyNotice.ts';
export type { CommunityRanking, CommunitySong, FeedbackEvent, RecommendationMode } from './protocol.ts';
export {
  DexieSyncQueue,
  MemorySyncQueue,
  type OutgoingRecord,
  type QueuedFeedback,
  type QueuedRetraction,
  type SentFeedback,
  type SyncQueue,
  type SyncRecord,
} from './syncQueue.ts';
