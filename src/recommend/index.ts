/** Browser-safe public API of the recommender (Node-only file loading lives in ./node). */
export { recommend, usableEmbedding, DEFAULT_K, type Recommendation, type RecommendOptions } from './recommend';
export {
  parseCatalogue,
  fetchCatalogue,
  cosine,
  songIdOf,
  CatalogueError,
  type Catalogue,
  type CatalogueFile,
  type Song,
} from './catalogue';
export { moodShiftTarget, shiftVector } from './moodShift';
export { emptyFeedback, feedbackSignalsFrom, type FeedbackRow, type FeedbackSignals, type RecommendationMode } from './feedback';
export { hashString, MOOD_WEIGHT, LYRIC_WEIGHT, JITTER_MAX, type ScoreParts } from './rank';
export { LIKED_BOOST, COMMUNITY_WEIGHT, COMMUNITY_CENTRE } from './feedback';
export { excludeForList, otherList } from './lists';
