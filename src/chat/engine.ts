/**
 * The chat engine, shared by the app and Node (CLI, tests): UI-free and storage-free.
 *
 *   const engine = createChatEngine({ analyze, index });
 *   let state = engine.newConversation();
 *   const turn = await engine.reply(state, '오늘 너무 지쳤어');
 *   state = turn.state;            // persist it (plain JSON) next to the conversation
 *
 * Per user turn: input check → analysis (emotions + embedding) → safety (rules + exemplar
 * model) → intent probabilities from the classifier over n-grams and centroid cosines
 * (src/chat/retrieval.ts). At or above the tuned threshold the turn gets one of the intent's replies, never one already given in this
 * conversation; below it (or when the intent's replies are used up) an empathetic reflection
 * for the detected emotion plus a follow-up question not yet asked. A turn in another language
 * that no intent answers gets a note that the bot reads Korean (src/chat/language.ts). A grave or
 * big life event ("엄마가 돌아가셨어요", "제가 암이래요") gets its own reply the first time it is
 * told, unless a confident intent already fits it (src/chat/life-events.ts). Something bad told
 * only by its feeling ("오늘 안 좋은 일이 있었어") is asked about in that feeling's mood
 * (src/chat/untold-event.ts), and a joy intent never answers a turn read as hurting.
 */
import { GLAD_THANKS_PREFIX, GLAD_THANKS_REPLIES, THANKS_INTENT, gladTalk, presumesHeavyTalk } from './glad-talk';
import { EMOTIONS, mixToArray, type EmotionId, type EmotionMix } from '../ml/emotions';
import type { Analysis } from '../ml/encoder';
import { checkMessage, meaningfulLength, MAX_MESSAGE_CHARS } from '../ml/text';
import { PROTEST_PREFIX, PROTEST_REPLIES, protestsUnfairness } from './protest';
import { earlierFactFixed, earlierFactLead, turningPoint, TURNING_PREFIX } from './turning-points';
import { conversationMix, countedTurns, countsTowardMood, gaugeLevel, rereadEmotions } from './mix';
import { IntentSearch, type IntentScore } from './retrieval';
import { detectSafety, replyPool, suitsSetting, type SafetyModel } from './safety';
import {
  AFTER_CRISIS_NO_PLAN_PREFIX,
  CRISIS_DETAIL_PREFIX,
  IN_CARE,
  CRISIS_DETAIL_REPLIES,
  crisisDetail,
  AFTER_CRISIS_NO_PLAN_REPLIES,
  AFTER_CRISIS_NO_PREFIX,
  AFTER_CRISIS_NO_REPLIES,
  deniesOnlyAPlan,
  AFTER_CRISIS_YES_PREFIX,
  AFTER_CRISIS_YES_REPLIES,
  answerToCheckIn,
  CHECK_IN_LONELY_NO_PREFIX,
  CHECK_IN_LONELY_NO_REPLIES,
  CHECK_IN_LONELY_PREFIX,
  CHECK_IN_LONELY_REPLIES,
  CHECK_IN_NO_PREFIX,
  CHECK_IN_NO_REPLIES,
  CHECK_IN_PREFIX,
  CHECK_IN_REPLIES,
  LAUGHED_OFF_CHECK_IN_REPLIES,
  LAUGHED_OFF_NO_PREFIX,
  LAUGHED_OFF_NO_REPLIES,
  laughedOffWish,
  CHECK_IN_UNSURE_PREFIX,
  CHECK_IN_UNSURE_REPLIES,
  absenceCue,
  CHECK_IN_ABSENT_PREFIX,
  CHECK_IN_ABSENT_REPLIES,
  checkInKind,
  DENIAL_PREFIX,
  DENIAL_REPLIES,
  deniedWishRest,
  isIndirectCue,
  OTHERS_AT_RISK_PREFIX,
  OTHERS_AT_RISK_REPLIES,
  fearsCalling,
  PHONE_FEAR_PREFIX,
  PHONE_FEAR_REPLIES,
  SAFETY_HOW_PREFIX,
  SAFETY_HOW_REPLIES,
  WARNING_SIGN_NO_PREFIX,
  WARNING_SIGN_NO_REPLIES,
  SUICIDE_LOSS_PREFIX,
  SUICIDE_LOSS_REPLIES,
  toldOthersAtRisk,
  toldPastRisk,
  toldSuicideLoss,
  PAST_RISK_PREFIX,
  PAST_RISK_REPLY,
} from './safety-check';
import { ENGLISH_CHECK_PREFIX, ENGLISH_CHECK_REPLY, englishPassiveOnly, HARM_CHECK_ID, HARM_CHECK_REPLIES, harmWish, HEIGHT_CHECK_ID, HEIGHT_CHECK_REPLIES, heightWish, SHAME_CHECK_ID, SHAME_NO_PREFIX, SHAME_NO_REPLIES, shameCheckReply, shameFigure } from './safety-check';
import { FOREIGN_GLAD_REPLIES, FOREIGN_GREETING_REPLIES, FOREIGN_LANGUAGE_REPLIES, isForeignGladLine, isForeignGreeting, isForeignLanguage } from './language';
import { JOY_PREFIX, joyTurn, READ_AGAINST_MODEL } from './joy-thread';
import { LIFE_STAGE_PREFIX, lifeStageTurn, soundsOlder } from './life-stage';
import { normalizeDialect } from './dialect';
import { respace } from './spacing';
import { normalizeShorthand } from './shorthand';
import * as odd from './odd-turns';
import { joyIsLargest } from '../recommend/moodShift';
import { LATER_LIFE_PREFIX, laterLifeTurn } from './later-life';
import { MISREAD_PREFIX, misreadTurn } from './misread-turns';
import { askedTopics, callsStranger, notToldTonight, opensFreshTopics, presumesRemark, presumesSomeone, presumesTomorrow, presumesTonight, toldTomorrow, toldTopics } from './topics';
import { MIXED_PREFIX, mixedFeelings, mixedReply, namesFeeling, onlyNamedFeeling, ratherFeeling, showsAnger, GLADNESS_PREFIX, GLADNESS_REPLIES, wantsGladness } from './feeling-words';
import { hasLaughter } from './normalize';
import { afterPleasantry, thanksAndGoodbye } from './pleasantry';
import { detectGoodNews, detectLifeEvent, speaksOfTheLiving, lifeEvent, lifeQuestionPrefix, lifeReplyPrefix, namesPet, type LifeEvent } from './life-events';
import { GUILT_QUESTIONS, GUILT_REFLECTIONS, speaksGuilt } from './guilt';
import { feelingToName, moodClash, namesUnsaidFeeling } from './plain-feeling';
import { interviewInOtherStory, partnerStoryMisfit, replyPresumesOtherPath } from './retrieval-fit';
import { COMING_OUT_INTENT, doneBySomeoneElse, HUNGER_INTENT, isHungerOnly, keepsIdentitySecret, presumesUnsaid, storyLacks, storyPresumesUnsaid, SCOLDED_INTENT, scoldsTheBot } from './intent-guards';
import { ADVICE_PREFIX, ADVICE_REPLIES, asksAboutCare, asksIfDisorder, asksWhatToDo, CARE_PREFIX, CARE_REPLIES, DILEMMA_PREFIX, DILEMMA_REPLIES, DISORDER_PREFIX, DISORDER_REPLIES, weighsTwoWays } from './asks-advice';
import { asksHow, HOW_PREFIX, HOW_REPLIES, howReplies, howReplyPrefix, type HowTopic, WILL_TRY_PREFIX, WILL_TRY_REPLIES, willTry } from './asks-how';
import { asksForSongs, SONG_REQUEST_INTENT } from './asks-for-songs';
import { DECLINED_AFTER_LOSS, sameListMoreLine, sameSingerDirectedLine, songRequestTurn } from './song-requests';
import { PURPOSE_PREFIX, purposeDirection, purposeNote, purposeOpenLine, songPurpose } from './song-purpose';
import { ARTIST_FIRST_VIEW, ARTIST_MORE_VIEW, artistAllShownLine, artistAskedAgainLine, artistRequest, artistRequestLine, artistSongsLine, asksMoreSongs, ASK_ONE_SENTENCE, dislikesAndAsksOthers, JUST_SHOWN_TURNS, moodWishForSongs, NO_SONGS_YET, ONE_KIND_NOTE, OPEN_LINES, OPEN_PREFIX, openTone, REACTION_PREFIX, REACTION_REPLIES, reactsToShownSongs, saysAllOneKind, SONG_QUESTION_PREFIX, SONG_QUESTION_REPLIES, songQuestion, songsOpenedAt, songsOpenedMark, type CatalogueSongName } from './song-turns';
import { AFTER_SONGS, artistNamed, CANNOT_FILTER, declinedKind, REDIRECT, SONG_TALK_PREFIX, SONG_TALK_REPLIES, ratedAndMoreReply, ratedReply, ratesSongOnScreen, songDirection, songModeFor, talksAboutSongs, turnsDownAWay, type TurnContext } from './talks-about-songs';
import { BRUSH_OFF_REPLY, brushesOff, OTHERS_HOW_REPLY, OTHERS_SIGNS_PREFIX, OTHERS_SIGNS_REPLY, showsWarningSigns, signsOfSomeoneElse, WARNING_SIGN_PREFIX, WARNING_SIGN_REPLIES, warningReplyFits } from './warning-signs';
import { youngTurn } from './young-talk';
import { comparesWithOthers, OTHERS_AHEAD_PREFIX, othersAheadReplies } from './others-ahead';
import { laughedGladly } from './glad-signs';
import { examWentBadly, subjectWellReply, subjectWentWell } from './subject-marks';
import { LOW_MOOD_ADVICE_ID, lowMoodReply, lowMoodSign } from './low-mood-signs';
import { burnoutReply, ESCAPE_PREFIX, ESCAPE_REPLIES, escapeUnderPressure } from './burnout-signs';
import { blamesSelfForParents, NOT_YOUR_FAULT_PARTING_PREFIX, NOT_YOUR_FAULT_PARTING_REPLIES, NOT_YOUR_FAULT_PREFIX, NOT_YOUR_FAULT_REPLIES, parentsParting, RESIGNED_MOOD, RESIGNED_PREFIX, RESIGNED_REPLIES, resignedTurn, WONDERS_IF_ME_PREFIX, WONDERS_IF_ME_REPLIES, wondersIfItWasMe } from './self-blame-talk';
import { asksTheBot, asksWhenTold, CRY_PREFIX, CRY_REPLIES, deniesGladness, gladOccasion, mildMood, namesUnsaid, notCaughtPick, presumesToldEvent, wantsToCry } from './told-nothing';
import { MOCK_BLAME_PREFIX, MOCK_BLAME_REFLECTIONS, mocksBlame, recentHurt, saidOtherwise, SARCASM_PREFIX, SARCASM_REFLECTIONS, SHRUG_PREFIX, SHRUG_REFLECTIONS } from './sarcasm';
import { toldMisfortune, toldResolved } from './misfortune';
import { cannotReachThem, takesItBack, TAKEN_BACK_PREFIX, takenBackReply, ENGLISH_CRISIS_AGAIN, ENGLISH_CRISIS_PREFIX, ENGLISH_CRISIS_REPLY, soundsYoung, YOUTH_LINE, helpComing, OVERDOSE_AGAIN, OVERDOSE_HELP_COMING, OVERDOSE_PREFIX, OVERDOSE_REPLY, OVERDOSE_TAKEN_BACK, takenBack, toldOverdose, UNREACHABLE_PREFIX, UNREACHABLE_REPLY } from './overdose';
import { CONFIRM_PREFIX, confirmReply } from './crisis-follow';
import { ABORTED_PREFIX, abortedReply, asksSongsQuestion, crisisFollow, CRISIS_SONG_OPEN, CRISIS_SONG_OPEN_NO_NUMBER, CRISIS_SONG_PREFIX, DROP_PREFIX, DROP_REPLIES, mentionsHeight, NO_NUMBER_PREFIX, NO_NUMBER_REPLIES, RELIEF_AFTER_PREFIX, RELIEF_AFTER_REPLY, STOCKPILE_PREFIX, STOCKPILE_REPLIES, STOPPED_PREFIX, stoppedReply, UNANSWERED_PREFIX, UNANSWERED_REPLIES, URGE_PREFIX, urgeReply } from './crisis-follow';
import { asksToGetOff, GET_OFF_REPLY, PANIC_PREFIX, panicNow, panicReplies } from './panic-now';
import { FACT_PREFIX, factPoolKey, factQuestion, factReplies, factTopicOf } from './asks-facts';
import { FACT2_PREFIX, fact2Replies, fact2TopicOf, factQuestion2 } from './asks-facts2';
import { GRIEF_TURN_PREFIX, GRIEF_TURN_REPLIES, griefTurn } from './grief-turns';
import { answersNobody, NOBODY_PREFIX, NOBODY_REPLIES } from './answers-nobody';
import { dangerCurrent, dangerPicks, SONGS_AFTER_DANGER } from './danger-now';
import { alarmTurn, clearedUp, clearedWithin, fitFear } from './alarm';
import { goodbyeTurn, theirGoodbyeTurn } from './goodbye-signs';
import { groomingPick, imageAbusePick } from './exploitation';
import { elderPick, HOME_VIOLENCE_PREFIXES, manPick, smashPick } from './home-violence';
import { rightsPick } from './rights';
import { PRACTICAL_MORE, PRACTICAL_PREFIX, PRACTICAL_REPLIES, practicalReplies, practicalTopic, threatOverDebt } from './practical-help';
import { TIRED_PREFIX, tiredLeads, toldTiredness } from './tiredness';
import { toldWornOut, WORN_OUT_LIFT_OPEN, wornOutMoreLine } from './worn-out-lift';
import { HABIT_PREFIX, HABIT_REPLIES, listeningHabit } from './listening-habit';
import { APP_ANSWER_PREFIX, APP_ANSWERS, asksAboutApp, asksHowToStart } from './asks-about-app';
import * as evening from './evening';
import { asksReassurance, REASSURANCE_PREFIX, REASSURANCE_REPLIES } from './asks-reassurance';
import { isShortFact, SHORT_FACT_PREFIX, SHORT_FACT_REPLIES } from './short-answer';
import { FELT_BETTER_INTENT, feelsBetter, HAILS, namesRelief, RELIEF_PREFIX, RELIEF_REFLECTIONS, reliefKind, SMALL_RELIEF_PREFIX, SMALL_RELIEF_REFLECTIONS } from './relief';
import { CAUSE_CORRECTION_PREFIX, CAUSE_CORRECTION_PREFIXES, CORRECTION_PREFIX, CORRECTION_PREFIXES, correctedCause, correctedFeeling, deniedFeeling, feelingNamedInstead } from './correction';
import { durationReflection, toldDuration } from './told-duration';
import { LATE_HOUR_ID, lateHourReply, toldLateHour } from './late-hours';
import { answerLength, answerWord, ECHO_PREFIX, echoLines, lengthLine } from './answer-echo';
import { plainReflectionFits, type StockContext } from './stock-fit';
import * as pushback from './pushback';
import { memoryReply } from './memory';
import { heldByStory, notAgain, presumesBetrayal, reliefButLonging, RELIEF_LONGING_LEAD, sadStory, sadTurn, thanksWithRelief, toldBetrayal } from './longfit';
import * as longmem from './long-memory';
import { ambiguousOnly, answerToCareCheck, CARE_CHECK_PREFIX, CARE_CHECK_REPLIES, CARE_NO_PREFIX, caregiverLetGo, careNoReply, deathAsBackground, PAST_LOSS_PREFIX, PAST_LOSS_REPLIES, pastLossInPregnancy, WITHDREW_PREFIX, WITHDREW_REPLIES, withdrewAfterFight } from './care';
import { exNameTurn } from './names';
import { announcesWorry, PRESENCE_PREFIX, PRESENCE_REPLIES, wantsPresence, detectUntoldEvent, missesSomeone, MISSING_REPLIES, UNTOLD_EVENT_REPLIES, untoldReplyPrefix, WORRY_REPLIES } from './untold-event';
import { UNSURE_QUESTIONS, UNSURE_REFLECTIONS } from './unsure';
import { WORDLESS_EMOTION, WORDLESS_REFLECTIONS, wordlessTone, type WordlessTone } from './wordless';
import type { ConversationState, DialogueIndex, IntentInfo, ReplyKind, SafetyFlag, SafetyReplyPool, TurnResult, TurnSummary } from './types';
import { mulberry32 } from '../shared/seeded';
import * as texting from './texting';
import { saidBackTurn } from './said-back';
import { LIGHT_CHOICE_PREFIX, lightChoice, lightChoiceReply } from './light-choice';
import { asksWhoIsThereAfterNone, looksForwardInGraveStory, situationTurn } from './situation-turns';
import { dateAhead, futureFit, PARENTS_FIGHTING_INTENT, parentsFightEachOther, presumesPast, presumesUntoldChoice, speaksOfFuture, storyFrameTurn, storySubject } from './story-frame';
import { nextFittingIntent, wordsBackTheFlip } from './next-intent';
import { WISHED_PREFIX, WISHED_REPLIES, wishedWords } from './wished-words';
import { NEW_PLACE_LONELY_PREFIX, NEW_PLACE_LONELY_REPLIES, WORDS_STAYED_PREFIX, WORDS_STAYED_REPLIES, dailyMisfit, dailyReport, newPlaceLonely, pickDaily, wordsStayed } from './daily-talk';

/** The original rule: the gauge is full when the user has written 100 characters in all. */
export const DEFAULT_GAUGE_THRESHOLD = 100;
/** Turns shorter than this (meaningful characters) may borrow the previous turn as context. */
export const CONTEXT_MAX_CHARS = 12;
/** Weight of the previous turn's embedding in the context embedding. */
export const CONTEXT_WEIGHT = 0.5;
/**
 * Good news with a worry after its "but": "수술은 잘 끝났는데 회복이 느리대요" matched good news and was
 * asked "이 기쁜 소식을 누구와 제일 먼저 나눴어요?" (session 33).
 */
/** Small-talk questions, for a light moment only. */
/** A turn answered with a follow-up that tells this much has told what is going on (session 41, long-memory.ts 'anything'). */
const MATTER_MIN_CHARS = 12;
const LIGHT_QUESTION = /즐겨 듣는 노래|소소하게 즐거운|이번 주는 어떻게|관심 가는 게|평소에는 이런 시간에|지금 있는 곳은|나를 위해 하는 일|남은 시간은 어떻게|가장 기다려지는|새로 시작한|오늘 하루는 어떻게 보내고|요즘 제일 자주 생각나는 음식|기억에 남는 장면/u;
/** A turn that opens with a "but". */
const BUT_OPENS = /^(?:근데|그런데|하지만|그치만|그렇지만|근데요|다만)(?:\s|,|\.)/u;
const BUT_AFTER_GOOD_REPLY = '좋은 소식 한편에 마음에 걸리는 게 있었군요. 기쁜 마음과 그 마음은 함께 있을 수 있어요. 어떤 점이 제일 마음에 걸려요?';
/** A turn left open for the next ("축하하는 마음은 있는데"): what follows may be its other half. */
const LEFT_OPEN = /(?:는데|지만|[가-힣]데)\s*[.…~]*$/u;
const BUT_WORRY = /(?:는데|지만|긴\s?한데|긴\s?하지만|었는데|았는데|했는데)\s?[^.?!]{0,20}(?:느리|느려|걱정|아직|안\s?좋|힘들|불안|무섭|무서|모르|안\s?돼|안\s?되|문제|남았|남아|재발|더\s?(?:지켜|봐야)|이상해|이상하|허전|묘하|싱숭|복잡|씁쓸|서운)/u;
/** Replies that congratulate, which a grave story's good turn does not get. */
const CONGRATULATES = /축하/;
/**
 * Intents whose replies are too light for a grave story: "나 어떡해" after "의사가 오늘 밤이
 * 고비래" was told to write the problem down and sleep on it (session 29).
 */
const LIGHT_IN_GRAVE = new Set(['conv_want_advice']);
/**
 * Intents whose replies answer a how-question themselves (ways to relieve stress, to sleep again
 * at night, to calm stage fright…): a confident one answers it rather than asks-how.ts.
 */
const ANSWERS_HOW = new Set([
  'life_stress_relief_ask',
  'life_sleep_worry_racing_thoughts',
  'life_sleep_schedule_reversed',
  'life_event_flight_fear',
  'life_event_stage_fright',
  'life_event_first_day_job',
  'love_friendzoned',
  'life_weekend_monday_blues',
  'life_mood_no_motivation',
  'conv_just_listen',
]);
/**
 * Meta intents that answer a how-question themselves (where the talk is kept, what the bot can do,
 * its opinion, a wish to be only listened to, songs). Other meta intents give way to a topic a
 * how-question is on: "가서 뭐 해야해? 절하는거야?" about a first funeral had got "이야기하러 올
 * 사람을 기다리고 있었어요, 마침 잘 왔어요!" (session 30).
 */
const META_ANSWERS_HOW = new Set(['meta_privacy', 'meta_what_can_you_do', 'meta_bot_opinion', 'meta_language', 'conv_just_listen']);
/** Sadness denied, or relief named instead. */
const NOT_SAD = /슬프지(?:가|는|도)?\s?않|안\s?슬퍼|안\s?슬프|슬프진\s?않|눈물(?:이|도)?\s?안\s?나|홀가분|후련|오히려\s?(?:편해|좋아|괜찮)|괜찮아졌|괜찮아진|아무렇지\s?않/u;
/** A question, or the user blaming themselves: an anger carried from the story does not fit it. */
const ASKS_OR_BLAMES_ONESELF = /[?？]\s*[ㅠㅜ.…~]*\s*$|(?:까|까요|나요|죠|지|니|냐|임)\s*[ㅠㅜ.…~]*\s*$|(?:제|내)\s?(?:잘못|탓)|미안|죄송|후회/u;
/** A turn's own emotion is reflected when its probability is at least this… */
export const REFLECT_MIN_PROB = 0.4;
/** The reading joy needs to be reflected when the turn does not name it (reflectEmotion). */
export const JOY_MIN_PROB = 0.6;
/** …and the turn has this many meaningful characters (shorter turns need REFLECT_SHORT_PROB). */
export const REFLECT_MIN_CHARS = 8;
export const REFLECT_SHORT_PROB = 0.9;
/** A short turn that names one feeling the model does not read is reflected in it from this probability on. */
export const NAMED_MIN_PROB = 0.2;
/**
 * Below the answer threshold, an intent this probable still says what the turn is about: when the
 * emotion model is unsure, the reflection and follow-up take the intent's emotion (a complaint
 * about a boss gets an anger follow-up, not a neutral "anything fun lately?").
 */
export const INTENT_HINT_PROB = 0.3;
/** A turn shorter than REFLECT_MIN_CHARS, with no thread, is taken as news from this many characters… */
export const SHORT_HINT_MIN_CHARS = 4;
/** …when an intent other than small talk is this probable (see shortNews). */
export const SHORT_HINT_PROB = 0.6;
/** A reading below this gives way to an intent at least this probable of the same valence. */
export const WEAK_READING_PROB = 0.5;
/**
 * A short turn that the model reads as unsure rather than as small talk ("3년 만났는데", "진짜
 * 열심히 했거든") usually goes on with what the user just told, so it takes the mood of the
 * conversation's thread (see threadEmotion): at most this many meaningful characters…
 */
export const CARRY_MAX_CHARS = 20;
/** …and a neutral probability below this (a turn the model does read as small talk keeps neutral). */
export const CARRY_MAX_NEUTRAL = 0.5;
/** How many earlier user turns the thread's mood is looked for in. */
export const CARRY_LOOKBACK = 2;
/** Id of the check on safety given instead of songs after violence at home (home-violence.ts). */
const HOME_SONGS_WAIT = 'safety:home-songs';
/** Turns after a suicide-risk safety turn in which songs open only with a check-in (session 36). */
export const CRISIS_RECENT_TURNS = 6;
/** How many of the user's texts are kept as the story (ConversationState.storyTexts). */
export const STORY_LOOKBACK_TEXTS = 6;
/** A reply that suggests putting on some music ("조용한 노래 하나 틀어두는 것만으로도…"). */
const SUGGESTS_SONGS = /(?:노래|음악|곡)[^.?!]{0,12}(?:틀어\s?두|틀어\s?놓|들어\s?보|들으면서|듣는\s?(?:것|거|시간)|들어도\s?좋)/u;
/** Words that open a new subject: a turn starting with one does not carry the thread's mood. */
const TOPIC_SHIFT = /^(근데|그런데|그나저나|아 맞다|다른 (얘기|이야기)|그건 그렇고|참|아무튼|암튼)/;
/**
 * A turn this short (meaningful characters) that does not open with TOPIC_SHIFT is read as going
 * on with the thread: it may fill in a detail ("제일 친한 친구였는데", "애가 둘인데 어떻게 해야 할지
 * 모르겠어요") that, read alone, looks like another situation.
 */
export const CONTINUE_MAX_CHARS = 30;
/**
 * Such a turn's own reading is trusted over the thread's mood, when the two disagree in valence
 * (joy against the five hurting emotions), only from this probability on: "수학이 진짜 하나도 안
 * 풀렸어" after a failed exam reads joy 0.56, "너무 행복한데 좀 얼떨떨하기도 해" after a pass sadness 0.52.
 */
export const VALENCE_TRUST = 0.8;
/**
 * Within the thread's valence, a short turn's own emotion replaces the thread's mood only from
 * this probability on: "상사는 내 맘도 모르고 계속 일만 줘" in a story of overwork (anger 0.79) is
 * reflected as anger, while "다른 사람들은 다 쉬는데" after a boss's weekend orders (embarrassment
 * 0.41) keeps the thread's anger rather than be asked how red their face went.
 */
export const THREAD_SWITCH_PROB = 0.6;
/** Words with which a turn does turn the mood ("그래도 친구 덕분에 좀 나아졌어"). */
/** A neutral-read turn that says the mood turned takes its leading feeling from this probability on. */
export const TURNED_MIN_PROB = 0.3;
/** A turn that gives the reason for what was just told. */
/** The user's own family named in a turn: a death told then is theirs, even in someone else's story. */
const OWN_KIN_LOSS = /(?:우리|내|제|저희)\s?(?:엄마|아빠|어머니|아버지|할머니|할아버지|남편|아내|동생|형|오빠|누나|언니|아들|딸)/u;
/** A sigh, a chore or a worry: what a short turn after good news is when it says so. */
const NOT_JOYFUL = /[ㅠㅜ]|귀찮|싫|힘들|피곤|짜증|걱정|부담|떨려|무서|불안|아쉽|근데|그런데|하지만|그래도|문제|큰일|망|못\s|안\s?돼|별로|지친|지쳐/u;
/** Joy reflections that hail news: not for a turn that only goes on with a joyful thread. */
const HAILS_NEWS = /축하|소식|잘됐|반가웠을/u;
/**
 * A feeling told as slight ("좀 서럽긴 하다", "살짝 쓸쓸하더라") is not met with the heaviest
 * reflections: "그런 일을 겪으면 마음이 무너지는 게 당연해요" after a happy reunion's wistful way home
 * turned a warm evening into a collapse (session 31).
 */
const MILD = /(?:^|\s)(?:좀|조금|약간|살짝|쪼금|쬐끔|살며시)\s|긴\s?(?:하다|해|하네|했|한데|하더라)|기도\s?(?:하고|해|했)|것\s?같기도/u;
const HEAVY_REFLECTION = /무너지|무겁게|가라앉았을|무게를|텅 빈|덜컥|부글부글|분한|황당|억울|깊이 남|많이 힘들었|버텨 온|가만히 있기/u;
const CAUSE_GIVEN = /때문(에|이|인|일)|탓(에|이|인)/u;
const VALENCE_TURN = /그래도|하지만|다행|덕분|나아졌|나아진|괜찮아졌|좋아졌|풀려서|웃었/;
/**
 * Topics whose intents are about a feeling rather than a situation ("괜찮은 척 하는 중", "아무것도
 * 하기 싫어"): they fit into any thread, so the thread check below never holds them back.
 */
export const FEELING_TOPICS: ReadonlySet<string> = new Set(['mood', 'self_worth', 'stress', 'loneliness', 'comfort', 'burnout']);
/**
 * A turn's own intent is held back as another story only when, read together with the last turns,
 * it falls below this probability (the continuing details seen so far: 0.000–0.011; a turn that
 * tells the cause of the thread's worry: 0.15).
 */
export const STORY_KEEP_PROB = 0.05;
/** How many user turns back a life event's story is looked for (see storyEvent). */
export const STORY_LOOKBACK = 4;
/** Thread moods in which someone is to blame, so that indignation fits (see outOfThread). */
const BLAME_MOODS: ReadonlySet<EmotionId> = new Set(['anger', 'hurt']);
/** Characters of the earlier turns read together with a short turn (the most recent ones). */
const CONTEXT_TEXT_CHARS = 240;
/**
 * A joy intent is not answered for a turn the model reads as hurting: at most this much joy and at
 * least HURTING_MIN_PROB for one of the five hurting emotions. "오늘 안 좋은 일이 있었어" (read sadness
 * 0.9) matched the good-news intent at 1.000 and was told "행복하다는 말만 들어도 저까지 들뜨네요"
 * (session 27): cheer for someone who has just said they are hurting is the worst reply there is.
 */
export const JOY_INTENT_MAX_OTHER_JOY = 0.2;
export const HURTING_MIN_PROB = 0.5;

const valence = (e: EmotionId): number => (e === 'neutral' ? 0 : e === 'joy' ? 1 : -1);
/** A joy intent for a turn read as hurting (see JOY_INTENT_MAX_OTHER_JOY). */
function cheersTheHurting(intent: IntentInfo, turn: Analysis): boolean {
  if (intent.kind !== 'retrieval' || intent.emotion !== 'joy' || turn.emotions.joy > JOY_INTENT_MAX_OTHER_JOY) return false;
  return EMOTIONS.some((e) => valence(e) < 0 && turn.emotions[e] >= HURTING_MIN_PROB);
}
/** Two feelings of opposite valence (joy against the five hurting emotions); neutral crosses none. */
const crossesValence = (a: EmotionId, b: EmotionId): boolean => valence(a) * valence(b) < 0;

export interface ChatEngineOptions {
  analyze: (texts: string[]) => Promise<Analysis[]>;
  index: DialogueIndex;
  /** Characters the user must share before the gauge is full (default 100). */
  gaugeThreshold?: number;
  /** Seed for reply choice (conversations get seed, seed+1, …); random when omitted. */
  seed?: number;
  /** Use the previous user turn as context for short turns (default true). */
  useContext?: boolean;
  maxChars?: number;
  /** The loaded model's version (Encoder info.version): refuses an index built with another model. */
  modelVersion?: string;
  /** The song catalogue's names (artist, title), once loaded: "아이유 노래로" is answered with the singer's songs there (song-turns.ts). */
  songNames?: () => readonly CatalogueSongName[] | null;
  /**
   * The local time of a turn (the app passes `() => new Date()`): replies that presume bedtime wait
   * for the evening (texting.ts, session 38). Without it only the user's words tell the hour.
   */
  clock?: () => Date;
}

export interface ChatEngine {
  readonly index: DialogueIndex;
  readonly gaugeThreshold: number;
  newConversation(): ConversationState;
  /** context: what the app shows around the chat (the song cards on screen); the CLI passes none. */
  reply(state: ConversationState, text: string, context?: TurnContext): Promise<TurnResult>;
  /** Gauge (0..1) and mix of a stored state, e.g. after restoring it. */
  gauge(state: ConversationState): number;
  mix(state: ConversationState): EmotionMix;
}

// A request below REQUEST_MIN_GAUGE asks for one sentence about today, naming no figure (session
// 30: "0%쯤 채워졌어요" read oddly; session 37: "29%쯤 채워졌어요" read as a quota to fill).
/** The gauge in whole percent, as the app shows it (0.29 is 29, not the 28 of floating-point 28.999…). */
const percentOf = (gauge: number): number => Math.floor(gauge * 100 + 1e-6);
const NEED_MORE = ASK_ONE_SENTENCE.map((line) => (_p: number) => line);
/** A feeling told with an early request for songs, heard before asking for the story. */
const FELT_WITH_REQUEST: Partial<Record<EmotionId, string>> = {
  sadness: '마음이 많이 가라앉아 있군요.',
  anger: '많이 화가 나 있군요.',
  anxiety: '마음이 많이 불안하군요.',
  hurt: '마음이 많이 상했군요.',
  embarrassment: '많이 당황스러웠군요.',
  joy: '기분 좋은 날이군요!',
};
const feltNeedMore = (_p: number): string => '무슨 일이 있었는지 한 문장만 들려줄래요? 그 이야기에 맞는 노래를 골라 드릴게요.';
/** The intent written for "내가 너무 예민한 건가": it answers such a question itself. */
const SENSITIVE_INTENT = 'self_am_i_too_sensitive';
const OPEN_RECOMMENDATIONS = '좋아요, 지금까지 나눈 이야기에 어울리는 노래들을 골라 볼게요.';
/** Put before the reply of the turn that opens songs asked for earlier. */
const PENDING_OPEN = '아까 청한 노래도 지금까지 들은 이야기로 골라 뒀어요.';
/** A request that asked one way, answered by the list that opens first (talks-about-songs.ts). */
const DIRECTED_OPEN: Record<'similar' | 'shift', string> = {
  shift: '좋아요, 기분을 바꿔 줄 노래부터 보여 드릴게요. 마음에 닿는 곡이 있는지 들어 봐요.',
  similar: '좋아요, 지금 마음과 닮은 노래부터 보여 드릴게요. 듣고 나서 이야기하고 싶어지면 언제든 말해 줘요.',
};
/**
 * "신나는 노래" when joy already leads opens the similar list, whose songs are the glad ones: said
 * so, not "지금 마음과 닮은 노래" as if the wish were passed over (session 33).
 */
// Session 37: said without claiming the user is glad (a tired worker whose mix read as joy had got "지금의 밝은 기분과 닮은").
const GLAD_OPEN = '좋아요, 신나고 밝은 노래부터 보여 드릴게요. 마음에 드는 곡이 있으면 카드 아래 버튼으로 알려 줘요.';
/** "화 좀 식히고 싶어", "덜 슬픈 걸로": the shift list, said as calming (session 34). */
const CALM_OPEN = '좋아요, 마음을 조금 차분하게 가라앉혀 줄 노래부터 보여 드릴게요. 천천히 들어 봐요.';
const directedOpen = (direction: 'lift' | 'match' | 'calm', mode: 'similar' | 'shift'): string =>
  direction === 'calm' ? CALM_OPEN : direction === 'lift' && mode === 'similar' ? GLAD_OPEN : DIRECTED_OPEN[mode];
/** After saying what the songs cannot follow ("장르를 정해서 고르지는 못해요…"). */
const INSTEAD_OPEN = '대신 지금까지 나눈 이야기에 어울리는 노래들을 골라 볼게요.';
/** Songs someone else picked: "친구가 추천해준 노래 좋았어" is not about this app's (but "네가 추천해준" is). */
const OTHER_PICKER = /(?<![네니너])(?:가|이)\s?(?:추천해|골라|틀어|알려|들려)\s?준/u;
/**
 * One rule for every clear request (session 37): the songs open once a fifth of the gauge is told
 * (20 letters, about one sentence of feeling), or once any earlier turn told a feeling at all
 * (toldAFeeling). The app shows the mix it has; a bigger gauge only sharpens it. Before, plain
 * requests waited for 40 % while requests with a direction, tired or terse users opened from 20 %,
 * and "울 수 있는 노래 추천해줘" after a three-year break-up told in three turns (29 %) was refused.
 */
export const REQUEST_MIN_GAUGE = 0.2;
/** Kept for older imports: the same single threshold. */
export const TIRED_REQUEST_MIN_GAUGE = REQUEST_MIN_GAUGE;
/** A death told (a person's or a pet's): the songs open quietly, never with a cheer. */
const LOSS_INTENT = /^(?:grief_|life:(?:bereavement|pet_died|pet_end_of_life|others_loss))/u;
const lossTold = (s: ConversationState): boolean => s.turns.some((t) => t.intent !== null && LOSS_INTENT.test(t.intent));
/** Session 43 (longtalk): a loss was told, or an earlier turn was met in a hurting mood. */
const hurtingStory = (s: ConversationState): boolean => lossTold(s) || s.turns.some((t) => t.mood !== undefined && t.mood !== 'neutral' && valence(t.mood) < 0);
/** A song of the app's list pointed at: "두번째 노래", "3번 곡", "추천해준 노래". */
const PICKED_SONG = /(?:첫|두|세|네|다섯|[1-9])\s?(?:번째|번쨰|번)\s?(?:노래|곡|거|꺼)|(?:추천해|골라|틀어)\s?준\s?(?:노래|곡)/u;
/** Words that ask for songs to be shown: with "다른 거" before any song, a first request. */
const REQUEST_WORD = /추천|골라|보여|틀어|들려/u;
/** Story turns told (not meta, not safety, a few words at least): after two, a request opens the songs (session 39). */
const storyTurnsTold = (turns: readonly TurnSummary[]): number => turns.filter((t) => t.kind !== 'meta' && t.kind !== 'safety' && t.chars >= 5).length;
/**
 * Turns of any talk (small talk and "별일 없었어요" included, not safety) told before a request: after
 * three, a request opens the songs (session 40: an older user's three short lines about an ordinary
 * day, two of them answered as small talk, then "노래 하나 들려줘요", was asked for a sentence first).
 */
const talkTurnsTold = (turns: readonly TurnSummary[]): number => turns.filter((t) => t.kind !== 'safety' && t.chars >= 5).length;
export const TALK_TURNS_FOR_SONGS = 3;
/** Joy at least this share of a sad or other leading feeling, with a turn answered as glad: the songs open plainly (session 41). */
export const MIXED_JOY_SHARE = 0.85;
/** Whether an earlier turn told a feeling ("오늘 좀 꿀꿀하네"): a story turn answered in a mood other than neutral. */
// Session 41: a turn answered by a mood intent told one however short ("심심해" then four turns of
// small talk, then "음악이나 추천해봐" had been asked for "오늘 기분을 한 문장으로").
const MOOD_INTENT = /^life_mood_/u;
const toldAFeeling = (turns: readonly TurnSummary[]): boolean =>
  turns.some((t) => t.kind !== 'meta' && t.kind !== 'safety' && ((t.chars >= 5 && t.mood !== undefined && t.mood !== 'neutral') || (t.intent !== null && MOOD_INTENT.test(t.intent))));
/** Counted turns after which a short-spoken user's request opens the songs from TIRED_REQUEST_MIN_GAUGE. */
export const TERSE_TURNS = 5;
const TOO_TIRED = /귀찮|힘들어서|지쳐서|기운(?:이|도)?\s?없|말하기\s?싫|얘기하기\s?싫|이야기하기\s?싫|말할\s?기운|쓸\s?기운|그냥\s?(?:뭐라도|아무거나|아무\s?노래)|아무거나\s?(?:틀어|추천|골라)|뭐라도\s?(?:틀어|추천|골라|들려)/u;
const tooTiredToTell = (text: string): boolean => TOO_TIRED.test(text.normalize('NFC'));
const OPEN_EARLY = [
  '좋아요, 지금까지 들려준 이야기로 먼저 골라 볼게요. 이야기를 더 나눌수록 더 잘 맞춰 드릴 수 있어요.',
  '그럼 지금까지 들은 마음으로 몇 곡 골라 볼게요. 더 이야기하고 싶어지면 언제든 이어서 말해 줘요.',
  '알겠어요, 지금 마음에 맞춰 골라 볼게요. 이야기가 쌓이면 추천도 더 잘 맞아져요.',
];
const EMPTY_PROMPT = '하고 싶은 이야기가 있으면 편하게 적어 주세요. 한 줄이어도 괜찮아요.';

function cloneState(s: ConversationState): ConversationState {
  return {
    version: 1,
    seed: s.seed,
    turns: s.turns.map((t) => ({ ...t, emotions: [...t.emotions] })),
    sharedChars: s.sharedChars,
    usedReplies: [...s.usedReplies],
    askedFollowups: [...s.askedFollowups],
    coveredTopics: [...(s.coveredTopics ?? [])],
    lastEmbedding: s.lastEmbedding ? [...s.lastEmbedding] : null,
    ...(s.recentTexts ? { recentTexts: [...s.recentTexts] } : {}),
    safety: s.safety,
    ...(s.songDirection ? { songDirection: s.songDirection } : {}),
    ...(s.songsPending ? { songsPending: true } : {}),
    ...(s.songArtistList ? { songArtistList: { ...s.songArtistList, ...(s.songArtistList.titles ? { titles: [...s.songArtistList.titles] } : {}) } } : {}),
    ...(s.lastAsked ? { lastAsked: [...s.lastAsked] } : {}),
    ...(s.lastSuggestedSongs ? { lastSuggestedSongs: true } : {}),
    ...(s.storyTexts ? { storyTexts: [...s.storyTexts] } : {}),
    ...(s.lastReply !== undefined ? { lastReply: s.lastReply } : {}),
    ...(s.memo ? { memo: longmem.memoOf(s.memo) } : {}),
  };
}

/**
 * Picks an unused entry of `items` (ids `${prefix}#${i}`); null when all are used. With `prefer`,
 * the preferred unused entries come first (any unused one when none is preferred).
 */
/**
 * Whether two lines share a phrase: two words in a row, each compared by its first two
 * syllables so that particles don't hide it ("그 이야기," and "그 이야기를").
 */
export function echoes(a: string, b: string): boolean {
  const pairs = (s: string) => {
    const words = s.normalize('NFC').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/u).filter(Boolean).map((w) => w.slice(0, 2));
    return new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`));
  };
  const inA = pairs(a);
  for (const p of pairs(b)) if (inA.has(p)) return true;
  return false;
}

function pickUnused(
  items: readonly string[],
  prefix: string,
  used: ReadonlySet<string>,
  rnd: () => number,
  prefer?: ((text: string) => boolean) | readonly ((text: string) => boolean)[],
): { id: string; text: string } | null {
  const free = items.map((text, i) => ({ id: `${prefix}#${i}`, text })).filter((x) => !used.has(x.id));
  // Preferences in order of weight: all of them if some reply meets them, else all but the last, …
  const prefs = prefer === undefined ? [] : typeof prefer === 'function' ? [prefer] : prefer;
  let pool = free;
  for (let n = prefs.length; n > 0; n--) {
    const met = free.filter((x) => prefs.slice(0, n).every((p) => p(x.text)));
    if (met.length > 0) {
      pool = met;
      break;
    }
  }
  if (pool.length === 0) return null;
  return pool[Math.floor(rnd() * pool.length)] ?? pool[0]!;
}

export function createChatEngine(opts: ChatEngineOptions): ChatEngine {
  const { index, analyze } = opts;
  if (opts.modelVersion !== undefined && opts.modelVersion !== index.modelVersion) {
    throw new Error(`dialogue index was built with model ${index.modelVersion}, but the model is ${opts.modelVersion}`);
  }
  const search = new IntentSearch(index);
  const intentById = new Map(index.intents.map((i) => [i.id, i]));
  const gaugeThreshold = opts.gaugeThreshold ?? DEFAULT_GAUGE_THRESHOLD;
  const useContext = opts.useContext ?? true;
  const maxChars = opts.maxChars ?? MAX_MESSAGE_CHARS;
  const safetyModel: SafetyModel | null =
    index.safetyLabels.length > 0
      ? {
          vectors: index.safetyVectors,
          labels: index.safetyLabels,
          dim: index.dim,
          margin: index.settings.safetyMargin,
          familyMargin: index.settings.safetyFamilyMargin ?? index.settings.safetyMargin,
          k: index.settings.safetyK ?? 1,
        }
      : null;
  let nextSeed = opts.seed ?? Math.floor(Math.random() * 2 ** 31);

  const mixOf = (s: ConversationState) => conversationMix(s.turns);
  /** The leading emotion of a mix (neutral when nothing was read). */
  const leadOf = (m: EmotionMix): EmotionId => (Object.keys(m) as EmotionId[]).reduce((a, b) => (m[b] > m[a] ? b : a), 'neutral');
  const gaugeOf = (s: ConversationState) => gaugeLevel(s.sharedChars, gaugeThreshold);

  function result(state: ConversationState, given: Omit<TurnResult, 'gauge' | 'gaugeFull' | 'emotions' | 'state' | 'banner'>): TurnResult {
    // Session 37 (longfit.ts): never the previous reply word for word ("음 괜찮네" after the songs
    // opened got the same check-in line again); a safety reply keeps its help lines.
    let partial = given;
    if (given.turn !== null) {
      if (state.lastReply === given.reply) {
        const other = notAgain(given.kind, given.action);
        partial = { ...given, reply: given.kind === 'safety' ? `${other} ${given.reply}` : other };
      }
      state.lastReply = partial.reply;
    }
    const gauge = gaugeOf(state);
    const emotions = mixOf(state);
    const songMode = songModeFor(state.songDirection, emotions);
    // The turn that opens songs leaves a mark: "다른 거" before any were shown is a first request (song-turns.ts).
    if ((partial.action === 'open_recommendations' || partial.action === 'more_recommendations') && !partial.suppressRecommendations) state.usedReplies.push(songsOpenedMark(state.turns.length));
    return { ...partial, banner: state.safety, gauge, gaugeFull: gauge >= 1, emotions, state, ...(songMode ? { songMode } : {}) };
  }

  function refused(state: ConversationState, message: string): TurnResult {
    return result(cloneState(state), {
      reply: message,
      kind: 'meta',
      intent: null,
      score: 0,
      safety: null,
      turn: null,
      suppressRecommendations: false,
    });
  }

  /**
   * The emotion to reflect: the turn's own label when the model is reasonably sure of it and the
   * turn says enough to go on; otherwise neutral. A neutral reflection ("그랬군요, 조금 더 듣고
   * 싶어요.") never misreads the user, while a confident-sounding wrong one ("축하해요!" to
   * "배고파 죽겠다 ㅋㅋ") does. The conversation's earlier mood is carried over only to a short
   * turn the model is unsure of (CARRY_MAX_CHARS, CARRY_MAX_NEUTRAL), since a longer one often
   * changes the subject ("근데 남자친구랑은 요즘 자주 싸워").
   */
  function reflectEmotion(turn: Analysis, substance: number, text: string): EmotionId {
    if (turn.label === 'neutral') return 'neutral';
    const p = turn.emotions[turn.label];
    // Laughter makes a short joy reading cheap: people soften complaints with it ("배고파 죽겠다
    // ㅋㅋ", joy 0.90, was asked how they would like to celebrate). There joy must be named.
    if (turn.label === 'joy' && substance < REFLECT_MIN_CHARS && hasLaughter(text) && !namesFeeling(text, 'joy')) return 'neutral';
    // A short turn needs a sure reading, or to name the feeling read (src/chat/feeling-words.ts).
    // Joy needs more: the model reads it into plain and bad news alike ("카드론까지 받았어요 와이프는
    // 몰라요" 0.47, "어제 밤에 둘이 싸우는 소리 들었는데 오늘 아침에 말해줌" 0.49, session 31), and
    // "듣는 제 마음까지 환해지는 소식이에요" is the worst misreading there is.
    const namesIt = namesFeeling(text, turn.label);
    const needed = substance >= REFLECT_MIN_CHARS || namesIt ? (turn.label === 'joy' && !namesIt ? JOY_MIN_PROB : REFLECT_MIN_PROB) : REFLECT_SHORT_PROB;
    if (p >= needed) return turn.label;
    // …or to name one other feeling the model gives some weight: "안심이 돼요" reads anxiety 0.66
    // (the 돼요 of 걱정돼요) and joy 0.31, and relief is what it names.
    const named = substance < REFLECT_MIN_CHARS ? onlyNamedFeeling(text) : null;
    return named && turn.emotions[named] >= NAMED_MIN_PROB ? named : 'neutral';
  }

  /**
   * The mood of the conversation's thread: the emotion of the latest of the last CARRY_LOOKBACK
   * user turns that had one, either the intent it was answered from (a retrieval intent other
   * than neutral) or its own reading when that was clear enough to reflect. Null when the recent
   * turns were small talk or meta talk (short meta turns are skipped, as in the mix).
   */
  function threadEmotion(state: ConversationState): EmotionId | null {
    for (const t of state.turns.slice(-CARRY_LOOKBACK).reverse()) {
      // Short talk about the conversation ("한국어로 할게요 ㅋㅋ", read as joy) tells no mood.
      if (!countsTowardMood(t)) continue;
      if (t.mood !== undefined) {
        if (t.mood !== 'neutral') return t.mood;
        continue;
      }
      const info = t.kind === 'retrieval' && t.intent ? intentById.get(t.intent) : undefined;
      if (info && info.emotion !== 'neutral') return info.emotion;
      const best = t.emotions.reduce((b, p, k) => (p > t.emotions[b]! ? k : b), 0);
      const label = EMOTIONS[best]!;
      if (label !== 'neutral' && t.chars >= REFLECT_MIN_CHARS && t.emotions[best]! >= REFLECT_MIN_PROB) return label;
    }
    return null;
  }

  /** Whether the best intent clears the tuned threshold and leads the runner-up by the margin. */
  function confident(ranked: IntentScore[]): boolean {
    const [a, b] = ranked;
    return !!a && a.score >= index.settings.threshold && a.score - (b?.score ?? 0) >= index.settings.margin;
  }

  /** Retrieval intents the last CARRY_LOOKBACK user turns were answered from. */
  function threadIntents(state: ConversationState): Set<string> {
    const out = new Set<string>();
    for (const t of state.turns.slice(-CARRY_LOOKBACK)) if (t.kind === 'retrieval' && t.intent) out.add(t.intent);
    return out;
  }

  /**
   * The life event whose story is being told: the event of a recent turn (STORY_LOOKBACK), with
   * only follow-ups since. Another intent's answer or meta talk ends the story.
   */
  /**
   * The grave life event (grave ≥ 2) of the story still being told: the latest one within
   * STORY_LOOKBACK turns, with only follow-ups and answers of a hurting mood since.
   */
  function graveStoryOf(state: ConversationState): LifeEvent | null {
    for (const t of state.turns.slice(-STORY_LOOKBACK).reverse()) {
      if (t.kind === 'retrieval' && t.intent?.startsWith('life:')) {
        const event = lifeEvent(t.intent.slice('life:'.length));
        return event && (event.grave ?? 0) >= 2 ? event : null;
      }
      const hurting = t.mood !== undefined && t.mood !== 'neutral' && valence(t.mood) < 0;
      if (t.kind !== 'followup' && !(t.kind === 'retrieval' && hurting)) return null;
    }
    return null;
  }

  /** Whether the story so far is good news: a recent turn answered as joy, none hurting since (joy-thread.ts). */
  function joyStoryOf(state: ConversationState): boolean {
    for (const t of state.turns.slice(-STORY_LOOKBACK).reverse()) {
      if (t.kind === 'safety') return false;
      const mood = t.mood ?? (t.kind === 'retrieval' && t.intent ? intentById.get(t.intent)?.emotion : undefined);
      if (mood === 'joy') return true;
      if (mood && mood !== 'neutral') return false;
    }
    return false;
  }

  function storyEvent(state: ConversationState): LifeEvent | null {
    for (const t of state.turns.slice(-STORY_LOOKBACK).reverse()) {
      if (t.kind === 'retrieval' && t.intent?.startsWith('life:')) return lifeEvent(t.intent.slice('life:'.length)) ?? null;
      if (t.kind !== 'followup') return null;
    }
    return null;
  }

  /**
   * Whether a confident retrieval intent of a short, continuing turn belongs to another story
   * than the one being told, so that answering from it would change the subject for the user:
   * - its emotion is of the other valence than the thread's ("3년 준비한 시험이야" right after
   *   "나 오늘 합격했어!!!" matches an intent about a long, weary exam preparation), or
   * - read together with the last turns, the text is still about the thread's own intent
   *   ("친구가 내 험담을 하고 다녔대" → "제일 친한 친구였는데" alone matches a fight with a best
   *   friend; "구조조정 얘기가 나오고 있거든요" → "애가 둘인데 어떻게 해야 할지 모르겠어요" alone
   *   matches a parenting intent). One more model call, only for such turns.
   */
  async function outOfThread(prev: ConversationState, intent: IntentInfo, text: string, thread: EmotionId | null, reading: EmotionId): Promise<'valence' | 'story' | null> {
    // An intent about a feeling is the user saying how they feel, so another valence there is the
    // mood turning ("시원섭섭하네요" after handing in a resignation with joy), not another story.
    const feeling = FEELING_TOPICS.has(intent.topic);
    if (thread && !feeling && intent.emotion !== 'neutral' && valence(intent.emotion) !== valence(thread) && !VALENCE_TURN.test(text)) return 'valence';
    // A feeling of indignation presupposes someone to blame. In a story of loss or worry,
    // "믿기지가 않아" after a grandmother's death is disbelief, not outrage at what someone did:
    // such an intent is taken only when the turn itself reads as anger.
    if (feeling) return thread && intent.emotion === 'anger' && !BLAME_MOODS.has(thread) && reading !== 'anger' ? 'story' : null;
    const threadIds = threadIntents(prev);
    const earlier = (prev.recentTexts ?? []).join(' ').slice(-CONTEXT_TEXT_CHARS).trim();
    if (threadIds.size === 0 || threadIds.has(intent.id) || !earlier) return null;
    const [together] = await analyze([`${earlier} ${text}`]);
    if (!together) return null;
    const ranked = search.rank(together.embedding, together.text);
    const top = ranked[0];
    const topIntent = top ? index.intents[top.intent] : undefined;
    // Unless the turn's own intent stays a real candidate in context: then it tells something new
    // ("회사에서 구조조정 얘기가 나오고 있거든요" after sleepless, worried nights: 0.15 in context).
    const own = ranked.find((r) => index.intents[r.intent] === intent)?.score ?? 0;
    return topIntent && topIntent !== intent && confident(ranked) && threadIds.has(topIntent.id) && own < STORY_KEEP_PROB ? 'story' : null;
  }

  /**
   * The emotion of a continuing turn's follow-up, given the thread's mood. The model's reading of
   * a short turn is trusted over the thread only when it is sure (VALENCE_TRUST):
   * - an intent held back as another story: the detail belongs to the thread's story, so it keeps
   *   its own reading only when that is sure, or of the thread's valence and leaning
   *   (THREAD_SWITCH_PROB: "상사는 내 맘도 모르고 계속 일만 줘" in a story of overwork, anger
   *   0.79), and takes the thread's mood otherwise;
   * - an intent held back for its valence, or a reading of the other valence than the thread's
   *   without words that say the mood turned (VALENCE_TURN): either may be the wrong one, so the
   *   reply names no feeling ('unsure', src/chat/unsure.ts);
   * - a turn reflected as neutral that the model is unsure of rather than reads as small talk
   *   ("3년 만났는데") takes the thread's mood, unless it says the mood turned (VALENCE_TURN) and
   *   its leading feeling is of the other valence: then it takes that feeling;
   * - a turn read as another emotion of the thread's valence takes the thread's mood unless the
   *   model leans to its own (THREAD_SWITCH_PROB) or the turn names that feeling itself
   *   ("돈보다 사람을 잃은 게 더 속상해", hurt 0.56, after a friend ran off with a loan: not "그 화
   *   밑에 혹시 서운함이나 속상함도 있었어요?").
   */
  function withThread(emotion: EmotionId, turn: Analysis, substance: number, thread: EmotionId, text: string, heldBack: 'valence' | 'story' | null, hinted: boolean): EmotionId | 'unsure' {
    const sure = emotion !== 'neutral' && turn.emotions[emotion] >= VALENCE_TRUST;
    // A feeling the turn names and the model reads as likely (TURNED_MIN_PROB) speaks for the
    // turn even when it is not the top reading ("돈보다 사람을 잃은 게 더 속상해": sadness 0.49,
    // hurt 0.46; 속상 names hurt).
    const named = namedFeeling(turn, text);
    const own = sure || !named ? emotion : named;
    // Another emotion of the thread's valence: the turn's own only when the model leans to it,
    // when a probable intent of this turn says so (INTENT_HINT_PROB), or when the turn names it.
    const switches =
      own !== 'neutral' && valence(own) === valence(thread) && (hinted || turn.emotions[own] >= THREAD_SWITCH_PROB || own === named);
    // Embarrassment's reflections and questions presume a scene before others ("얼굴이
    // 화끈거렸을 것 같아요", "다른 사람의 시선이…"), and in a story of hurt, loss or worry the model
    // reads self-reproach as embarrassment, even surely ("제가 뭘 잘못한 걸까요", 0.81, after a
    // partner's affair). There it takes over only when the turn names it or an intent says so.
    if (own === 'embarrassment' && thread !== 'embarrassment' && valence(thread) === valence(own) && !hinted && own !== named) return thread;
    if (heldBack === 'story') return sure || switches ? own : thread;
    if (heldBack === 'valence') return sure ? emotion : 'unsure';
    if (emotion === 'neutral') {
      // "그래도 오늘은 즐길래요" (neutral 0.47, joy 0.40) after a worry: the turn says the mood turned,
      // and its leading feeling is of the other valence, so the thread's mood is not carried.
      const lead = EMOTIONS.filter((e) => e !== 'neutral').reduce((a, b) => (turn.emotions[b] > turn.emotions[a] ? b : a));
      if (VALENCE_TURN.test(text) && thread !== 'neutral' && valence(lead) !== valence(thread) && turn.emotions[lead] >= TURNED_MIN_PROB) return lead;
      // A cause given for the feeling just told ("회사 일 때문에요" after "아직도 마음이 무거워요",
      // neutral 0.93) is the story going on, however plainly the model reads it.
      if (CAUSE_GIVEN.test(text) && valence(thread) < 0) return thread;
      // So is how long it has lasted ("이번주 내내 이래", "응 한 달째 이래" after overtime or a boss's
      // scolding): it had got «요즘 그렇게 지내고 있었군요. 요즘 마음에 걸리는 일은 없어요?» (session 41).
      if (valence(thread) < 0 && longmem.toldKinds(text).includes('how-long')) return thread;
      // Laughter in such a turn ("내일부터 뭐 하지 ㅋㅋ" after a bittersweet last day at work) says
      // it is lighter than a hurting thread: neither feeling is named.
      if (valence(thread) < 0 && hasLaughter(text)) return 'unsure';
      // A complaint or a sigh after good news ("귀찮다 ㅠ" after "논술 준비해야됨", once exams went
      // well) is not more of the good news: "정말 기쁜 일이네요, 축하해요!" (session 30).
      if (thread === 'joy' && NOT_JOYFUL.test(text)) return 'unsure';
      return substance <= CARRY_MAX_CHARS && turn.emotions.neutral < CARRY_MAX_NEUTRAL ? thread : emotion;
    }
    // Laughter at one's own trouble ("남편은 코골면서 잘 자요ㅋㅋ" in a story of sleepless nights) is not joy.
    if (emotion === 'joy' && valence(thread) < 0 && hasLaughter(text) && !namesFeeling(text, 'joy')) return 'unsure';
    if (valence(emotion) !== valence(thread)) return sure || VALENCE_TURN.test(text) ? emotion : 'unsure';
    return switches ? own : thread;
  }

  /**
   * Whether the story so far, read together with this turn, keeps the thread's valence. A reading
   * of the other valence, even a sure one, may be the turn read out of its story: "엄마한테
   * 전화했더니 엄마가 울더라" after "나 드디어 취업했어!" reads hurt 0.83 alone and joy 0.99 with
   * the story. Then the reply names no feeling ('unsure') and asks how the user feels about it.
   * Only for a turn that neither names its feeling nor says the mood turned; one more model call.
   */
  async function storyKeepsValence(prev: ConversationState, text: string, thread: EmotionId): Promise<boolean> {
    const together = await readTogether(prev, text);
    return !!together && together.label !== 'neutral' && valence(together.label) === valence(thread);
  }

  /** The turn read together with the last turns (CONTEXT_TEXT_CHARS of them); one model call. */
  async function readTogether(prev: ConversationState, text: string): Promise<Analysis | null> {
    const earlier = (prev.recentTexts ?? []).join(' ').slice(-CONTEXT_TEXT_CHARS).trim();
    if (!earlier) return null;
    const [together] = await analyze([`${earlier} ${text}`]);
    return together ?? null;
  }

  /** The likeliest emotion (at least TURNED_MIN_PROB) that the text names outright, if any. */
  function namedFeeling(turn: Analysis, text: string): EmotionId | null {
    let best: EmotionId | null = null;
    for (const e of EMOTIONS) {
      if (e === 'neutral' || turn.emotions[e] < TURNED_MIN_PROB || !namesFeeling(text, e)) continue;
      if (!best || turn.emotions[e] > turn.emotions[best]) best = e;
    }
    return best;
  }

  /** Session 43 (longtalk): whether a made reply's question may be asked now, as `followup` checks its own. */
  function saidBackFits(state: ConversationState, reply: string): boolean {
    const memo = longmem.memoOf(state.memo);
    return longmem.questionsAllowed(reply, memo.kinds, longmem.toldSoFar(memo, state.recentTexts?.at(-1) ?? ''), memo.said);
  }

  function followup(
    state: ConversationState,
    mood: EmotionId | 'unsure',
    rnd: () => number,
    freshTopic: (text: string) => boolean,
    wordless: WordlessTone | null,
    someone: boolean,
    remark: boolean,
    story: LifeEvent | null,
    elder: boolean,
    guilt: boolean,
    carried = false,
    lead: string | null = null,
    mild = false,
  ): string {
    const used = new Set(state.usedReplies);
    // "그 사람에게 정말 바랐던 건 뭐였어요?" is deaf to "아무도 연락이 없네": replies that presume a
    // person or a remark wait until the user has brought one in; and a parent is not "그 사람".
    // Nor one that presumes a betrayal the story never told ("믿었던 만큼 더 서운했겠어요" to thanks; session 37).
    const betrayed = toldBetrayal(state.storyTexts ?? []);
    // Session 40 (corechat): nothing "기대되는" is asked about in a story of illness or loss (situation-turns.ts).
    // Session 41 (context): nothing that presumes it happened ("그래서 그 뒤엔 어떻게 됐어요?") after a plan or a date ahead.
    const ahead = speaksOfFuture(state.recentTexts?.at(-1) ?? '');
    const fits = (text: string) => !(ahead && presumesPast(text)) && (someone || !presumesSomeone(text)) && (remark || !presumesRemark(text)) && !(elder && callsStranger(text)) && (betrayed || !presumesBetrayal(text)) && !looksForwardInGraveStory(text, state.storyTexts ?? []);
    const fresh = (text: string) => freshTopic(text) && fits(text);
    const asked = new Set(state.askedFollowups);
    const emotion: EmotionId = mood === 'unsure' ? 'neutral' : mood;
    // Session 37 (long-memory.ts): no question of the kind just asked, told in this turn or asked
    // twice already ("지금은 어떤 마음이…" in three wordings), and no opening used twice already.
    const memo = longmem.memoOf(state.memo);
    // Session 41 (stockq): what the user told before counts too ("한 달째", "말 못 했어", a story told).
    const toldNow = longmem.toldSoFar(memo, state.recentTexts?.at(-1) ?? '');
    const kindOk = (t: string) => longmem.questionsAllowed(t, memo.kinds, toldNow, memo.said);
    const openOk = (t: string) => longmem.openingAllowed(t, memo.openings);
    // A reflection made for this turn speaks for it even when the feeling is unsure (a relief named).
    if (mood === 'unsure' && !lead) {
      const r = pickUnused(UNSURE_REFLECTIONS, 'unsure', used, rnd, openOk);
      // Session 39 (invent): no "그때 …?" for a turn that told no event (told-nothing.ts).
      const q = pickUnused(UNSURE_QUESTIONS, 'unsure', asked, rnd, [kindOk, (t) => !presumesToldEvent(t, state.recentTexts?.at(-1) ?? ''), (t) => fresh(t) && !echoes(t, r?.text ?? '')]);
      if (r && q && kindOk(q.text) && openOk(r.text)) {
        state.usedReplies.push(r.id);
        state.askedFollowups.push(q.id);
        return `${r.text} ${q.text}`;
      }
      // All used: a neutral reflection and question, as below.
    }
    // Session 41 (stock-fit.ts): «요즘 그렇게 지내고 있었군요» only for days told, no small talk after a hurt.
    const stock: StockContext = { text: state.recentTexts?.at(-1) ?? '', turns: state.turns.length, hurting: state.turns.slice(0, -1).some((t) => t.mood !== undefined && t.mood !== 'neutral' && valence(t.mood) < 0) };
    const plainFits = (t: string) => plainReflectionFits(t, stock);
    // A reflection made for this very turn (a length of time told, told-duration.ts) comes first.
    const reflection =
      (lead ? { id: '', text: lead } : null) ??
      (wordless ? pickUnused(WORDLESS_REFLECTIONS[wordless], `wordless:${wordless}`, used, rnd) : null) ??
      (guilt ? pickUnused(GUILT_REFLECTIONS, 'guilt', used, rnd, fits) : null) ??
      pickUnused(index.reflections[emotion], `reflection:${emotion}`, used, rnd, [(t) => fits(t) && !(carried && emotion === 'joy' && HAILS_NEWS.test(t)) && !(mild && HEAVY_REFLECTION.test(t)) && !namesUnsaidFeeling(t, state.recentTexts?.at(-1) ?? '') && plainFits(t), openOk]) ??
      pickUnused(index.reflections.neutral, 'reflection:neutral', used, rnd, [plainFits, openOk]);
    // Follow-ups: this emotion's first, then neutral ones, then (all used) any emotion's. Within
    // a tier, a question on a topic not yet covered comes before one that is (the same question
    // in other words); another emotion's question never jumps ahead, it may not fit the mood.
    // Session 41 (stockq): a plain turn inside a hurting story ("멘붕이다", "아직 안 읽었어" after a
    // message sent to the wrong person) is asked into the story once the plain questions that fit are
    // spent, not about songs lately or the rest of the day.
    const storyMood = emotion === 'neutral' ? state.turns.slice(0, -1).map((t) => t.mood).reverse().find((m): m is EmotionId => m !== undefined && m !== 'neutral') : undefined;
    const hurtStory = storyMood !== undefined && valence(storyMood) < 0 ? storyMood : null;
    const tiers: EmotionId[][] = [hurtStory ? ['neutral', hurtStory] : [emotion, 'neutral'], EMOTIONS.filter((e) => e !== emotion && e !== 'neutral' && e !== hurtStory)];
    const unasked = (e: EmotionId) => index.followups[e].filter((_, i) => !asked.has(`${e}#${i}`));
    // Nor a question that echoes the reflection ("그 이야기 더 궁금해지네요. 그 이야기 조금 더 들려줄래요?").
    // After relief, no question that hails news ("이 기쁜 소식을 누구와 가장 먼저 나누고 싶어요?").
    const relieved = !!lead && (RELIEF_REFLECTIONS.includes(lead) || SMALL_RELIEF_REFLECTIONS.includes(lead));
    const freshQ = (text: string) => fresh(text) && kindOk(text) && !(stock.hurting && LIGHT_QUESTION.test(text)) && !echoes(text, reflection?.text ?? '') && !(relieved && HAILS.test(text)) && !presumesToldEvent(text, state.recentTexts?.at(-1) ?? '') && !asksWhenTold(text, state.recentTexts?.at(-1) ?? '') && !(/무겁/u.test(text) && /무겁/u.test(reflection?.text ?? '')) && !(HAILS.test(text) && gladOccasion(state.recentTexts?.at(-1) ?? ''));
    // In the story of a life event, its own questions come first ("8주였어요" after a miscarriage
    // must not be asked about small joys lately).
    let question: { id: string; text: string } | null = story ? pickUnused(story.questions, lifeQuestionPrefix(story.id), asked, rnd, freshQ) : null;
    if (question && (!fresh(question.text) || !kindOk(question.text))) question = null;
    if (!question && guilt) question = pickUnused(GUILT_QUESTIONS, 'guilt', asked, rnd, freshQ);
    if (question && !kindOk(question.text)) question = null;
    for (const [i, tier] of (question ? [] : tiers).entries()) {
      const from = tier.find((e) => unasked(e).some(freshQ)) ?? tier.find((e) => unasked(e).some(kindOk)) ?? tier.find((e) => unasked(e).length > 0);
      if (from) {
        question = pickUnused(index.followups[from], from, asked, rnd, [kindOk, freshQ]);
        if (question && !kindOk(question.text)) question = null;
        // A plain turn whose open questions are all spent may take another feeling's, as it did once all were asked.
        if (!question && emotion === 'neutral' && i === 0) continue;
        break;
      }
    }
    if (reflection?.id) state.usedReplies.push(reflection.id);
    if (question) state.askedFollowups.push(question.id);
    // Every fitting kind spent (session 37): a reflection and no question.
    const fallback = '지금 마음에 떠오르는 이야기를 조금 더 들려줄래요?';
    const rest = question || kindOk(fallback) ? null : pickUnused(longmem.REST_LINES, longmem.REST_PREFIX, used, rnd);
    if (rest) state.usedReplies.push(rest.id);
    const q = question?.text ?? (kindOk(fallback) ? fallback : (rest?.text ?? (reflection ? '' : fallback)));
    return reflection ? `${reflection.text} ${q}`.trim() : q;
  }

  /** A reflection of relief for a joyful turn that names it (relief.ts), not given before; or null. */
  function reliefLead(state: ConversationState, mood: EmotionId | 'unsure', text: string, rnd: () => number): string | null {
    if (!namesRelief(text)) return null;
    const release = reliefKind(text) === 'release';
    // A weight set down is named outright ("솔직히 좀 후련해" after parents' divorce read anger 0.37
    // and got "그 마음, 충분히 이해돼요", session 35): said back when the reading is unsure or plain too.
    if (mood !== 'joy' && !(release && (mood === 'unsure' || mood === 'neutral'))) return null;
    const [pool, prefix] = release ? [RELIEF_REFLECTIONS, RELIEF_PREFIX] : [SMALL_RELIEF_REFLECTIONS, SMALL_RELIEF_PREFIX];
    const pick = pickUnused(pool, prefix, new Set(state.usedReplies), rnd);
    if (!pick) return null;
    state.usedReplies.push(pick.id);
    return pick.text;
  }

  /** A reply of the how-question's topic not given before in this conversation (asks-how.ts). */
  function answerHow(state: ConversationState, topic: HowTopic, text: string, rnd: () => number, fresh: (t: string) => boolean): string | null {
    const pool = howReplies(topic, text);
    const pick = pickUnused(pool, howReplyPrefix(topic, pool !== HOW_REPLIES[topic]), new Set(state.usedReplies), rnd, fresh);
    if (!pick) return null;
    state.usedReplies.push(pick.id);
    return pick.text;
  }

  /**
   * Pushback, corrections of facts, memory questions, names, quiet and leaving turns (pushback.ts,
   * session 36): the reply, or null when the turn is none of these.
   */
  function pushbackTurn(
    prev: ConversationState,
    state: ConversationState,
    text: string,
    storyBefore: readonly string[],
    rnd: () => number,
    freshNow: (t: string) => boolean,
    coveredNow: ReadonlySet<string>,
  ): { reply: string; kind: ReplyKind; intent: null; mood?: EmotionId } | null {
    const thread = threadEmotion(prev);
    const mood = thread ?? undefined;
    const ask = (lead: string, m: EmotionId | 'unsure', someone = coveredNow.has('someone')) => followup(state, m, rnd, freshNow, null, someone, coveredNow.has('remark'), null, coveredNow.has('elder'), false, false, lead);
    const lastId = prev.usedReplies.at(-1) ?? '';
    // "ㅇ" after "아무것도 묻지 않을게요": the promise kept, no question.
    if ((lastId.startsWith(PRESENCE_PREFIX) || lastId.startsWith(pushback.QUIET_PREFIX)) && pushback.quietTurn(text)) {
      const pick = pickUnused(pushback.QUIET_REPLIES, pushback.QUIET_PREFIX, new Set(state.usedReplies), rnd) ?? { id: `${pushback.QUIET_PREFIX}#0`, text: pushback.QUIET_REPLIES[0]! };
      state.usedReplies.push(pick.id);
      return { reply: pick.text, kind: 'followup', intent: null, mood: mood ?? 'sadness' };
    }
    if (prev.turns.length === 0 && pushback.sighOpener(text)) {
      state.usedReplies.push(pushback.SIGH_PREFIX);
      return { reply: pushback.SIGH_REPLY, kind: 'followup', intent: null, mood: 'sadness' };
    }
    if (prev.turns.length === 0) return null;
    const leaving = pushback.leaves(text);
    if (leaving) {
      state.usedReplies.push(`${pushback.LEAVE_PREFIX}:${leaving}`);
      return { reply: pushback.LEAVE_REPLIES[leaving], kind: 'followup', intent: null, ...(mood ? { mood } : {}) };
    }
    // "아니 8개월 아니고 1년 8개월이요": the fact said back; feelings and causes are correction.ts's.
    const fact = correctedFeeling(text) === undefined ? pushback.correctedFact(text) : null;
    if (fact) {
      state.usedReplies.push(pushback.FACT_CORRECTION_PREFIX);
      return { reply: ask(pushback.factCorrectionLead(fact), thread ?? 'unsure'), kind: 'followup', intent: null, mood: thread ?? 'neutral' };
    }
    if (pushback.doubtsListening(text)) {
      state.usedReplies.push(pushback.DOUBT_PREFIX);
      return { reply: pushback.doubtReply(storyBefore), kind: 'followup', intent: null, ...(mood ? { mood } : {}) };
    }
    if (pushback.toldBefore(text)) {
      state.usedReplies.push(pushback.DOUBT_PREFIX);
      return { reply: ask(pushback.TOLD_BEFORE_LEAD, thread ?? 'unsure'), kind: 'followup', intent: null, ...(mood ? { mood } : {}) };
    }
    const recall = pushback.asksToRecall(text);
    if (recall) {
      state.usedReplies.push(pushback.RECALL_PREFIX);
      const detail = pushback.recallDetail(recall, storyBefore);
      return { reply: detail ? ask(pushback.recallReply(detail), thread ?? 'unsure') : pushback.recallReply(null), kind: 'followup', intent: null, ...(mood ? { mood } : {}) };
    }
    const name = pushback.givesName(text);
    if (name) {
      state.usedReplies.push(`${pushback.NAME_PREFIX}${name.name}`);
      return { reply: ask(pushback.nameLead(name), thread ?? 'unsure', true), kind: 'followup', intent: null, ...(mood ? { mood } : {}) };
    }
    if (pushback.heardSongs(text)) {
      state.usedReplies.push(pushback.HEARD_SONGS_PREFIX);
      return { reply: pushback.HEARD_SONGS_REPLY, kind: 'meta', intent: null };
    }
    // A topic practical-help.ts knows ("다른 방법은 없어?" about money lent) goes on there, in its order.
    if (pushback.asksForAWay(text) && !practicalTopic(text, storyBefore)) {
      const id = pushback.NO_WAY_PREFIX;
      const reply = state.usedReplies.includes(id) ? pushback.NO_WAY_GENERIC : pushback.wayReply(storyBefore);
      state.usedReplies.push(id);
      return { reply, kind: 'followup', intent: null, ...(mood ? { mood } : {}) };
    }
    const rejection = pushback.rejectsAdvice(text);
    if (rejection) {
      for (const step of pushback.rejectedSteps(text)) state.usedReplies.push(`${pushback.REJECTED_STEP_PREFIX}${step}`);
      const pool = pushback.rejectionReplies(rejection, text);
      const pick = pickUnused(pool, `${pushback.REJECTION_PREFIX}:${rejection}${pool === pushback.REJECTION_REPLIES[rejection] ? '' : `:${pushback.REJECTION_REPLIES[rejection].indexOf(pool[0]!)}`}`, new Set(state.usedReplies), rnd);
      // Turned down again after its reply was given: the reply is not repeated; the turn goes on as usual.
      if (pick) {
        state.usedReplies.push(pick.id);
        return { reply: pick.text, kind: 'followup', intent: null, ...(mood ? { mood } : {}) };
      }
    }
    return null;
  }

  /** Memory of people and goodbyes over a long conversation (long-memory.ts, session 37), or null. */
  function longMemoryTurn(
    prev: ConversationState,
    state: ConversationState,
    text: string,
    analysis: Analysis,
    rnd: () => number,
    freshNow: (t: string) => boolean,
    coveredNow: ReadonlySet<string>,
  ): { reply: string; kind: ReplyKind; intent: string | null; mood?: EmotionId } | null {
    const people = longmem.memoOf(prev.memo).people;
    const thread = threadEmotion(prev);
    const used = new Set(state.usedReplies);
    const recalled = longmem.recallPerson(text, people, prev.storyTexts ?? []);
    if (recalled) {
      state.usedReplies.push(longmem.RECALL_PERSON_PREFIX);
      return { reply: recalled, kind: 'followup', intent: null, ...(thread ? { mood: thread } : {}) };
    }
    if (longmem.afterBye(prev.usedReplies)) {
      // "안녕" again, or leaving for good: no introduction again.
      if (longmem.byeAgain(text) || longmem.saysBye(text)) {
        const pick = pickUnused(longmem.BYE_AGAIN_REPLIES, longmem.BYE_PREFIX, used, rnd) ?? { id: `${longmem.BYE_PREFIX}#0`, text: longmem.BYE_AGAIN_REPLIES[0]! };
        state.usedReplies.push(pick.id);
        return { reply: pick.text, kind: 'meta', intent: null };
      }
      // One more thing ("참 하은이가 제 생일엔 케이크 만들어줬었어요"): short and warm, no new question.
      if (longmem.oneMoreThing(text) && !asksForSongs(text)) {
        const n = state.usedReplies.filter((id) => id.startsWith(longmem.AFTER_BYE_PREFIX)).length;
        state.usedReplies.push(`${longmem.AFTER_BYE_PREFIX}#${n}`);
        return { reply: longmem.afterByeReply(text, longmem.personNamed(text, longmem.memoOf(state.memo).people), n), kind: 'followup', intent: null, ...(thread ? { mood: thread } : {}) };
      }
    }
    const goodbye = intentById.get('meta_goodbye');
    if (goodbye && prev.turns.length > 0 && longmem.saysBye(text)) {
      const pick = pickUnused(goodbye.replies, goodbye.id, used, rnd) ?? { id: `${goodbye.id}#0`, text: goodbye.replies[0]! };
      state.usedReplies.push(pick.id);
      return { reply: pick.text, kind: 'meta', intent: goodbye.id };
    }
    // "아까 말한 태우 선배한테 연락해서 물어볼까": the person kept, not another story's template.
    const ref = asksForSongs(text) ? null : longmem.referredPerson(text, people);
    if (!ref) return null;
    const { lead, weighs } = longmem.referenceLead(text, ref);
    const weighId = `${longmem.REFERENCE_PREFIX}:weigh`;
    if (weighs && !used.has(weighId)) {
      state.usedReplies.push(weighId);
      return { reply: longmem.WEIGH_REPLY(ref), kind: 'followup', intent: null, mood: thread ?? 'neutral' };
    }
    state.usedReplies.push(`${longmem.REFERENCE_PREFIX}:${ref.name}`);
    // The turn's own feeling only: the story's may not be this person's ("그 대리님처럼 잘해주고 싶다").
    const read = reflectEmotion(analysis, meaningfulLength(text), text);
    // Session 43 (longtalk): joy the turn does not name, in a story of hurt or loss, is a memory of the
    // person, not news: "초코 생각하면서 들을게요" the day a dog died had got «초코 얘기군요. 그런 순간이
    // 있다는 게 참 좋네요. 이 기쁜 소식을 누구와 가장 먼저 나누고 싶어요?».
    const mood = read === 'joy' && !namesFeeling(text, 'joy') && hurtingStory(prev) ? 'neutral' : read;
    const reflection = mood === 'neutral' ? null : pickUnused(index.reflections[mood], `reflection:${mood}`, used, rnd);
    if (reflection) state.usedReplies.push(reflection.id);
    const reply = followup(state, mood, rnd, freshNow, null, true, coveredNow.has('remark'), null, coveredNow.has('elder'), false, false, reflection ? `${lead} ${reflection.text}` : lead);
    return { reply, kind: 'followup', intent: null, mood };
  }

  async function reply(prev: ConversationState, raw: string, context: TurnContext = {}): Promise<TurnResult> {
    const check = checkMessage(raw, maxChars);
    if (!check.ok) return refused(prev, check.error === 'empty' ? EMPTY_PROMPT : check.message);
    // A leading "고마워 근데", "안녕" or "한국어로 할게요" is not what the turn is about
    // (src/chat/pleasantry.ts); safety still reads the whole message.
    const whole = check.text;
    // Session 39 (dialect.ts): regional endings and words are read as standard Korean ("하자카네" →
    // "하자고 하네", "혀" → "해", "했수다" → "했어요") wherever the turn's meaning is read (emotions,
    // rules, intents); safety reads the user's own words, and the story keeps them as written.
    const said = afterPleasantry(whole);
    // Session 40 (daily, spacing.ts): text written without spaces is split into words for meaning
    // ("회사에서완전깨졌어" → "회사에서 완전 깨졌어"); safety still reads the user's own words.
    // Session 40 (shorthand.ts): ㅅ typed for ㅆ ("헤어졋는데", "못하겟어") and English work words in a
    // Korean turn ("meeting 망했어") are read as meant, likewise for meaning only.
    const text = normalizeShorthand(normalizeDialect(respace(said)));
    const state = cloneState(prev);
    // Topics covered so far. An intent's reply may ask into what this very turn tells ("잠이 안
    // 와" → a question about the nights); a generic follow-up must not ("요즘 잠은 잘 자요?").
    const covered = new Set(state.coveredTopics ?? []);
    const coveredNow = new Set([...covered, ...toldTopics(text)]);
    // A step the user said they tried or heard too often is not offered again (pushback.ts).
    const fresh = (reply: string) => opensFreshTopics(reply, covered) && !pushback.offersRejectedStep(reply, prev.usedReplies);
    // In a heavy story, no small-talk question ("요즘 관심 가는 게 있어요?" after a humiliation at work,
    // "요즘 소소하게 즐거운 일이 있었어요?" a month after a father's stroke; session 35).
    let heavy = false;
    const freshNow = (reply: string) => opensFreshTopics(reply, coveredNow) && !(heavy && LIGHT_QUESTION.test(reply)) && !pushback.offersRejectedStep(reply, prev.usedReplies);
    const rnd = mulberry32((state.seed ^ Math.imul(state.turns.length + 1, 0x9e3779b1)) >>> 0);
    const clockNow = opts.clock?.() ?? null;
    const [analysis] = await analyze([text]);
    if (!analysis) throw new Error('analyze() returned no result');
    const chars = meaningfulLength(text);
    const summary: TurnSummary = { emotions: mixToArray(analysis.emotions), chars, kind: 'followup', intent: null, safety: null };
    state.turns.push(summary);
    // The mix the result will carry when this turn is answered as talk about songs ('meta': its words
    // count only if long), so the list a reply names is the one the app opens (songMode). Session 42:
    // "밝은 거 없어?" had said «기분을 바꿔 줄 노래부터» (this turn still counted as a follow-up) while
    // songMode opened the similar list.
    const songMix = () => conversationMix(state.turns.map((t) => (t === summary ? { ...t, kind: 'meta' as const } : t)));
    state.recentTexts = [...(prev.recentTexts ?? []), said].slice(-CARRY_LOOKBACK);
    state.storyTexts = [...(prev.storyTexts ?? []), said].slice(-STORY_LOOKBACK_TEXTS);
    // People named are kept for the whole conversation (long-memory.ts, session 37).
    const memoBefore = longmem.memoOf(prev.memo);
    state.memo = { ...memoBefore, people: longmem.keepPeople(memoBefore.people, longmem.peopleTold(text)) };
    // The story before this turn, for a practical question and for glad words in a story of misfortune.
    const storyBefore = (prev.storyTexts ?? prev.recentTexts ?? []).map((t) => normalizeShorthand(normalizeDialect(respace(t))));
    const prevEmbedding = state.lastEmbedding;
    state.lastEmbedding = Array.from(analysis.embedding, (v) => Math.round(v * 1e4) / 1e4);
    const turn = { emotions: analysis.emotions, label: analysis.label, embedding: analysis.embedding };
    const finish = (input: { reply: string; kind: ReplyKind; intent: string | null; score: number; safety: SafetyFlag; action?: TurnResult['action']; mood?: EmotionId; songRating?: TurnResult['songRating']; songArtist?: string; reread?: boolean }) => {
      // `reread` steers the mix only; it is not part of the turn's result.
      const { reread, ...rest } = input;
      let given = rest;
      // Session 39 (song-turns.ts): the lists follow a singer until songs open without one; "다른 거"
      // once all their songs are shown widens the lists to every singer, and says so.
      const following = state.songArtistList;
      if (following && given.action === 'open_recommendations' && !given.songArtist) delete state.songArtistList;
      if (following && given.action === 'more_recommendations' && !given.songArtist) {
        if (following.shown >= following.count) {
          delete state.songArtistList;
          given = { ...given, reply: artistAllShownLine(following, prev.lastReply === artistAskedAgainLine(following)), action: 'open_recommendations' };
        } else state.songArtistList = { ...following, shown: Math.min(following.count, following.shown + ARTIST_MORE_VIEW) };
      }
      // Session 37 (long-memory.ts): an opening used twice already, or a last question of a kind just
      // asked, told or asked twice, is left out when something is left to say; what is said is counted.
      const memo = longmem.memoOf(state.memo);
      const r = given.kind === 'safety' ? given : { ...given, reply: longmem.trimSpent(given.reply, memo.openings, memo.kinds, longmem.toldSoFar(memo, text), memo.said) };
      // Session 41 (stockq): a turn an intent or a life event answered told what is going on.
      const told = (r.kind === 'retrieval' && !!r.intent && !/^(?:meta_|conv_|untold:)/u.test(r.intent)) || (r.kind === 'followup' && chars >= MATTER_MIN_CHARS);
      const mood = r.mood ?? (r.intent ? intentById.get(r.intent)?.emotion : undefined);
      state.memo = longmem.noteReply(memo, r.reply, text, told ? (mood === 'joy' ? 'glad' : 'other') : null);
      summary.kind = r.kind;
      summary.intent = r.intent;
      summary.safety = r.safety;
      if (r.mood !== undefined) summary.mood = r.mood;
      // A turn a rule read against the model (sarcasm, happy tears, mock blame) counts in the mix as
      // read (mix.ts). Only rules that read the turn itself say so: most moods are a reply's tone
      // ("좋은 소식 한편에 마음에 걸리는 게…" is joy-toned, the worry it answers is not).
      if (reread && r.kind !== 'safety') summary.emotions = rereadEmotions(summary.emotions, r.mood);
      if (countsTowardMood(summary)) state.sharedChars += chars;
      state.coveredTopics = [...new Set([...coveredNow, ...askedTopics(r.reply)])];
      state.lastAsked = askedTopics(r.reply);
      if (SUGGESTS_SONGS.test(r.reply) && !r.action) state.lastSuggestedSongs = true;
      else delete state.lastSuggestedSongs;
      // While violence is current (a violence safety turn among the last few), songs wait: a
      // check-in instead (danger-now.ts, session 36).
      if ((r.action === 'open_recommendations' || r.action === 'more_recommendations') && dangerCurrent(prev.turns, storyBefore, prev.usedReplies)) {
        return result(state, { ...r, reply: SONGS_AFTER_DANGER, action: undefined, turn, suppressRecommendations: true });
      }
      // Songs asked for right after elder abuse, a man hit or smashing at home: a check on safety
      // first, once (home-violence.ts, session 36, safety2).
      if ((r.action === 'open_recommendations' || r.action === 'more_recommendations') && prev.usedReplies.slice(-3).some((id) => HOME_VIOLENCE_PREFIXES.some((p) => id.startsWith(p))) && !prev.usedReplies.includes(HOME_SONGS_WAIT)) {
        state.usedReplies.push(HOME_SONGS_WAIT);
        return result(state, { ...r, reply: SONGS_AFTER_DANGER, action: undefined, turn, suppressRecommendations: true });
      }
      // Songs opened after a suicide-risk safety turn open with the check-in line, never a cheer
      // ("농담이야" → "노래나 틀어 ㅋㅋ 신나는걸로" had got "기분 좋은 날, 마음껏 즐겨요"; session 36, safety2).
      if (r.action === 'open_recommendations' && r.kind !== 'safety' && prev.safety === 'suicide' && prev.turns.some((t) => t.kind === 'safety' && t.safety === 'suicide') && r.reply !== CRISIS_SONG_OPEN && r.reply !== CRISIS_SONG_OPEN_NO_NUMBER) {
        const quiet = prev.usedReplies.some((id) => id.startsWith(NO_NUMBER_PREFIX));
        return result(state, { ...r, reply: quiet ? CRISIS_SONG_OPEN_NO_NUMBER : CRISIS_SONG_OPEN, turn, suppressRecommendations: false });
      }
      // A request answered "a little more first" opens the songs once enough has been told.
      // Session 40 (songreq): or once a feeling is told, as the ask for one sentence promised ("요즘 좀 우울해서요" at 8 %).
      if (state.songsPending && !r.action && r.safety === null && !state.safety && r.kind !== 'safety' && (gaugeOf(state) >= REQUEST_MIN_GAUGE || toldAFeeling([summary]))) {
        delete state.songsPending;
        return result(state, { ...r, reply: `${r.reply} ${PENDING_OPEN}`, action: 'open_recommendations', turn, suppressRecommendations: false });
      }
      return result(state, { ...r, turn, suppressRecommendations: r.safety !== null });
    };

    // 1. Safety first. Medicine taken in excess is an emergency before anything else (overdose.ts),
    // and stays one on the next turns until help is on its way.
    const overdoseBefore = prev.usedReplies.some((id) => id.startsWith(OVERDOSE_PREFIX)) && !prev.usedReplies.includes(`${OVERDOSE_PREFIX}:coming`);
    if (chars > 0 && (toldOverdose(whole, storyBefore) || overdoseBefore)) {
      state.safety = 'suicide';
      const coming = overdoseBefore && helpComing(whole);
      const back = overdoseBefore && !coming && takenBack(whole);
      const [id, reply] = coming
        ? [`${OVERDOSE_PREFIX}:coming`, OVERDOSE_HELP_COMING]
        : back
          ? [`${OVERDOSE_PREFIX}:coming`, OVERDOSE_TAKEN_BACK]
          : overdoseBefore
            ? [`${OVERDOSE_PREFIX}:again`, OVERDOSE_AGAIN]
            : [`${OVERDOSE_PREFIX}#0`, OVERDOSE_REPLY];
      state.usedReplies.push(id);
      return finish({ reply, kind: 'safety', intent: null, score: 0, safety: 'suicide', mood: 'anxiety' });
    }
    // Session 36 (alarm.ts): right after a clear-up, a broad cue alone ("심장 떨어질 뻔") raises no alarm.
    const verdictSeen = detectSafety(whole, { embedding: analysis.embedding, model: safetyModel });
    const verdict = verdictSeen.source === 'model' && clearedWithin(prev.usedReplies, prev.turns.length) ? { ...verdictSeen, category: null, source: null } : verdictSeen;
    // Ambiguous first lines get a question, clear-ups end the alarm, finishing the work and a will
    // written in class are no risk (alarm.ts).
    const alarm = chars > 0 ? alarmTurn(whole, storyBefore, { verdict, used: prev.usedReplies, lastSafety: prev.turns.at(-1)?.kind === 'safety', turn: prev.turns.length }) : null;
    if (alarm) {
      state.usedReplies.push(alarm.id);
      if (alarm.clear) state.safety = null;
      if (alarm.safety) state.safety ??= alarm.safety;
      return finish({ reply: alarm.reply, kind: alarm.safety ? 'safety' : 'followup', intent: null, score: 0, safety: alarm.safety, mood: alarm.safety ? 'anxiety' : alarm.clear ? 'joy' : 'neutral' });
    }
    const cleared = clearedUp(prev.usedReplies);
    const crisisReply = (poolId: SafetyReplyPool) => {
      const pool = index.safetyReplies[poolId];
      // Safety replies may repeat once all are used: the help lines must always be given.
      const pick = pickUnused(pool, `safety:${poolId}`, new Set(state.usedReplies), rnd, (t) => suitsSetting(poolId, t, whole)) ?? {
        id: '',
        text: pool[state.turns.length % pool.length] ?? pool[0]!,
      };
      if (pick.id) state.usedReplies.push(pick.id);
      // A young person also gets the youth line (overdose.ts), once.
      if (poolId === 'suicide' && !state.usedReplies.includes('safety:youth') && soundsYoung([...storyBefore, whole])) {
        state.usedReplies.push('safety:youth');
        return `${pick.text} ${YOUTH_LINE}`;
      }
      return pick.text;
    };
    // A wish to die said not to be there ("죽고 싶다 이런건 아니에요"), with no other cue and nothing
    // that leaves the door open, is believed: no crisis reply, the help line for later (safety-check.ts).
    // Also when the rules saw no cue at all ("아 죽고싶다는 건 아니고요 ㅎㅎ 그냥 좀 쉬고 싶다는거" after
    // "가끔은 다 놓고 싶어요" had got "제가 이유를 잘못 짚었네요", session 31).
    // Session 38 (care.ts): a caregiver's "다 놓아버리고 싶어요", the only cue, is asked about plainly
    // (whether it reaches as far as not wanting to live) instead of the full crisis reply; the next
    // turn is read as the answer: yes → the crisis reply, no or "그냥 지쳐서" → burnout support.
    const careChecked = prev.usedReplies.at(-1)?.startsWith(`${CARE_CHECK_PREFIX}#`) === true && prev.turns.at(-1)?.kind === 'safety';
    const careAnswer = careChecked && chars > 0 ? answerToCareCheck(whole, answerToCheckIn(whole)) : null;
    if (careAnswer === 'yes') return finish({ reply: crisisReply('suicide'), kind: 'safety', intent: null, score: 0, safety: 'suicide' });
    if (careAnswer && (verdict.category === null || verdict.source === 'model')) {
      const no = careAnswer === 'no';
      const pick = no ? { id: CARE_NO_PREFIX, text: careNoReply([...storyBefore, whole]) } : (pickUnused(CHECK_IN_UNSURE_REPLIES, CHECK_IN_UNSURE_PREFIX, new Set(state.usedReplies), rnd) ?? { id: '', text: CHECK_IN_UNSURE_REPLIES[0]! });
      if (pick.id) state.usedReplies.push(pick.id);
      return finish({ reply: pick.text, kind: no ? 'followup' : 'safety', intent: null, score: 0, safety: no ? null : 'suicide', mood: 'sadness' });
    }
    if (chars > 0 && !prev.usedReplies.some((id) => id.startsWith('safety:')) && caregiverLetGo(whole, storyBefore) && ambiguousOnly(verdict, isIndirectCue)) {
      state.safety ??= 'suicide';
      const pick = pickUnused(CARE_CHECK_REPLIES, CARE_CHECK_PREFIX, new Set(state.usedReplies), rnd) ?? { id: `${CARE_CHECK_PREFIX}#0`, text: CARE_CHECK_REPLIES[0]! };
      state.usedReplies.push(pick.id);
      return finish({ reply: pick.text, kind: 'safety', intent: null, score: 0, safety: 'suicide', mood: 'sadness' });
    }
    const deniedRest = verdict.category === 'suicide' || verdict.category === null ? deniedWishRest(whole) : null;
    if (deniedRest !== null && detectSafety(deniedRest, { embedding: analysis.embedding, model: safetyModel }).category === null) {
      const pick = pickUnused(DENIAL_REPLIES, DENIAL_PREFIX, new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'followup', intent: null, score: 0, safety: null, mood: 'sadness' });
      }
    }
    // The first indirect wish to give up ("다 그만두고 싶어") gets a direct question with the help
    // line rather than the full crisis reply (src/chat/safety-check.ts); any later cue, the reply.
    const checkedBefore = prev.usedReplies.some((id) => id.startsWith('safety:'));
    // Session 41: one's absence unnoticed ("나 하나 없어져도 아무도 모를걸") is such a cue too, with its own words.
    if (verdict.category === 'suicide' && !checkedBefore && isIndirectCue(verdict, whole)) {
      state.safety ??= 'suicide';
      const [pool, prefix] = absenceCue(verdict, whole) ? [CHECK_IN_ABSENT_REPLIES, CHECK_IN_ABSENT_PREFIX] : checkInKind(verdict) === 'lonely' ? [CHECK_IN_LONELY_REPLIES, CHECK_IN_LONELY_PREFIX] : [CHECK_IN_REPLIES, CHECK_IN_PREFIX];
      const pick = pickUnused(pool, prefix, new Set(state.usedReplies), rnd)!;
      state.usedReplies.push(pick.id);
      return finish({ reply: pick.text, kind: 'safety', intent: null, score: 0, safety: 'suicide' });
    }
    // Session 38: a wish to die said with a laugh and not confirmed by the model gets a light, direct
    // check-in (safety-check.ts `laughedOffWish`); its id starts with the check-in's, so the next
    // turn is read as the answer.
    if (chars > 0 && !checkedBefore && laughedOffWish(verdict)) {
      state.safety ??= 'suicide';
      const i = state.turns.length % LAUGHED_OFF_CHECK_IN_REPLIES.length;
      state.usedReplies.push(`${CHECK_IN_PREFIX}#laughed-${i}`);
      return finish({ reply: LAUGHED_OFF_CHECK_IN_REPLIES[i]!, kind: 'safety', intent: null, score: 0, safety: 'suicide' });
    }
    // Session 40 (safety-check.ts): "죽고 싶을 만큼 창피했어요" names the shame first, then checks gently;
    // "현타와서 옥상 올라가고 싶다 ㅋㅋ" gets a calibrated check (the full reply if a crisis is recent).
    const suicideLately = prev.turns.slice(-CRISIS_RECENT_TURNS).some((t) => t.kind === 'safety' && t.safety === 'suicide') && prev.usedReplies.some((id) => /^safety:(?:suicide#|english|confirm|urge|aborted|stockpile|after-yes|check#(?!shame-|height-))/u.test(id));
    const shame = chars > 0 && verdict.category === 'suicide' && !suicideLately ? shameFigure(whole) : null;
    if (shame && verdict.hits.filter((h) => h.level === 'strong' || (h.level === 'weak' && !h.playful)).every((h) => h.rule === 'want_to_die')) {
      state.safety ??= 'suicide';
      const i = prev.usedReplies.some((id) => id.startsWith(`${CHECK_IN_PREFIX}#${SHAME_CHECK_ID}-`)) ? 1 : 0;
      state.usedReplies.push(`${CHECK_IN_PREFIX}#${SHAME_CHECK_ID}-${i}`);
      return finish({ reply: shameCheckReply(shame, i), kind: 'safety', intent: null, score: 0, safety: 'suicide', mood: 'sadness' });
    }
    if (chars > 0 && verdict.category === null && heightWish(whole)) {
      state.safety ??= 'suicide';
      if (suicideLately) return finish({ reply: crisisReply('suicide'), kind: 'safety', intent: null, score: 0, safety: 'suicide' });
      const i = prev.usedReplies.some((id) => id.startsWith(`${CHECK_IN_PREFIX}#${HEIGHT_CHECK_ID}-`)) ? 1 : 0;
      state.usedReplies.push(`${CHECK_IN_PREFIX}#${HEIGHT_CHECK_ID}-${i}`);
      return finish({ reply: HEIGHT_CHECK_REPLIES[i]!, kind: 'safety', intent: null, score: 0, safety: 'suicide' });
    }
    // Session 41: "차라리 교통사고라도 나면 좋겠다" gets the same calibrated check (safety-check.ts `harmWish`).
    if (chars > 0 && verdict.category === null && harmWish(whole)) {
      state.safety ??= 'suicide';
      if (suicideLately) return finish({ reply: crisisReply('suicide'), kind: 'safety', intent: null, score: 0, safety: 'suicide' });
      const i = prev.usedReplies.some((id) => id.startsWith(`${CHECK_IN_PREFIX}#${HARM_CHECK_ID}-`)) ? 1 : 0;
      state.usedReplies.push(`${CHECK_IN_PREFIX}#${HARM_CHECK_ID}-${i}`);
      return finish({ reply: HARM_CHECK_REPLIES[i]!, kind: 'safety', intent: null, score: 0, safety: 'suicide' });
    }
    // Someone close died by suicide (the loss first), or is at risk, told by the one who worries
    // (replies for them): the flag and the help line kept (safety-check.ts).
    // Self-harm long past, told as such, is asked about now, calmly (safety-check.ts).
    if (verdict.category === 'suicide' && toldPastRisk(whole) && !prev.usedReplies.includes(PAST_RISK_PREFIX)) {
      state.safety ??= 'suicide';
      state.usedReplies.push(PAST_RISK_PREFIX);
      return finish({ reply: PAST_RISK_REPLY, kind: 'safety', intent: null, score: 0, safety: 'suicide', mood: 'sadness' });
    }
    const aboutSomeoneElse: ReadonlyArray<readonly [(raw: string, earlier: readonly string[]) => boolean, readonly string[], string]> = [
      [toldSuicideLoss, SUICIDE_LOSS_REPLIES, SUICIDE_LOSS_PREFIX],
      [toldOthersAtRisk, OTHERS_AT_RISK_REPLIES, OTHERS_AT_RISK_PREFIX],
    ];
    for (const [told, pool, prefix] of verdict.category === 'suicide' ? aboutSomeoneElse : []) {
      if (!told(whole, storyBefore)) continue;
      state.safety ??= 'suicide';
      const pick = pickUnused(pool, prefix, new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'safety', intent: null, score: 0, safety: 'suicide' });
      }
    }
    // Someone at risk, then out of reach: 112 or 119 now (overdose.ts).
    const worriedBefore = prev.turns.slice(-3).some((t) => t.kind === 'safety') && prev.usedReplies.some((id) => id.startsWith(OTHERS_AT_RISK_PREFIX));
    if (worriedBefore && cannotReachThem(whole)) {
      state.usedReplies.push(UNREACHABLE_PREFIX);
      return finish({ reply: UNREACHABLE_REPLY, kind: 'safety', intent: null, score: 0, safety: 'suicide', mood: 'anxiety' });
    }
    // Within a few turns of the help lines, fear of calling ("전화는 좀 무서워요") gets another way in
    // (safety-check.ts), not a violence reply for "무서워요" nor a task-sorting template.
    const nearCrisis = prev.safety === 'suicide' && prev.turns.slice(-3).some((t) => t.kind === 'safety' && t.safety === 'suicide');
    if (nearCrisis && verdict.category !== 'suicide' && takesItBack(whole) && !state.usedReplies.includes(TAKEN_BACK_PREFIX) && !prev.usedReplies.at(-1)?.startsWith(CONFIRM_PREFIX)) {
      state.usedReplies.push(TAKEN_BACK_PREFIX);
      return finish({ reply: takenBackReply(whole, mentionsHeight([...storyBefore, whole])), kind: 'safety', intent: null, score: 0, safety: 'suicide', mood: 'anxiety' });
    }
    // Asking for a way to write instead ("전화는 좀 무섭고 문자로는 못해?") is answered as a question of fact
    // below (asks-facts.ts: 1388 by text, 112 by text), not with the fear-of-calling reply (session 36).
    if (nearCrisis && verdict.category !== 'suicide' && fearsCalling(whole) && !/문자|카톡|채팅|글로/u.test(whole)) {
      const pick = pickUnused(PHONE_FEAR_REPLIES, PHONE_FEAR_PREFIX, new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'safety', intent: null, score: 0, safety: 'suicide', mood: 'anxiety' });
      }
    }
    // Session 37 (psafe, rights.ts): a blow told without a subject in a story of a partner or parent,
    // a migrant's visa fear after it, a foreign worker's unpaid wages, a soldier's half-meant thought
    // of desertion, a bullied student afraid to tell, a coming out and the turns after it, a disabled
    // job-seeker asked only about the disability. Each in its own words, with the right help line.
    const rights = verdict.category !== 'suicide' && chars > 0 ? rightsPick(whole, storyBefore, prev.usedReplies) : null;
    if (rights) {
      if (rights.safety) state.safety ??= rights.safety;
      state.usedReplies.push(rights.id);
      return finish({ reply: rights.reply, kind: rights.kind, intent: null, score: 0, safety: rights.safety, mood: rights.mood });
    }
    // Session 36 (safety2): goodbye letters left for family (goodbye-signs.ts), a friend's goodbye
    // told by the one who worries, a minor groomed or threatened online and an ex's intimate images
    // (exploitation.ts), elder abuse, a man hit by his partner, smashing and threats at home
    // (home-violence.ts). Each keeps to its thread on the next turns without repeating a paragraph.
    if (verdict.category !== 'suicide' && chars > 0) {
      const used = prev.usedReplies;
      const mine = goodbyeTurn(whole, storyBefore, used);
      if (mine === 'yes') return finish({ reply: crisisReply('suicide'), kind: 'safety', intent: null, score: 0, safety: 'suicide' });
      const othersBefore = used.slice(-4).some((id) => id.startsWith(`${OTHERS_AT_RISK_PREFIX}#`) || id === UNREACHABLE_PREFIX);
      const harm =
        mine ??
        theirGoodbyeTurn(whole, storyBefore, used, othersBefore) ??
        groomingPick(whole, storyBefore, used) ??
        imageAbusePick(whole, storyBefore, used) ??
        elderPick(whole, storyBefore, used) ??
        manPick(whole, storyBefore, used) ??
        smashPick(whole, storyBefore, used);
      if (harm) {
        state.safety ??= harm.safety;
        state.usedReplies.push(harm.id);
        return finish({ reply: harm.reply, kind: 'safety', intent: null, score: 0, safety: harm.safety, mood: harm.mood });
      }
    }
    // Threats over a debt ("가족들한테 연락하겠다고 협박해요" after a loan app) are illegal collection:
    // 112 with the financial watchdog's 1332, not the women's emergency line 1366 (session 33).
    if (verdict.category === 'violence' && threatOverDebt(whole, prev.recentTexts ?? [])) {
      state.safety ??= 'violence';
      const at = PRACTICAL_REPLIES.collection.findIndex((_, i) => !state.usedReplies.includes(`${PRACTICAL_PREFIX}:collection#${i}`));
      const pick = at < 0 ? { id: '', text: PRACTICAL_REPLIES.collection[0]! } : { id: `${PRACTICAL_PREFIX}:collection#${at}`, text: PRACTICAL_REPLIES.collection[at]! };
      if (pick.id) state.usedReplies.push(pick.id);
      return finish({ reply: pick.text, kind: 'safety', intent: null, score: 0, safety: 'violence' });
    }
    // Danger now (someone at the door, violence heard in the house, hiding, tonight), stalking, a
    // child or a man hurt, and the turns after a violence disclosure: making light of it, self-blame,
    // fear, leaving (danger-now.ts, session 36).
    if (verdict.category !== 'suicide' && chars > 0) {
      // Songs asked for while it is current: a gentle check-in first, no songs.
      if (dangerCurrent(prev.turns, storyBefore, prev.usedReplies) && asksForSongs(text)) {
        return finish({ reply: SONGS_AFTER_DANGER, kind: 'meta', intent: null, score: 0, safety: null, mood: 'anxiety' });
      }
      // After a clear-up the turn is read alone (alarm.ts).
      const violenceRecent = !cleared && prev.turns.slice(-6).some((t) => t.safety === 'violence');
      for (const d of dangerPicks(whole, cleared ? [] : storyBefore, { violenceRecent, violenceNow: verdict.category === 'violence', used: prev.usedReplies })) {
        // In order: the first reply says what to do first ("많이 무섭겠어요" only when fear was told).
        const at = d.pool.findIndex((_, i) => !state.usedReplies.includes(`${d.prefix}#${i}`));
        const pick = at >= 0 ? { id: `${d.prefix}#${at}`, text: fitFear(d.pool[at]!, [...storyBefore, whole]) } : d.repeat ? { id: '', text: d.pool[state.turns.length % d.pool.length]! } : null;
        if (!pick) continue;
        state.safety ??= 'violence';
        if (pick.id) state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'safety', intent: null, score: 0, safety: 'violence', mood: 'anxiety' });
      }
    }
    // A crisis written in English is answered in English (session 35: "I want to die" got Korean).
    if (verdict.category === 'suicide' && isForeignLanguage(text)) {
      state.safety ??= 'suicide';
      // A passive wish first asks directly (session 40, safety-check.ts).
      if (englishPassiveOnly(verdict) && !prev.usedReplies.some((id) => id.startsWith(ENGLISH_CRISIS_PREFIX))) {
        state.usedReplies.push(ENGLISH_CHECK_PREFIX);
        return finish({ reply: ENGLISH_CHECK_REPLY, kind: 'safety', intent: null, score: 0, safety: 'suicide' });
      }
      const again = prev.usedReplies.includes(ENGLISH_CRISIS_PREFIX);
      state.usedReplies.push(ENGLISH_CRISIS_PREFIX);
      return finish({ reply: again ? ENGLISH_CRISIS_AGAIN : ENGLISH_CRISIS_REPLY, kind: 'safety', intent: null, score: 0, safety: 'suicide' });
    }
    // Session 36 (crisis-follow.ts): what follows the first safety reply. An attempt told without
    // words of dying, the urge back, pills kept "just in case", the line tried and not answered,
    // "109 얘기 하지 마", "됐어 잊어버려" and relief right after; songs asked for soon after a crisis
    // open with a check-in line (the number left out once the user asked not to hear it).
    const riskLately = prev.safety === 'suicide' && prev.turns.slice(-CRISIS_RECENT_TURNS).some((t) => t.kind === 'safety' && t.safety === 'suicide');
    // Session 40: "진심이야", "ㄹㅇ로" or the wish said again right after a crisis turn stays in crisis care.
    const lastCrisis = prev.turns.at(-1)?.kind === 'safety' && prev.turns.at(-1)?.safety === 'suicide';
    const follow = chars > 0 && !cleared && verdict.category !== 'violence' ? crisisFollow(whole, storyBefore, { riskLately, justAfter: nearCrisis, flagged: verdict.category !== null, lastCrisis, lastReply: prev.usedReplies.at(-1) ?? '' }) : null;
    const noNumber = prev.usedReplies.some((id) => id.startsWith(NO_NUMBER_PREFIX));
    if (follow?.kind === 'confirm') {
      state.safety ??= 'suicide';
      const [id, reply] = confirmReply(follow.turn, new Set(state.usedReplies));
      state.usedReplies.push(id);
      const calmer = follow.turn === 'safe' || follow.turn === 'no_plan' || follow.turn === 'english_no';
      return finish({ reply, kind: calmer ? 'followup' : 'safety', intent: null, score: 0, safety: calmer ? null : 'suicide', mood: calmer ? 'sadness' : 'anxiety' });
    }
    if (follow) {
      state.safety ??= 'suicide';
      const used = new Set(state.usedReplies);
      const [id, reply] =
        follow.kind === 'aborted'
          ? [ABORTED_PREFIX, abortedReply([...storyBefore, whole])]
          : follow.kind === 'urge'
            ? [URGE_PREFIX, urgeReply([...storyBefore, whole])]
            : follow.kind === 'stockpile'
              ? [`${STOCKPILE_PREFIX}:${follow.turn}`, STOCKPILE_REPLIES[follow.turn]]
              : follow.kind === 'relief'
                ? [RELIEF_AFTER_PREFIX, RELIEF_AFTER_REPLY]
                : follow.kind === 'stopped'
                  ? [STOPPED_PREFIX, stoppedReply(whole)]
                : (() => {
                    const [pool, prefix] = follow.kind === 'unanswered' ? [UNANSWERED_REPLIES, UNANSWERED_PREFIX] : follow.kind === 'no_number' ? [NO_NUMBER_REPLIES, NO_NUMBER_PREFIX] : [DROP_REPLIES[follow.drop], `${DROP_PREFIX}:${follow.drop}`];
                    const at = pool.findIndex((_, i) => !used.has(`${prefix}#${i}`));
                    return [`${prefix}#${Math.max(at, 0)}`, pool[Math.max(at, 0)]!] as const;
                  })();
      state.usedReplies.push(id);
      // Stepping away from the subject, or relief, is no new risk: the banner stays, songs may follow.
      const quiet = follow.kind === 'drop' || follow.kind === 'relief' || follow.kind === 'no_number' || follow.kind === 'stopped';
      return finish({ reply, kind: quiet ? 'followup' : 'safety', intent: null, score: 0, safety: quiet ? null : 'suicide', mood: quiet ? 'sadness' : 'anxiety' });
    }
    if (riskLately && verdict.category === null && chars > 0 && (asksForSongs(text) || asksSongsQuestion(text))) {
      const direction = songDirection(text, null);
      if (direction) state.songDirection = direction;
      delete state.songsPending;
      state.usedReplies.push(CRISIS_SONG_PREFIX);
      return finish({ reply: noNumber ? CRISIS_SONG_OPEN_NO_NUMBER : CRISIS_SONG_OPEN, kind: 'meta', intent: null, score: 0, safety: null, action: 'open_recommendations' });
    }
    if (verdict.category) {
      const category = verdict.category;
      state.safety ??= category;
      const reply = crisisReply(replyPool(verdict, whole) ?? category);
      return finish({ reply, kind: 'safety', intent: null, score: 0, safety: category });
    }
    // The answer to a check-in: yes gets the crisis reply, no relief, "모르겠어요" the help line again.
    const lastReply = prev.usedReplies[prev.usedReplies.length - 1] ?? '';
    const lonelyCheckIn = lastReply.startsWith(`${CHECK_IN_LONELY_PREFIX}#`);
    const checkedIn = lonelyCheckIn || lastReply.startsWith(`${CHECK_IN_PREFIX}#`) || lastReply.startsWith(`${WARNING_SIGN_PREFIX}#`);
    const answer = checkedIn && prev.turns.at(-1)?.kind === 'safety' ? answerToCheckIn(text) : null;
    if (answer === 'yes') {
      return finish({ reply: crisisReply('suicide'), kind: 'safety', intent: null, score: 0, safety: 'suicide' });
    }
    if (answer) {
      const [pool, prefix] =
        answer === 'unsure'
          ? [CHECK_IN_UNSURE_REPLIES, CHECK_IN_UNSURE_PREFIX]
          : lonelyCheckIn
            ? [CHECK_IN_LONELY_NO_REPLIES, CHECK_IN_LONELY_NO_PREFIX]
            : lastReply.startsWith(`${WARNING_SIGN_PREFIX}#`)
              ? [WARNING_SIGN_NO_REPLIES, WARNING_SIGN_NO_PREFIX]
              : lastReply.startsWith(`${CHECK_IN_PREFIX}#laughed-`)
                ? [LAUGHED_OFF_NO_REPLIES, LAUGHED_OFF_NO_PREFIX]
                : lastReply.startsWith(`${CHECK_IN_PREFIX}#${SHAME_CHECK_ID}-`)
                  ? [SHAME_NO_REPLIES, SHAME_NO_PREFIX]
                  : [CHECK_IN_NO_REPLIES, CHECK_IN_NO_PREFIX];
      const pick = pickUnused(pool, prefix, new Set(state.usedReplies), rnd) ?? { id: '', text: pool[0]! };
      if (pick.id) state.usedReplies.push(pick.id);
      return answer === 'no'
        ? finish({ reply: pick.text, kind: 'followup', intent: null, score: 0, safety: null })
        : finish({ reply: pick.text, kind: 'safety', intent: null, score: 0, safety: 'suicide' });
    }
    // The answer to a full crisis reply: a yes stays with the risk, a no (no plan) is relief that
    // still takes the thoughts seriously (safety-check.ts).
    const afterCrisis = lastReply.startsWith('safety:suicide#') && prev.turns.at(-1)?.kind === 'safety' ? answerToCheckIn(text) : null;
    if (afterCrisis === 'yes' || afterCrisis === 'no') {
      const [pool, prefix] =
        afterCrisis === 'yes'
          ? [AFTER_CRISIS_YES_REPLIES, AFTER_CRISIS_YES_PREFIX]
          : deniesOnlyAPlan(text)
            ? [AFTER_CRISIS_NO_PLAN_REPLIES, AFTER_CRISIS_NO_PLAN_PREFIX]
            : [AFTER_CRISIS_NO_REPLIES, AFTER_CRISIS_NO_PREFIX];
      const pick = pickUnused(pool, prefix, new Set(state.usedReplies), rnd) ?? { id: '', text: pool[0]! };
      if (pick.id) state.usedReplies.push(pick.id);
      return finish({ reply: pick.text, kind: afterCrisis === 'yes' ? 'safety' : 'followup', intent: null, score: 0, safety: afterCrisis === 'yes' ? 'suicide' : null, mood: 'sadness' });
    }
    // Warning signs without words of dying: things put in order, thanks said as if for the last
    // time (warning-signs.ts). The direct question first; after a check-in, the full reply.
    // …a friend's signs, told by the one who worries, get the replies for them (session 35).
    if (showsWarningSigns(whole, prev.recentTexts ?? []) && toldOthersAtRisk(whole, storyBefore)) {
      state.safety ??= 'suicide';
      const pick = pickUnused(OTHERS_AT_RISK_REPLIES, OTHERS_AT_RISK_PREFIX, new Set(state.usedReplies), rnd) ?? { id: '', text: OTHERS_AT_RISK_REPLIES[0]! };
      if (pick.id) state.usedReplies.push(pick.id);
      return finish({ reply: pick.text, kind: 'safety', intent: null, score: 0, safety: 'suicide', mood: 'anxiety' });
    }
    // …or a grandmother who gives the user her ring and calls herself a burden (session 36).
    if (showsWarningSigns(whole, prev.recentTexts ?? []) && signsOfSomeoneElse(whole, prev.recentTexts ?? []) && !state.usedReplies.includes(OTHERS_SIGNS_PREFIX)) {
      state.safety ??= 'suicide';
      state.usedReplies.push(OTHERS_SIGNS_PREFIX);
      return finish({ reply: OTHERS_SIGNS_REPLY, kind: 'safety', intent: null, score: 0, safety: 'suicide', mood: 'anxiety' });
    }
    // …then "그냥 나이 드셔서 그런 거겠죠?" is not brushed off with them, and "어떻게 해야 할지" is told what a family member can do.
    const othersSigns = prev.usedReplies.slice(-3).includes(OTHERS_SIGNS_PREFIX) && verdict.category === null && chars > 0;
    const othersNext = !othersSigns ? null : brushesOff(text) ? (['brush', BRUSH_OFF_REPLY] as const) : asksWhatToDo(text) || asksHow(text, []) === 'open' ? (['how', OTHERS_HOW_REPLY] as const) : null;
    if (othersNext && !state.usedReplies.includes(`${OTHERS_SIGNS_PREFIX}:${othersNext[0]}`)) {
      state.usedReplies.push(`${OTHERS_SIGNS_PREFIX}:${othersNext[0]}`);
      return finish({ reply: othersNext[1], kind: 'followup', intent: null, score: 0, safety: null, mood: 'anxiety' });
    }
    if (showsWarningSigns(whole, prev.recentTexts ?? [])) {
      state.safety ??= 'suicide';
      // The reply that names what was told ("통장이랑 도장 정리해서 딸한테 줬어요" is no thanks said to
      // everyone); after a check-in, that one if not given yet, else the full reply (session 36).
      const fits = warningReplyFits(whole, prev.recentTexts ?? [], !checkedBefore);
      const names = warningReplyFits(whole, prev.recentTexts ?? [], false);
      const specific = pickUnused(WARNING_SIGN_REPLIES, WARNING_SIGN_PREFIX, new Set(state.usedReplies), rnd, [fits, names]);
      if (checkedBefore && !(specific && names(specific.text))) return finish({ reply: crisisReply('suicide'), kind: 'safety', intent: null, score: 0, safety: 'suicide' });
      const pick = specific ?? { id: '', text: WARNING_SIGN_REPLIES[1]! };
      if (pick.id) state.usedReplies.push(pick.id);
      return finish({ reply: pick.text, kind: 'safety', intent: null, score: 0, safety: 'suicide' });
    }
    // Within a few turns of the help lines: fear of calling gets another way in; "그럼 어떻게 해야
    // 돼" gets what helps and where to turn. Later it is the story's again ("어떻게 해야 돼?" about work).
    // "그럼 어떻게 해야 돼", within five turns of the help lines and not right after a new story an
    // intent took up ("팀장이 소리 질러"; an intent about a feeling is no new story): what helps,
    // and where to turn.
    const lastTurn = prev.turns.at(-1);
    const newStory = lastTurn?.kind === 'retrieval' && !FEELING_TOPICS.has(intentById.get(lastTurn.intent ?? '')?.topic ?? '');
    const crisisHow = prev.safety === 'suicide' && prev.turns.slice(-5).some((t) => t.kind === 'safety' && t.safety === 'suicide') && !newStory;
    // A question about the help line itself ("109에 전화하면 뭐 물어봐요? 제 이름 말해야 돼요?") is answered
    // as one below (asks-facts.ts), not with the safety plan (session 36).
    const factCtx = { earlier: storyBefore, lastFact: factTopicOf(prev.usedReplies.at(-1)), flag: prev.safety };
    if (crisisHow && chars > 0 && (asksWhatToDo(text) || asksHow(text, []) === 'open') && factQuestion(text, factCtx) === null) {
      const pick = pickUnused(SAFETY_HOW_REPLIES, SAFETY_HOW_PREFIX, new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'followup', intent: null, score: 0, safety: null, mood: 'sadness' });
      }
    }

    // A short answer right after the crisis reply that tells how long, or that nobody knows: stayed
    // with, the help kept near (safety-check.ts).
    const justAfterCrisis = prev.safety === 'suicide' && prev.turns.slice(-3).some((t) => t.kind === 'safety' && t.safety === 'suicide');
    const detailOfCrisis = justAfterCrisis && chars > 0 ? crisisDetail(text) : null;
    if (detailOfCrisis) {
      // Counselling told in the story: the no-plan reply that asks to bring the thought there.
      const pool = detailOfCrisis === 'no_plan' ? [CRISIS_DETAIL_REPLIES.no_plan[[...storyBefore, text].some((t) => IN_CARE.test(t)) ? 1 : 0]!] : CRISIS_DETAIL_REPLIES[detailOfCrisis];
      const pick = pickUnused(pool, `${CRISIS_DETAIL_PREFIX}:${detailOfCrisis}`, new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'safety', intent: null, score: 0, safety: 'suicide', mood: 'sadness' });
      }
    }

    // 1a'. A narrower question of fact first (asks-facts2.ts): 주휴수당, 실업급여, 퇴직금, a deposit not
    // returned, 감기약 or a painkiller with alcohol, skipping a pill to drink, a sleeping pill's memory
    // gap, 수습 pay, clinic records, 생리휴가, a sick-leave message. Each pool has its own ids.
    const fact2Ctx = { earlier: storyBefore, lastFact: fact2TopicOf(prev.usedReplies.at(-1)) };
    const fact2 = chars > 0 ? factQuestion2(text, fact2Ctx) : null;
    if (fact2) {
      const pool = fact2Replies(fact2, text, fact2Ctx);
      const at = pool.findIndex((_, i) => !state.usedReplies.includes(`${FACT2_PREFIX}:${fact2}#${i}`));
      const i = at >= 0 ? at : pool.length - 1;
      state.usedReplies.push(`${FACT2_PREFIX}:${fact2}#${i}`);
      const fact2Mood = threadEmotion(prev);
      return finish({ reply: pool[i]!, kind: 'followup', intent: null, score: 0, safety: null, ...(fact2Mood ? { mood: fact2Mood } : {}) });
    }

    // 1a. A direct practical question in the middle of the talk ("수면제 먹고 소주 몇잔 정도는
    // 괜찮겠지?", "109에 전화하면 경찰 와?", "임신했다고 자를 수 있어요?"): answered plainly, with
    // who can judge what the bot cannot, before any intent, grounding drill or follow-up (asks-facts.ts).
    const fact = chars > 0 ? factQuestion(text, factCtx) : null;
    if (fact) {
      // In order; a topic's replies differ by what the turn asks, so each pool has its own ids.
      const pool = factReplies(fact, text, factCtx);
      const id = (i: number) => `${FACT_PREFIX}:${fact}#${i}:${factPoolKey(pool)}`;
      const at = pool.findIndex((_, i) => !state.usedReplies.includes(id(i)));
      const i = at >= 0 ? at : pool.length - 1;
      state.usedReplies.push(id(i));
      const factMood = threadEmotion(prev);
      return finish({ reply: pool[i]!, kind: 'followup', intent: null, score: 0, safety: null, ...(factMood ? { mood: factMood } : {}) });
    }

    // 1b. "오늘 안 좋은 일이 있었어": something happened, told only by its feeling. Asked what, in
    // that feeling's mood (untold-event.ts); the good-news intent shares the frame.
    // A bare feeling ("진짜 속상해") counts only before a story is told: after one, it is about it.
    const storyTold = prev.turns.slice(-STORY_LOOKBACK).some((t) => t.mood !== undefined && t.mood !== 'neutral');
    const untold = chars > 0 ? detectUntoldEvent(text, { feelingAlone: !storyTold }) : null;
    if (untold) {
      const prefix = untoldReplyPrefix(untold);
      const pick = pickUnused(UNTOLD_EVENT_REPLIES[untold], prefix, new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'retrieval', intent: prefix, score: 1, safety: null, mood: untold });
      }
    }
    // "고민이 있어요", "상담 좀 해도 될까요?": yes, and what is it?
    if (chars > 0 && announcesWorry(text)) {
      const pick = pickUnused(WORRY_REPLIES, 'untold:worry', new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'retrieval', intent: 'untold:worry', score: 1, safety: null, mood: 'anxiety' });
      }
    }
    // "그냥 있어줘", "말하기 싫어": company without questions (untold-event.ts).
    if (chars > 0 && wantsPresence(text)) {
      const pick = pickUnused(PRESENCE_REPLIES, PRESENCE_PREFIX, new Set(state.usedReplies), rnd) ?? { id: '', text: PRESENCE_REPLIES[0]! };
      if (pick.id) state.usedReplies.push(pick.id);
      return finish({ reply: pick.text, kind: 'followup', intent: null, score: 1, safety: null, mood: threadEmotion(prev) ?? 'sadness' });
    }
    // "할머니가 보고 싶어": far away or gone? Not condolences for someone alive; asked, before a story
    // is told (after one, the story says which and the intents answer).
    if (chars > 0 && !storyTold && missesSomeone(text)) {
      const pick = pickUnused(MISSING_REPLIES, 'untold:missing', new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'retrieval', intent: 'untold:missing', score: 1, safety: null, mood: 'sadness' });
      }
    }

    // Blame taken in mockery ("아 네네 다 제 잘못이죠") is a protest, not self-blame (sarcasm.ts).
    if (chars > 0 && mocksBlame(text)) {
      const pick = pickUnused(MOCK_BLAME_REFLECTIONS, MOCK_BLAME_PREFIX, new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'followup', intent: null, score: 0, safety: null, mood: 'anger', reread: true });
      }
    }
    // Session 39 (longfix, turning-points.ts): where a long story turns: a result that arrives (양성,
    // 떨어졌어요, 1점 차이), a smile kept before a sick mother, tears alone, an apology received, a long
    // message sent after a fight, a decision, "아까도 비슷한거 물어봤잖아", a guarded "집이 좀", a date's
    // evening; and a fact told earlier set right ("아까 김과장이라고 했는데 사실 차장이에요").
    const turnMood = threadEmotion(prev);
    const turning = chars > 0 && prev.turns.length > 0 && !asksForSongs(text) ? turningPoint(text, { story: storyBefore, lastUser: prev.recentTexts?.at(-1), heavy: (!!turnMood && valence(turnMood) < 0) || storyBefore.slice(-6).some(toldMisfortune), intents: prev.turns.flatMap((t) => (t.intent ? [t.intent] : [])) }) : null;
    const turningPick = turning ? pickUnused(turning.replies, `${TURNING_PREFIX}:${turning.kind}`, new Set(state.usedReplies), () => 0) : null;
    if (turning && turningPick) {
      state.usedReplies.push(turningPick.id);
      return finish({ reply: turningPick.text, kind: 'followup', intent: null, score: 0, safety: null, mood: turning.mood ?? turnMood ?? 'sadness' });
    }
    const earlierFix = chars > 0 && prev.turns.length > 0 ? earlierFactFixed(text) : null;
    if (earlierFix) {
      state.usedReplies.push(`${TURNING_PREFIX}:fact`);
      // The fact said back and the story left to the user: no new question about a slip.
      return finish({ reply: earlierFactLead(earlierFix), kind: 'followup', intent: null, score: 0, safety: null, mood: turnMood ?? 'neutral' });
    }
    // Session 38 (young-talk.ts, younga): sarcasm read as joy ("아 좋아 죽겠네 진짜^^" then "팀플
    // 무임승차 3명"), tears after good news, a brave face after a letdown, "너도 나 싫지?", "복붙같은데",
    // a disclosure in English (Korean asked for once), weeks of not wanting anything.
    const young = chars > 0 ? youngTurn(text, { story: storyBefore, used: prev.usedReplies, gladBefore: joyStoryOf(prev) }) : null;
    if (young) {
      state.usedReplies.push(young.id);
      if (young.uncounted) summary.chars = 0;
      return finish({ reply: young.reply, kind: young.kind, intent: null, score: 0, safety: null, ...(young.mood ? { mood: young.mood, reread: true } : {}) });
    }
    // Session 36 (pushback.ts): the user sets a fact right, turns down advice, doubts the bot is
    // listening, asks what they told, gives a name, leaves or stays quiet. Answered before any
    // intent reads the turn (a denied "공황" had matched the panic reply).
    // Session 36 (memory.ts): a time or a name asked back, the user's name told, praise asked for,
    // a warm goodbye, an earlier chat or advice recalled, "내 편이지?", tears at a wedding or a gift.
    // Session 37 (long-memory.ts): a kept person's name asked back, a goodbye said again or one more
    // thing after it, leaving said in passing ("이제 공부하러 감 ㅂㅂ"), a kept person gone back to.
    // Session 37 (mix, evening.ts): leaving said short ("고마워 이제 내려야돼", "ㅇㅇ 잘자", "ㄱㅅ 간다")
    // gets a goodbye in the conversation's mood; a child finally asleep is relief, not good news.
    const leavingKind = chars > 0 && prev.turns.length > 0 && !longmem.afterBye(prev.usedReplies) ? (evening.leavingNow(text) ?? (thanksAndGoodbye(whole) === 'night' ? 'night' : null) ?? texting.textingBye(text, prev.lastReply)) : null;
    if (leavingKind) {
      const byeMix = mixOf(prev);
      const byeLead = (Object.keys(byeMix) as EmotionId[]).reduce((a, b) => (byeMix[b] > byeMix[a] ? b : a));
      const byeMood: evening.ByeMood = prev.safety ? 'heavy' : evening.gladBye(text) ? 'glad' : valence(byeLead) < 0 || storyBefore.some(toldMisfortune) ? 'heavy' : byeLead === 'joy' ? 'glad' : 'plain';
      const seed = evening.conversationSeed(prev.storyTexts?.[0] ?? storyBefore[0], prev.turns.length);
      const pick = evening.pickBySeed(evening.GOODBYE_LINES[leavingKind][byeMood], `meta_goodbye#${evening.EVENING_PREFIX}:${leavingKind}:${byeMood}`, new Set(state.usedReplies), seed) ?? { id: `meta_goodbye#${evening.EVENING_PREFIX}`, text: evening.GOODBYE_LINES[leavingKind][byeMood][0]! };
      state.usedReplies.push(pick.id);
      summary.chars = 0;
      return finish({ reply: pick.text, kind: 'meta', intent: leavingKind === 'night' ? 'meta_good_night' : 'meta_goodbye', score: 1, safety: null });
    }
    if (chars > 0 && evening.childFinallyAsleep(text) && !prev.safety) {
      const pick = pickUnused(evening.CHILD_ASLEEP_REPLIES, `${evening.EVENING_PREFIX}:asleep`, new Set(state.usedReplies), () => 0);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'followup', intent: null, score: 0, safety: null, mood: 'sadness' });
      }
    }
    // Session 38 (care.ts, names.ts): room needed after a fight ("방에 들어와서 문 잠갔어요"), and an
    // ex kept by name named again about getting in touch ("민지가 연락 왔어요"), before other readings.
    // Session 41 (context): not when the fight is the parents' with each other (story-frame.ts answers that).
    if (chars > 0 && !asksForSongs(text) && withdrewAfterFight(text, storyBefore) && storySubject(text, storyBefore) !== 'parents_fighting') {
      const pick = pickUnused(WITHDREW_REPLIES, WITHDREW_PREFIX, new Set(state.usedReplies), () => 0);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'followup', intent: null, score: 0, safety: null, mood: threadEmotion(prev) ?? 'sadness' });
      }
    }
    if (chars > 0 && pastLossInPregnancy(text, storyBefore) && !state.usedReplies.includes(`${PAST_LOSS_PREFIX}#0`)) {
      state.usedReplies.push(`${PAST_LOSS_PREFIX}#0`);
      return finish({ reply: PAST_LOSS_REPLIES[0]!, kind: 'followup', intent: null, score: 0, safety: null, mood: 'anxiety' });
    }
    const exTurn = chars > 0 && !asksForSongs(text) && !longmem.afterBye(prev.usedReplies) ? exNameTurn(text, longmem.memoOf(prev.memo).people, storyBefore, prev.usedReplies) : null;
    if (exTurn) {
      state.usedReplies.push(exTurn.id);
      return finish({ reply: exTurn.reply, kind: 'followup', intent: null, score: 0, safety: null, mood: threadEmotion(prev) ?? 'sadness' });
    }
    const kept = chars > 0 ? longMemoryTurn(prev, state, text, analysis, rnd, freshNow, coveredNow) : null;
    if (kept) return finish({ ...kept, score: 0, safety: null });
    const remembered = chars > 0 ? memoryReply(text, { earlier: storyBefore, used: prev.usedReplies, joyful: joyStoryOf(prev), firstTurn: prev.turns.length === 0, whole }) : null;
    if (remembered) {
      state.usedReplies.push(remembered.id);
      const rememberedMood = remembered.mood ?? threadEmotion(prev);
      return finish({ reply: remembered.reply, kind: 'followup', intent: null, score: 0, safety: null, ...(rememberedMood ? { mood: rememberedMood } : {}) });
    }
    const pushed = chars > 0 ? pushbackTurn(prev, state, text, storyBefore, rnd, freshNow, coveredNow) : null;
    if (pushed) return finish({ ...pushed, score: 0, safety: null });
    // A panic attack happening now is grounded before anything else is read (panic-now.ts).
    const grounding = prev.usedReplies.at(-1)?.startsWith(PANIC_PREFIX) ?? false;
    // Session 38 (youngb, texting.ts): "잘 지내?" asked; nerves before an event (a pounding heart the
    // night before a presentation is no panic attack: a breath, not 119); "아니 너무웃겨"/"아니
    // 안괜찮아" (no plain no); a one-word answer to the bot's question ("홍대", "3년"); a neutral or
    // unfinished opener ("발표했는데", "좋은것도 아니고 나쁜것도 아니고").
    const panicking = chars > 0 && panicNow(text, storyBefore, grounding);
    const textingHeavy = !!prev.safety || storyBefore.slice(-3).some(toldMisfortune) || valence(threadEmotion(prev) ?? 'neutral') < 0;
    const textTurn = chars > 0 && !grounding ? texting.textingTurn(text, { whole, firstTurn: prev.turns.length === 0, lastReply: prev.lastReply, story: storyBefore, panic: panicking, heavy: textingHeavy, opening: prev.turns.every((t) => t.kind === 'meta') }) : null;
    const textPick = textTurn ? pickUnused(textTurn.replies, textTurn.prefix, new Set(state.usedReplies), () => 0, textTurn.prefer) : null;
    if (textTurn && textPick) {
      state.usedReplies.push(textPick.id);
      return finish({ reply: textPick.text, kind: 'followup', intent: null, score: 0, safety: null, mood: textTurn.mood, ...(textTurn.reread ? { reread: true } : {}) });
    }
    if (panicking) {
      const replies = panicReplies([...storyBefore.slice(-3), text]);
      const pick = asksToGetOff(text) ? { id: `${PANIC_PREFIX}:off`, text: GET_OFF_REPLY } : (pickUnused(replies, PANIC_PREFIX, new Set(state.usedReplies), () => 0) ?? { id: `${PANIC_PREFIX}#1`, text: replies[1]! });
      state.usedReplies.push(pick.id);
      return finish({ reply: pick.text, kind: 'followup', intent: null, score: 0, safety: null, mood: 'anxiety' });
    }
    // Session 40 (corechat, situation-turns.ts): a glad day, a drunk mistake at a 회식, a confession
    // turned down, an ex not contacted, a holiday wish, a resolve, a silent weekend, read with the story.
    const situation = chars > 0 && !prev.safety ? situationTurn(text, { story: storyBefore, glad: joyStoryOf(prev), heavy: textingHeavy, lastReply: prev.lastReply ?? '', used: prev.usedReplies }) : null;
    if (situation && !prev.usedReplies.includes(situation.id)) {
      state.usedReplies.push(situation.id);
      return finish({ reply: situation.reply, kind: 'followup', intent: null, score: 0, safety: null, mood: situation.mood });
    }
    // Session 41 (context, story-frame.ts): a short turn about the story's subject, not the user: a sick
    // pet's symptom ("어제부터 밥을 안 먹어"), hiding from the parents' fight, sorry to a grandmother,
    // friends who say to stop about an ex, time with a crush, how a slight was found out, a last day.
    const framed = chars > 0 && !prev.safety && !asksForSongs(text) ? storyFrameTurn(text, { story: storyBefore, used: prev.usedReplies }) : null;
    if (framed && !prev.usedReplies.includes(framed.id)) {
      state.usedReplies.push(framed.id);
      return finish({ reply: framed.reply, kind: 'followup', intent: null, score: 0, safety: null, mood: framed.mood });
    }

    // Session 41 (fallback, wished-words.ts): "누가 밥 먹었냐고 물어봐줬으면 좋겠다" is asked, not reflected.
    const wished = chars > 0 && !prev.safety ? wishedWords(text) : null;
    if (wished && !prev.usedReplies.includes(`${WISHED_PREFIX}:${wished}`)) {
      state.usedReplies.push(`${WISHED_PREFIX}:${wished}`);
      return finish({ reply: WISHED_REPLIES[wished], kind: 'followup', intent: null, score: 0, safety: null, mood: 'sadness' });
    }

    // Session 43 (songmood, listening-habit.ts): what the user used to listen to or listens to as a
    // rule ("예전엔 잔잔한 노래 말고는 안 들었어", "원래 조용한 노래는 잘 안 들어") is a story told, not
    // songs asked for: said back as a habit or a taste, before the song branches read its words.
    const habit = chars > 0 && !prev.safety ? listeningHabit(text) : null;
    if (habit) {
      // In order (the first says how to ask for a kind of song), the next once it was said.
      const pick = HABIT_REPLIES[habit].map((t, i) => ({ id: `${HABIT_PREFIX}:${habit}#${i}`, text: t })).find((x) => !state.usedReplies.includes(x.id));
      if (pick && pick.text !== prev.lastReply) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'followup', intent: null, score: 0, safety: null });
      }
    }

    // 2. Nearest intents; short turns may borrow the previous turn as context.
    // A turn without a letter or digit (only emoji or symbols: "😭😭", "👍") matches no intent
    // for what it says, only for being short; it gets a word-less reflection instead (step 4).
    let ranked = chars > 0 ? search.rank(analysis.embedding, text) : [];
    let borrowed = false;
    if (chars > 0 && useContext && prevEmbedding && chars < CONTEXT_MAX_CHARS && !confident(ranked)) {
      const ctx = new Float32Array(analysis.embedding.length);
      let norm = 0;
      for (let d = 0; d < ctx.length; d++) {
        ctx[d] = analysis.embedding[d]! + CONTEXT_WEIGHT * (prevEmbedding[d] ?? 0);
        norm += ctx[d]! ** 2;
      }
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < ctx.length; d++) ctx[d]! /= norm;
      const withContext = search.rank(ctx, text);
      if (confident(withContext)) {
        ranked = withContext;
        borrowed = true;
      }
    }
    // Session 41 (context): "엄마랑 아빠가 또 싸웠어" is the parents fighting each other, not a fight with mum.
    const parentsAt = chars > 0 && parentsFightEachOther(text) ? index.intents.findIndex((it) => it.id === PARENTS_FIGHTING_INTENT) : -1;
    if (parentsAt >= 0 && ranked[0]?.intent !== parentsAt) ranked = [{ intent: parentsAt, score: Math.max(1, index.settings.threshold), cos: ranked.find((r) => r.intent === parentsAt)?.cos ?? 0 }, ...ranked.filter((r) => r.intent !== parentsAt)];
    // "배고파" is hunger, not feeling unwell (intent-guards.ts).
    const hungerAt = chars > 0 && isHungerOnly(text) ? index.intents.findIndex((it) => it.id === HUNGER_INTENT) : -1;
    if (hungerAt >= 0) ranked = [{ intent: hungerAt, score: 1, cos: ranked.find((r) => r.intent === hungerAt)?.cos ?? 0 }, ...ranked.filter((r) => r.intent !== hungerAt)];
    // A scolding of the bot and a request for songs are certain: they clear any threshold.
    const certain = Math.max(1, index.settings.threshold);
    // Scolding the bot is answered by owning a reply that missed (intent-guards.ts).
    const scoldedAt = chars > 0 && scoldsTheBot(text) ? index.intents.findIndex((it) => it.id === SCOLDED_INTENT) : -1;
    if (scoldedAt >= 0) ranked = [{ intent: scoldedAt, score: certain, cos: ranked.find((r) => r.intent === scoldedAt)?.cos ?? 0 }, ...ranked.filter((r) => r.intent !== scoldedAt)];
    // Feeling better for the talk or the songs is answered as such (relief.ts), whatever the model reads.
    const betterAt = chars > 0 && (feelsBetter(text) || thanksWithRelief(whole)) ? index.intents.findIndex((it) => it.id === FELT_BETTER_INTENT) : -1;
    if (betterAt >= 0) ranked = [{ intent: betterAt, score: certain, cos: ranked.find((r) => r.intent === betterAt)?.cos ?? 0 }, ...ranked.filter((r) => r.intent !== betterAt)];
    // An identity not yet told to anyone is answered by the intent about coming out (intent-guards.ts).
    const identityAt = chars > 0 && keepsIdentitySecret(text) ? index.intents.findIndex((it) => it.id === COMING_OUT_INTENT) : -1;
    if (identityAt >= 0 && !prev.turns.some((t) => t.intent === COMING_OUT_INTENT)) ranked = [{ intent: identityAt, score: certain, cos: ranked.find((r) => r.intent === identityAt)?.cos ?? 0 }, ...ranked.filter((r) => r.intent !== identityAt)];
    // A request for songs is answered as one however it is worded (asks-for-songs.ts): from the
    // song-request intent the classifier ranks first if it ranks one first, else the general one.
    // "다른 거 추천해줘" before any song was shown is a first request (session 37).
    if (chars > 0 && (asksForSongs(text) || (asksMoreSongs(text) && REQUEST_WORD.test(text) && songsOpenedAt(prev.usedReplies) === null && gaugeOf(prev) < 1))) {
      const top = ranked[0];
      // …unless that intent's replies presume what the request does not say ("보리 생각하면서 들을
      // 노래 있을까요" is no music to focus by).
      const topFits = top && index.intents[top.intent]?.action === 'recommend_song' && !presumesUnsaid(index.intents[top.intent]!.id, text);
      const songsAt = topFits ? top.intent : index.intents.findIndex((it) => it.id === SONG_REQUEST_INTENT);
      if (songsAt >= 0) ranked = [{ intent: songsAt, score: certain, cos: ranked.find((r) => r.intent === songsAt)?.cos ?? 0 }, ...ranked.filter((r) => r.intent !== songsAt)];
    }
    // Reassigned once below, when a guard rules out the best intent and a runner-up fits (next-intent.ts).
    let best = ranked[0];
    let score = best?.score ?? 0;
    let intent: IntentInfo | undefined = best ? index.intents[best.intent] : undefined;
    // Session 37 (songchat, song-turns.ts): talk right around the songs, before it can be read as a story.
    const openedAt = songsOpenedAt(prev.usedReplies);
    const songsMayBeShown = openedAt !== null || gaugeOf(prev) >= 1;
    // Session 42 (songreq): the list on screen before this turn (the app tells; else the one the app
    // was last told to open, or its first tab), and whether a way asked for is that list already.
    // "신나는 거 ㅋㅋ" when joy leads asks for the glad list, which is the similar one, open from the
    // start: it had reopened the same five songs under «신나고 밝은 노래부터 보여 드릴게요». Songs of
    // that list not shown yet come instead (more_recommendations), said so (sameListMoreLine). Not
    // while a singer's songs are listed: a way asked then reopens the lists by mood.
    const listOnScreen: 'similar' | 'shift' | null = context.songsOnScreen?.length ? context.songsOnScreen[0]!.mode : openedAt !== null ? (songModeFor(prev.songDirection, mixOf(prev)) ?? 'similar') : null;
    const listAlreadyOpen = (direction: 'lift' | 'match' | 'calm' | null | undefined): 'similar' | 'shift' | null => {
      if (!direction || listOnScreen === null || prev.songArtistList) return null;
      const mode = songModeFor(direction, songMix()) ?? 'similar';
      return mode === listOnScreen ? mode : null;
    };
    // Session 43 (songmood, worn-out-lift.ts): a tired user whose mix reads joy asks to be lifted;
    // the glad list is the bright one, but it is not called bright already («이미 밝고 신나는») as if
    // there were nothing to lift: the line speaks to the tiredness the user's own words told.
    const wornOutLift = (direction: 'lift' | 'match' | 'calm', mode: 'similar' | 'shift'): boolean => direction === 'lift' && mode === 'similar' && toldWornOut(storyBefore);
    const sameListReply = (direction: 'lift' | 'match' | 'calm', mode: 'similar' | 'shift'): string =>
      wornOutLift(direction, mode) ? wornOutMoreLine(prev.lastReply === wornOutMoreLine()) : sameListMoreLine(direction, mode, prev.lastReply === sameListMoreLine(direction, mode));
    const openLine = (direction: 'lift' | 'match' | 'calm', mode: 'similar' | 'shift'): string => (wornOutLift(direction, mode) ? WORN_OUT_LIFT_OPEN : directedOpen(direction, mode));
    // Session 38 (songs, song-turns.ts): a singer asked for ("아이유 노래 추천해줘", "볼빨간 사춘기 거
    // 있어?") opens that singer's songs ranked by mood (TurnResult.songArtist: the app's list follows
    // it); a singer the catalogue lacks is said so, and the songs open by mood (once enough is told).
    // Session 39 (songreq, song-requests.ts): song requests missed or misread, mostly before any
    // song was shown: "왜 이 노래 추천했어?", a birthday song, songs to sing, "폴킴 다른 노래", "다른
    // 가수 노래도 섞어줘", "박효신 같은 거", a title ("봄날 있어?"), "이 노래 말고 다른 거" / "진정되는 거"
    // right after a request that showed none.
    const askedNoSongs = openedAt === null && (prev.turns.slice(-3).some((t) => t.intent?.startsWith('meta_recommend_song') === true) || prev.usedReplies.slice(-4).some((id) => id.startsWith('need_more') || (id.startsWith(`${SONG_TALK_PREFIX}:`) && !id.startsWith(`${SONG_TALK_PREFIX}:declined`)) || id.startsWith(`${evening.EVENING_PREFIX}:ask`)));
    const songReq = chars > 0 ? songRequestTurn(text, {
      storyBefore, songs: opts.songNames?.() ?? null, songsShown: songsMayBeShown, onScreen: !!context.songsOnScreen?.length, askedNoSongs,
      songTalk: askedNoSongs || (openedAt !== null && prev.turns.length - openedAt < 6), following: prev.songArtistList ?? null,
      asksMore: asksMoreSongs(text), redirect: REDIRECT.test(text) && text.length <= 30 ? songDirection(text, null) : null, firstView: ARTIST_FIRST_VIEW, used: prev.usedReplies, justLyrics: prev.usedReplies.slice(-2).some((id) => id.startsWith(`${SONG_QUESTION_PREFIX}:lyrics`)),
      // Session 40 (songreq): a genre, the bot's taste, songs for someone else, "슬픈 건 말고", more of none: open as a plain request would.
      mayOpen: gaugeOf(prev) >= REQUEST_MIN_GAUGE || toldAFeeling(prev.turns) || storyTurnsTold(prev.turns) >= 2 || askedNoSongs,
      modeFor: (d) => songModeFor(d, songMix()) ?? 'similar', opened: openedAt !== null,
    }) : null;
    if (songReq) {
      state.usedReplies.push(songReq.id);
      summary.chars = 0;
      if (songReq.direction) state.songDirection = songReq.direction;
      if (songReq.action) delete state.songsPending;
      if (songReq.pending) state.songsPending = true;
      if (songReq.singer) state.songArtistList = { name: songReq.singer.name, count: songReq.singer.count, titles: songReq.singer.titles, shown: Math.min(songReq.singer.count, ARTIST_FIRST_VIEW) };
      const already = songReq.action === 'open_recommendations' && !songReq.singer ? listAlreadyOpen(songReq.direction) : null;
      // A line of its own ("알겠어요, 슬픈 곡보다는 … 노래부터 보여 드릴게요") stays true of the songs that come.
      if (already && songReq.direction) return finish({ reply: songReq.reply ?? sameListReply(songReq.direction, already), kind: 'meta', intent: SONG_REQUEST_INTENT, score, safety: null, action: 'more_recommendations' });
      const reply = songReq.reply ?? openLine(songReq.direction ?? 'match', songModeFor(songReq.direction, songMix()) ?? 'similar');
      return finish({ reply, kind: 'meta', intent: SONG_REQUEST_INTENT, score, safety: null, ...(songReq.action ? { action: songReq.action } : {}), ...(songReq.singer ? { songArtist: songReq.singer.name } : {}) });
    }
    const singer = chars > 0 ? artistRequest(text, opts.songNames?.() ?? null) : null;
    if (singer) {
      const direction = songDirection(text, null);
      if (direction) state.songDirection = direction;
      const opens = singer.count !== 0 || gaugeOf(prev) >= REQUEST_MIN_GAUGE || toldAFeeling(prev.turns);
      if (opens) delete state.songsPending;
      else state.songsPending = true;
      const filter = singer.count !== 0 ? { songArtist: singer.name } : {};
      // Session 39: the same singer again, every song of theirs already on screen: said, not reloaded.
      const following = prev.songArtistList;
      if (opens && following && following.name === singer.name && following.shown >= following.count) {
        return finish({ reply: artistAskedAgainLine(following), kind: 'meta', intent: SONG_REQUEST_INTENT, score, safety: null });
      }
      if (opens && singer.count !== null && singer.count > 0) state.songArtistList = { name: singer.name, count: singer.count, ...(singer.titles ? { titles: singer.titles } : {}), shown: Math.min(singer.count, ARTIST_FIRST_VIEW) };
      // Session 39 (songreq): the singer the lists follow already, asked with a direction: not the count again.
      const again = opens && following && following.name === singer.name ? sameSingerDirectedLine(singer.name, direction) : null;
      return finish({ reply: again ?? artistRequestLine(singer, opens), kind: 'meta', intent: SONG_REQUEST_INTENT, score, safety: null, ...(opens ? { action: 'open_recommendations' as const, ...filter } : {}) });
    }
    // Session 37 (mix, evening.ts): requests the general detector leaves ("조용히 들을 노래 주세요",
    // "옛날 노래도 있나요", "더 잔잔한 거" before any song, "아무거나 빨리" asked twice), and the lines
    // right after the songs varied per conversation (the buttons said once, "더 잔잔한 거" goes calmer).
    const lastUsed = prev.usedReplies.at(-1) ?? '';
    const justAsked = lastUsed.startsWith('need_more') || lastUsed.startsWith(`${OPEN_PREFIX}:ask`) || lastUsed.startsWith(`${evening.EVENING_PREFIX}:ask`) || (prev.turns.at(-1)?.intent?.startsWith('meta_recommend_song') === true && openedAt === null);
    const recentSongTalk = openedAt !== null || prev.turns.slice(-3).some((t) => t.intent?.startsWith('meta_recommend_song') === true);
    const eveAsk = chars > 0 && !prev.safety ? evening.eveningSongAsk(text, { songTalk: recentSongTalk, justAsked }) : null;
    const eveSeed = evening.conversationSeed(storyBefore[0], prev.turns.length);
    if (eveAsk && songsMayBeShown && (eveAsk === 'calmer' || eveAsk === 'other')) {
      const pick = evening.pickBySeed(evening.AFTER_SONGS_LINES[eveAsk], `${evening.EVENING_PREFIX}:${eveAsk}`, new Set(state.usedReplies), eveSeed) ?? { id: '', text: evening.AFTER_SONGS_LINES[eveAsk][0] };
      if (pick.id) state.usedReplies.push(pick.id);
      summary.chars = 0;
      if (eveAsk === 'calmer') state.songDirection = 'calm';
      // "더 잔잔한 거" with the calming list open: more of it («더 잔잔한 곡으로 바꿔 볼게요» stays true).
      const reopen = eveAsk === 'calmer' && !listAlreadyOpen('calm');
      return finish({ reply: pick.text, kind: 'meta', intent: null, score, safety: null, action: reopen ? 'open_recommendations' : 'more_recommendations' });
    }
    // Requests the general detector reads already keep their intent's path (a sleep request its own line).
    if (eveAsk && !songsMayBeShown && (eveAsk === 'insist' || eveAsk === 'era' || !asksForSongs(text))) {
      summary.chars = 0;
      if (eveAsk === 'insist' || gaugeOf(prev) >= REQUEST_MIN_GAUGE || toldAFeeling(prev.turns) || askedNoSongs) {
        delete state.songsPending;
        if (eveAsk === 'calmer') state.songDirection = 'calm';
        const lead = threadEmotion(prev);
        const tone = openTone(lossTold(prev), lead === 'joy' && !prev.turns.some((t) => t.kind === 'retrieval' && t.mood === 'joy') ? null : lead);
        const open = pickUnused(OPEN_LINES[tone], `${OPEN_PREFIX}:${tone}`, new Set(state.usedReplies), rnd);
        if (open && eveAsk !== 'insist' && eveAsk !== 'calmer') state.usedReplies.push(open.id);
        const openText = open?.text ?? OPEN_LINES[tone][0]!;
        const reply = eveAsk === 'insist' ? evening.INSIST_LINE : eveAsk === 'calmer' ? evening.CALMER_FIRST : eveAsk === 'era' ? `${evening.ERA_LINE} ${openText}` : eveAsk === 'use' ? evening.USE_LINE : openText;
        return finish({ reply, kind: 'meta', intent: SONG_REQUEST_INTENT, score, safety: null, action: 'open_recommendations' });
      }
      state.songsPending = true;
      const ask = evening.pickBySeed(ASK_ONE_SENTENCE, `${evening.EVENING_PREFIX}:ask`, new Set(state.usedReplies), eveSeed) ?? { id: `${evening.EVENING_PREFIX}:ask#0`, text: ASK_ONE_SENTENCE[0]! };
      state.usedReplies.push(ask.id);
      return finish({ reply: eveAsk === 'era' ? `${evening.ERA_LINE} ${ask.text}` : ask.text, kind: 'meta', intent: SONG_REQUEST_INTENT, score, safety: null, action: 'need_more' });
    }
    // "좋네요" right after the bot asked for a sentence before the songs: an agreement, not glad news.
    if (chars > 0 && justAsked && !songsMayBeShown && evening.bareOkay(text)) {
      summary.chars = 0;
      return finish({ reply: evening.ACK_BEFORE_SONGS, kind: 'meta', intent: null, score, safety: null });
    }
    // "유튜브 링크도 줄 수 있어요?", "이 노래 가사 알려줘": what the cards offer, honestly.
    const songQ = chars > 0 ? songQuestion(text) : null;
    if (songQ) {
      const pool = SONG_QUESTION_REPLIES[songQ];
      const pick = pickUnused(pool, `${SONG_QUESTION_PREFIX}:${songQ}`, new Set(state.usedReplies), rnd) ?? { id: '', text: pool[0]! };
      if (pick.id) state.usedReplies.push(pick.id);
      summary.chars = 0;
      return finish({ reply: pick.text, kind: 'meta', intent: null, score, safety: null });
    }
    // "와 이거 좋다", "근데 이건 별로야", "너무 시끄러워" in the turns right after the songs opened.
    // A bare "좋아" only on the very next turn (later it may answer the bot's own question).
    const within = /이거|이건|이게|요거|노래|곡|발라드|힙합|랩|트로트|시끄러/u.test(text) ? JUST_SHOWN_TURNS : 1;
    const reaction = chars > 0 && openedAt !== null && state.turns.length - openedAt <= within && !(context.songsOnScreen?.length) && talksAboutSongs(text) === null ? reactsToShownSongs(text) : null;
    // Session 37 (mix, evening.ts): the buttons are told once; then short lines that vary, gentle after safety.
    const buttonsTold = prev.usedReplies.some((id) => id.startsWith(`${REACTION_PREFIX}:`));
    if (reaction && (reaction === 'liked' || reaction === 'disliked') && !saysAllOneKind(text)) {
      const kind = reaction === 'liked' ? (prev.safety ? 'likedGently' : 'liked') : 'disliked';
      const usedNow = new Set(state.usedReplies);
      const firstLiked = kind === 'liked' && !buttonsTold ? evening.pickBySeed(REACTION_REPLIES.liked, `${REACTION_PREFIX}:liked`, usedNow, eveSeed) : null;
      const pick = firstLiked ?? evening.pickBySeed(evening.AFTER_SONGS_LINES[kind], `${evening.EVENING_PREFIX}:${kind}`, usedNow, eveSeed) ?? { id: '', text: evening.AFTER_SONGS_LINES[kind][0] };
      if (pick.id) state.usedReplies.push(pick.id);
      // The buttons are told with the first dislike only.
      const withButtons = kind === 'disliked' && !buttonsTold;
      if (withButtons) state.usedReplies.push(`${REACTION_PREFIX}:disliked#buttons`);
      summary.chars = 0;
      return finish({ reply: withButtons ? `${pick.text} ${evening.DISLIKED_BUTTONS}` : pick.text, kind: 'meta', intent: null, score, safety: null, ...(reaction === 'disliked' ? { action: 'more_recommendations' as const } : {}) });
    }
    if (reaction) {
      const pool = REACTION_REPLIES[reaction];
      const pick = pickUnused(pool, `${REACTION_PREFIX}:${reaction}`, new Set(state.usedReplies), rnd) ?? { id: '', text: pool[0]! };
      if (pick.id) state.usedReplies.push(pick.id);
      summary.chars = 0;
      if (reaction === 'too_strong') state.songDirection = 'calm';
      const reply = reaction === 'disliked' && saysAllOneKind(text) ? `${ONE_KIND_NOTE} ${pick.text}` : pick.text;
      const action: TurnResult['action'] = reaction === 'liked' ? undefined : reaction === 'disliked' ? 'more_recommendations' : 'open_recommendations';
      return finish({ reply, kind: 'meta', intent: null, score, safety: null, ...(action ? { action } : {}) });
    }
    // Session 42 (songreq): "이거 별로임 ㅋㅋ 다른 노래", "노잼 딴 거 ㄱㄱ": a dislike with a wish for
    // others (had been read as a song stuck in the head). Other songs; a song named clearly on screen
    // ("두번째 노래 별로 다른 거 줘") gets its button pressed too, "이거" none (which song is unclear).
    if (chars > 0 && (songsMayBeShown || !!context.songsOnScreen?.length) && dislikesAndAsksOthers(text)) {
      summary.chars = 0;
      const named = ratesSongOnScreen(text, context.songsOnScreen ?? []);
      if (named && !named.liked) {
        const songRating = { songId: named.song.id, mode: named.song.mode, liked: false };
        return finish({ reply: ratedAndMoreReply(named.song), kind: 'meta', intent: null, score, safety: null, action: 'more_recommendations', songRating });
      }
      const told = prev.usedReplies.some((id) => id.startsWith(`${REACTION_PREFIX}:`));
      const pick = evening.pickBySeed(evening.AFTER_SONGS_LINES.disliked, `${evening.EVENING_PREFIX}:disliked`, new Set(state.usedReplies), eveSeed) ?? { id: '', text: evening.AFTER_SONGS_LINES.disliked[0] };
      if (pick.id) state.usedReplies.push(pick.id);
      if (!told) state.usedReplies.push(`${REACTION_PREFIX}:disliked#buttons`);
      return finish({ reply: told ? pick.text : `${pick.text} ${evening.DISLIKED_BUTTONS}`, kind: 'meta', intent: null, score, safety: null, action: 'more_recommendations' });
    }
    // "이거 말고 다른 거", "다른 노래는 없어?" once songs were shown: songs not shown yet.
    if (chars > 0 && songsMayBeShown && asksMoreSongs(text)) {
      const pool = SONG_TALK_REPLIES.more;
      const pick = pickUnused(pool, `${SONG_TALK_PREFIX}:more`, new Set(state.usedReplies), rnd) ?? { id: `${SONG_TALK_PREFIX}:more#0`, text: pool[0]! };
      state.usedReplies.push(pick.id);
      summary.chars = 0;
      return finish({ reply: pick.text, kind: 'meta', intent: null, score, safety: null, action: 'more_recommendations' });
    }
    // "너무 밝은 노래는 말고요" (had got "노래는 잠시 접어 둘게요"): the list of that way, not songs declined.
    const wish = chars > 0 ? moodWishForSongs(text) : null;
    if (wish && (songsMayBeShown || gaugeOf(prev) >= REQUEST_MIN_GAUGE || toldAFeeling(prev.turns))) {
      state.songDirection = wish;
      summary.chars = 0;
      delete state.songsPending;
      const already = listAlreadyOpen(wish);
      if (already) return finish({ reply: sameListReply(wish, already), kind: 'meta', intent: null, score, safety: null, action: 'more_recommendations' });
      return finish({ reply: openLine(wish, songModeFor(wish, songMix()) ?? 'similar'), kind: 'meta', intent: null, score, safety: null, action: 'open_recommendations' });
    }
    // "두번째 노래 좋다" before any song was shown: no list to thank for yet.
    if (chars > 0 && !songsMayBeShown && !(context.songsOnScreen?.length) && PICKED_SONG.test(text.normalize('NFC')) && (talksAboutSongs(text) === 'liked' || talksAboutSongs(text) === 'disliked')) {
      summary.chars = 0;
      return finish({ reply: NO_SONGS_YET, kind: 'meta', intent: null, score, safety: null });
    }
    // A short turn that does not open a new subject goes on with the thread (if there is one).
    const continuing = chars > 0 && chars <= CONTINUE_MAX_CHARS && prev.turns.length > 0 && !TOPIC_SHIFT.test(text.trim());
    const thread = continuing ? threadEmotion(prev) : null;
    // A short detail that reaches the last turn's intent only with that turn's help ("3년
    // 만났거든요" after "남자친구랑 헤어졌어요") adds to the story; another reply of that intent
    // would tell the news back ("오늘 이별을 겪었다니…"). It gets a follow-up in the story's mood.
    const sameStoryOf = (it: IntentInfo | undefined): boolean => borrowed && it?.kind === 'retrieval' && prev.turns.at(-1)?.intent === it.id;
    // News of either valence (a pregnancy) sets no thread; a turn that goes on with it is cheered
    // only when it names joy: "아직 우리 둘 다 대학생이야" after "여친이 임신했대" matched a family's
    // good news and was asked "축하한다는 말은 어떻게 건넸어요?" (session 29).
    const storyNow = continuing && prev.turns.length > 0 ? storyEvent(prev) : null;
    const openNews = storyNow?.emotion === 'neutral';
    // Inside a grave story, a short turn is a detail of it, not daily life: "집이 너무 조용해요" after
    // "아내가 먼저 갔어요" matched coming home after work and was told "편한 옷으로 갈아입고 쉬는 그
    // 순간이 제일 좋죠" (session 29).
    // The story may have gone on through intents of its own valence ("작년 겨울에" matched the
    // season's low mood), so those turns do not end it here.
    const graveStory = continuing && prev.turns.length > 0 ? graveStoryOf(prev) : null;
    const storyMoodBefore = threadEmotion(prev) ?? (prev.turns.length > 0 ? storyEvent(prev)?.emotion : undefined);
    heavy = (!!storyMoodBefore && valence(storyMoodBefore) < 0) || !!graveStory || storyBefore.slice(-3).some(toldMisfortune) || toldMisfortune(text);
    // Whether (and why) an intent's replies are held back for this turn: every guard, for the best
    // intent and, when it is ruled out, for the runner-ups tried in its place (next-intent.ts).
    const holdBack = async (intent: IntentInfo | undefined, ranked: IntentScore[]): Promise<'story' | 'valence' | 'unsaid' | null> =>
      (intent?.kind === 'retrieval' && continuing && confident(ranked) ? (sameStoryOf(intent) ? 'story' : await outOfThread(prev, intent, text, thread, analysis.label)) : null) ??
      (openNews && intent?.kind === 'retrieval' && intent.emotion === 'joy' && !namesFeeling(text, 'joy') ? 'valence' : null) ??
      (graveStory && intent?.kind === 'retrieval' && (intent.emotion === 'joy' || intent.emotion === 'neutral') && !graveStory.fits.includes(intent.id) && !namesFeeling(text, 'joy') ? 'story' : null) ??
      (intent && cheersTheHurting(intent, analysis) ? 'valence' : null) ??
      // "처음", "오랜만이요" answering the bot's own question are no greeting; "그냥" in a low
      // mood is no day of nothing much (session 33).
      (intent?.id.startsWith('meta_greeting') && prev.turns.length > 0 && /처음|첨|오랜만/u.test(text) ? 'unsaid' : null) ??
      (intent?.id === 'conv_nothing_much' && thread && valence(thread) < 0 ? 'unsaid' : null) ??
      // Good news' replies for a turn of misfortune: "형이 아버지 집 담보로 대출을 받았대요" matched a
      // family's good news at 0.997 and was told "와, 집안에 경사가 났네요!" (session 33).
      (intent?.kind === 'retrieval' && intent.emotion === 'joy' && ((!toldResolved(text) && (toldMisfortune(text) || storyBefore.some(toldMisfortune))) || BUT_WORRY.test(text)) && !namesFeeling(text, 'joy') ? 'valence' : null) ??
      // Session 38 (feel, plain-feeling.ts): an intent whose mood the turn plainly contradicts
      // ("내일도 피구 한대 개꿀" matched Monday blues, "대학 와서 너무 좋아" a lonely freshman).
      (intent?.kind === 'retrieval' && moodClash(intent.emotion, text) ? 'unsaid' : null) ??
      // Replies that presume what the turn does not say ("아이가 말을 안 들어서 힘들어" is no sick child).
      (intent && (presumesUnsaid(intent.id, text) || storyPresumesUnsaid(intent.id, storyBefore) || storyLacks(intent.id, text, storyBefore) || doneBySomeoneElse(intent.id, text, storyBefore.at(-1))) ? 'unsaid' : null) ??
      // Session 38 (retr, retrieval-fit.ts): the user's own partner is no crush nor friend, a presentation no interview.
      (intent && (partnerStoryMisfit(intent.id, text, storyBefore) || interviewInOtherStory(intent.id, text, storyBefore)) ? 'unsaid' : null) ??
      // Session 39 (daily, daily-talk.ts): a night up is no hangover, "여전히 졸려요" no goodnight, "할 만해" no "I don't know".
      (intent && dailyMisfit(intent.id, text) ? 'unsaid' : null) ??
      // Session 37 (mix, evening.ts): coming home inside a loss or a fight is no after-work rest.
      (intent && evening.homeInHardStory(intent.id, text, storyBefore) ? 'story' : null) ??
      // Session 37 (longfit.ts): "그 말이 너무 상처였어요" after a husband's words is no complaint about
      // the bot, a coworker no ex, "면접 얘기는 됐고" no interview, an event ahead not past, no child unnamed.
      (intent?.kind === 'retrieval' || intent?.kind === 'meta' ? (heldByStory(intent, text, storyBefore) ? 'unsaid' : null) : null) ??
      // An intent all of whose replies presume the event is tomorrow, for a turn that does not say so.
      (intent && !toldTomorrow(text) && intent.replies.length > 0 && intent.replies.every(presumesTomorrow) ? 'unsaid' : null) ??
      // Session 41 (answer-echo.ts): a one-word answer inside a story is a detail of it, not another
      // story: "카페요" (where the user works, after a mistake at work) matched a coffee break and was
      // told "잠깐 숨 돌리는 시간에 찾아와 줘서 반가워요". The story's own intent still answers ("팀장이요").
      (intent?.kind === 'retrieval' && prev.turns.length > 0 && answerWord(text, prev.lastReply ?? '') && !threadIntents(prev).has(intent.id) ? 'unsaid' : null);
    let heldBack = await holdBack(intent, ranked);
    // Session 41 (fallback): the best intent ruled out, the next that fits answers, read given that the
    // first is not meant and passed by the same guards: "서류 또 떨어졌다" is no document passed, but
    // repeated rejections. Not for a short detail of the last turn's own story (that is a follow-up).
    // Not for a question about oneself ("제가 나쁜 사람인가요"): the reassurance below answers it first.
    if (heldBack && intent && !sameStoryOf(intent) && !(chars > 0 && asksReassurance(text))) {
      const next = await nextFittingIntent(ranked, async (c, rest) => !wordsBackTheFlip(intent!.emotion, index.intents[c.intent]!.emotion, text) || (await holdBack(index.intents[c.intent], rest)) !== null, index.settings);
      if (next) {
        ranked = next;
        best = ranked[0];
        score = best?.score ?? 0;
        intent = best ? index.intents[best.intent] : undefined;
        heldBack = null;
      }
    }

    // Session 36 (joy): good news kept as good news (a hardship behind it, happy tears, happy
    // details), wins the intents miss, a mishap laughed off, an older user's greeting or 칠순, a
    // bright spot in a sad story (joy-thread.ts). Songs asked for and a sure meta intent keep theirs.
    const metaAnswers = intent?.kind === 'meta' && confident(ranked) && !heldBack;
    const lastJoy = prev.usedReplies.at(-1) ?? '';
    const laughedOff = [`${JOY_PREFIX}:laughed_off`, `${JOY_PREFIX}:funny_sad`].some((p) => lastJoy.startsWith(p));
    // Session 37 (fa, misread-turns.ts): turns earlier rules misread: a test come back fine, a
    // child's admission, someone else's pregnancy, retirement ahead, a friend's coming out, a
    // compliment heard, a scare then relief, a light win, a baby's 100 days; sorry for venting in
    // 반말, "왜 그 말 했어?" about the bot's words, sleep hours on any day. Before the stage of life.
    // Session 39 (invent, others-ahead.ts): others' success set against the user's standstill
    // ("친구들은 다 취업했는데 저만 제자리인 것 같아요") is the pain of comparison, not news to hail.
    // The intent written for it keeps its own replies.
    if (chars > 0 && !metaAnswers && !(intent?.id === 'self_behind_peers' && confident(ranked) && !heldBack) && comparesWithOthers(text)) {
      const pick = pickUnused(othersAheadReplies(storyBefore), OTHERS_AHEAD_PREFIX, new Set(state.usedReplies), () => 0);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'followup', intent: null, score, safety: null, mood: 'sadness' });
      }
    }
    const misread = chars > 0 && !asksForSongs(text) ? misreadTurn(text, { earlier: storyBefore, lastId: prev.usedReplies.at(-1), lastReply: prev.lastReply, intentId: intent?.id ?? null, older: soundsOlder([...(prev.storyTexts ?? []), said]) }) : null;
    const misreadPick = misread ? pickUnused(misread.replies, `${MISREAD_PREFIX}:${misread.kind}`, new Set(state.usedReplies), () => 0) : null;
    if (misread && misreadPick) {
      state.usedReplies.push(misreadPick.id);
      return finish({ reply: misreadPick.text, kind: 'followup', intent: null, score, safety: null, mood: misread.mood });
    }
    // Session 40 (shorthand, odd-turns.ts): a switch to 반말 welcomed (not 불편 read as anger), "ㅈㅅ
    // 두번 보냄" / "ㅈㅅ합니다 두서없이 할게요" as an apology, others happy and the user alone among them,
    // a breakup weighed, and a long diary of a bad day said back by its events.
    const oddKind = chars > 0 && !asksForSongs(text) ? odd.speechLevelSwitch(text) : null;
    const sorryKind = chars > 0 && !oddKind ? odd.sorryShorthand(text) : null;
    if (oddKind || sorryKind) {
      summary.chars = 0;
      const storyTold = prev.turns.some((t) => t.kind !== 'meta' && t.kind !== 'safety' && t.chars > 0);
      const pick = oddKind
        ? { id: `${odd.ODD_PREFIX}:speech`, text: odd.speechLevelReply(oddKind, storyTold) }
        : pickUnused(odd.SORRY_SHORTHAND_REPLIES[sorryKind!], `${odd.ODD_PREFIX}:sorry_${sorryKind}`, new Set(), () => 0);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'meta', intent: null, score, safety: null });
      }
    }
    const oddTurn = chars > 0 && !metaAnswers && !asksForSongs(text)
      ? odd.aloneAmongHappy(text)
        ? { kind: 'alone_among_happy', replies: odd.ALONE_AMONG_HAPPY_REPLIES, mood: 'sadness' as const }
        : odd.weighsBreakup(text, storyBefore)
          ? { kind: 'weighs_breakup', replies: odd.WEIGHS_BREAKUP_REPLIES, mood: 'anxiety' as const }
          : odd.swampedBy(text)
            ? { kind: 'swamped', replies: odd.swampedReplies(odd.swampedBy(text)!), mood: 'sadness' as const }
            : odd.meetingWentWrong(text)
              ? { kind: 'meeting_wrong', replies: odd.MEETING_WRONG_REPLIES, mood: 'sadness' as const }
              : null
      : null;
    const diary = chars > 0 && !oddTurn && !metaAnswers && !asksForSongs(text) ? odd.longDiaryReply(text) : null;
    const oddPick = oddTurn ? pickUnused(oddTurn.replies, `${odd.ODD_PREFIX}:${oddTurn.kind}`, new Set(state.usedReplies), () => 0) : diary ? { id: `${odd.ODD_PREFIX}:diary`, text: diary } : null;
    if (oddPick) {
      state.usedReplies.push(oddPick.id);
      return finish({ reply: oddPick.text, kind: 'followup', intent: null, score, safety: null, mood: oddTurn?.mood ?? 'sadness' });
    }
    // Session 37 (plife): the user's stage of life (life-stage.ts): a new mother's exhaustion, an
    // older user's widowhood and small joys, a parent cared for, retirement, a student's parent, a
    // child eating alone. Before the joy thread, which had read these as glad news.
    const stage = chars > 0 && !metaAnswers && !asksForSongs(text) ? lifeStageTurn(text, storyBefore, soundsOlder([...(prev.storyTexts ?? []), said])) : null;
    const stagePick = stage ? pickUnused(stage.replies, `${LIFE_STAGE_PREFIX}:${stage.kind}`, new Set(state.usedReplies), () => 0) : null;
    if (stage && stagePick) {
      state.usedReplies.push(stagePick.id);
      return finish({ reply: stagePick.text, kind: stage.intent ? 'retrieval' : 'followup', intent: stage.intent ?? null, score: stage.intent ? 1 : score, safety: null, mood: stage.mood });
    }
    // Session 39 (later-life.ts): a parent's and an older person's situations the corpus has no intent
    // for (a near faint living alone, a late spouse called out of habit, a grown child without a job,
    // a reunion's comparisons, 갱년기, a retirement day, the empty nest), read before the intents.
    // A question to the bot in such a story ("니 생각은 어떻노" after hormone therapy) is answered here too.
    const laterSeen = chars > 0 && !asksForSongs(text) ? laterLifeTurn(text, storyBefore) : null;
    const later = laterSeen && (!metaAnswers || laterSeen.asksBot) ? laterSeen : null;
    const laterPick = later ? pickUnused(later.replies, `${LATER_LIFE_PREFIX}:${later.kind}`, new Set(state.usedReplies), () => 0) : null;
    if (later && laterPick) {
      state.usedReplies.push(laterPick.id);
      return finish({ reply: laterPick.text, kind: 'followup', intent: null, score, safety: null, mood: later.mood });
    }
    // Session 41 (self-blame-talk.ts): a child who blames themselves for the parents' fights is told
    // plainly it is not their fault; resignation ("난 원래 이래", "사람들은 결국 다 떠나더라") is said back.
    if (chars > 0 && !metaAnswers && blamesSelfForParents(text, storyBefore)) {
      const parting = parentsParting(text, storyBefore);
      const pick = pickUnused(parting ? NOT_YOUR_FAULT_PARTING_REPLIES : NOT_YOUR_FAULT_REPLIES, parting ? NOT_YOUR_FAULT_PARTING_PREFIX : NOT_YOUR_FAULT_PREFIX, new Set(state.usedReplies), () => 0);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'followup', intent: null, score, safety: null, mood: 'sadness' });
      }
    }
    // Session 41 (burnout-signs.ts): "그냥 다 도망치고 싶다" after exams and a mother's hopes is the weight, not a trip.
    const escape = chars > 0 && !metaAnswers && escapeUnderPressure(text, storyBefore) ? pickUnused(ESCAPE_REPLIES, ESCAPE_PREFIX, new Set(state.usedReplies), () => 0) : null;
    if (escape) {
      state.usedReplies.push(escape.id);
      return finish({ reply: escape.text, kind: 'followup', intent: null, score, safety: null, mood: 'sadness' });
    }
    // "내가 뭘 잘못했나 싶기도 하고": blame taken on before knowing why.
    const wonders = chars > 0 && !metaAnswers && wondersIfItWasMe(text) ? pickUnused(WONDERS_IF_ME_REPLIES, WONDERS_IF_ME_PREFIX, new Set(state.usedReplies), () => 0) : null;
    if (wonders) {
      state.usedReplies.push(wonders.id);
      return finish({ reply: wonders.text, kind: 'followup', intent: null, score, safety: null, mood: 'hurt' });
    }
    const resigned = chars > 0 && !metaAnswers ? resignedTurn(text) : null;
    const resignedPick = resigned ? pickUnused(RESIGNED_REPLIES[resigned], `${RESIGNED_PREFIX}:${resigned}`, new Set(state.usedReplies), () => 0) : null;
    if (resigned && resignedPick) {
      state.usedReplies.push(resignedPick.id);
      return finish({ reply: resignedPick.text, kind: 'followup', intent: null, score, safety: null, mood: RESIGNED_MOOD[resigned] });
    }
    const joy = chars > 0 && !metaAnswers && !asksForSongs(text) ? joyTurn(whole, text, { joyStory: joyStoryOf(prev), laughedOff, afterQuietWish: lastJoy.startsWith(`${JOY_PREFIX}:quiet_wish`) }) : null;
    // The first reply of a kind is its most specific one (it says back what the user told).
    const joyPick = joy ? pickUnused(joy.replies, `${JOY_PREFIX}:${joy.kind}`, new Set(state.usedReplies), () => 0) : null;
    if (joy && joyPick) {
      state.usedReplies.push(joyPick.id);
      // Session 41: a laugh at a mishap or tears of joy, read against the model, count in the mix as read.
      return finish({ reply: joyPick.text, kind: 'followup', intent: null, score, safety: null, mood: joy.mood, ...(READ_AGAINST_MODEL.has(joy.kind) ? { reread: true } : {}) });
    }

    // 2b. A life event is answered as such the first time it is told, in its own mood, even in the
    // middle of another story, unless a confident intent fits it (an intent about a grandmother's
    // death) or the user asks the bot for something (a meta intent). "시험관 또 실패했어요" must not
    // get the failed exam's reply, nor "남편이 뇌출혈로 쓰러졌어요" a carer's burnout.
    // In the story of someone else's loss, the funeral the user goes to is theirs as a guest ("내일
    // 장례식장 가야 하는데" after "친구 아버지가 돌아가셨대" had got the condolences for the bereaved).
    // Good news told tersely ("합격함 ㅋㅋ", "여친생김", good-news.ts) is answered as such when no
    // intent answers it with confidence: any confident one, fitting or not, keeps its reply.
    const goodNews = chars > 0 && !(intent && confident(ranked) && !heldBack) ? detectGoodNews(text) : null;
    const detected = chars > 0 ? (detectLifeEvent(text) ?? goodNews) : null;
    const othersStory = prev.turns.slice(-STORY_LOOKBACK).some((t) => t.intent === `life:others_loss`);
    // "하늘나라로" after "고양이 보냄": the pet's death, not a person's ("그분은 어떤 분이셨어요?", session 33).
    const petStory = detected?.id === 'bereavement' && !OWN_KIN_LOSS.test(text) && [...(prev.recentTexts ?? []).slice(-3), text].some(namesPet);
    const told = petStory ? lifeEvent('pet_died')! : detected?.id === 'bereavement' && othersStory && !OWN_KIN_LOSS.test(text) ? lifeEvent('others_loss')! : detected;
    const story = prev.turns.length > 0 ? storyEvent(prev) : null;
    // A death's questions ("그분께 미처 하지 못한 말이 있다면…") are not asked while the user speaks of
    // someone alive ("엄마는 지금 혼자 시골집에 사세요" after a father's death, session 32).
    const questionsOf = (e: LifeEvent | null): LifeEvent | null => (e?.id === 'bereavement' && speaksOfTheLiving(text) ? null : e);
    // Within a story, an event no graver than the story's is a detail of it: a cause, a diagnosis.
    // Session 38 (care.ts): a death told in passing in a story of someone living and ill is a detail too.
    const detail = (!!told && !!story && told.id !== story.id && told.grave !== undefined && (story.grave ?? 0) >= told.grave) || (told?.id === 'bereavement' && deathAsBackground(text, storyBefore));
    const event = detail ? null : told;
    const answered = !!intent && confident(ranked) && !heldBack && (intent.kind === 'meta' || (event?.fits.includes(intent.id) ?? false));
    // "아니" to "털어놓을 수 있는 사람이 있어요?": no one, not "nothing comes to mind" (session 33);
    // "그래서 여기다 말하는거": this is where they tell it.
    const nobody = chars > 0 ? answersNobody(text, prev.lastAsked ?? []) : null;
    if (nobody) {
      const pick = pickUnused(NOBODY_REPLIES[nobody], `${NOBODY_PREFIX}:${nobody}`, new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'followup', intent: null, score, safety: null, mood: threadEmotion(prev) ?? 'sadness' });
      }
    }
    // In a story of loss, tears that will not come, gladness remembered and a first lighter day are
    // grief's (grief-turns.ts): not tears that will not stop, good news or a proud moment (session 34).
    const inLoss = (story?.grave ?? 0) >= 2 || !!graveStory || storyBefore.some((t) => (detectLifeEvent(t)?.grave ?? 0) >= 2);
    const grief = chars > 0 && !event && inLoss ? griefTurn(text, storyBefore) : null;
    if (grief) {
      const pick = pickUnused(GRIEF_TURN_REPLIES[grief], `${GRIEF_TURN_PREFIX}:${grief}`, new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'followup', intent: null, score, safety: null, mood: 'sadness' });
      }
    }
    // "그래도 오늘은 좀 기뻐하고 싶어요": the wish granted (feeling-words.ts), before any reading of it as hurt.
    if (chars > 0 && !event && wantsGladness(text)) {
      const pick = pickUnused(GLADNESS_REPLIES, GLADNESS_PREFIX, new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'followup', intent: null, score, safety: null, mood: 'joy' });
      }
    }
    // The user corrects the feeling named ("화난건 아니고 그냥 외로워", "우울한 게 아니라 외로운
    // 거예요"): owned, before any intent (one about feeling down had answered the very feeling
    // corrected), and the feeling they name instead is reflected, or none when they name none (correction.ts).
    const corrected = chars > 0 ? correctedFeeling(text) : undefined;
    if (corrected !== undefined) {
      // The bot owns a misreading only when it had made it (the last turn's mood was the feeling
      // denied); the word the user names instead is said back, and the feeling denied is not
      // reflected again when that word reads as the same emotion ("화난 건 아니고 억울해요").
      const denied = deniedFeeling(text);
      const instead = feelingNamedInstead(text);
      const last = prev.turns.at(-1);
      const lastMood = last?.mood ?? (last?.intent ? intentById.get(last.intent)?.emotion : undefined);
      const misread = !instead || !denied || lastMood === denied;
      const sorry = misread ? pickUnused(CORRECTION_PREFIXES, CORRECTION_PREFIX, new Set(state.usedReplies), rnd) : null;
      if (sorry) state.usedReplies.push(sorry.id);
      const mood = instead && instead.emotion !== denied ? instead.emotion : corrected && corrected === denied ? 'unsure' : (corrected ?? 'unsure');
      const lead = instead ? `${misread ? '' : '아, '}${instead.word} 마음이었군요.` : reliefLead(state, mood, text, rnd);
      const rest = followup(state, mood, rnd, freshNow, null, coveredNow.has('someone'), coveredNow.has('remark'), null, coveredNow.has('elder'), !!instead?.guilt, false, lead);
      return finish({ reply: sorry ? `${sorry.text} ${rest}` : rest, kind: 'followup', intent: null, score, safety: null, mood: mood === 'unsure' ? 'neutral' : mood });
    }
    // The user sets right the cause or the reading of the story ("아니 엄마 때문이 아니라 동생
    // 때문이야", "그게 아니라 일이 싫은 게 아니고 사람이 싫은 거야"): owned, the cause said back when it
    // can be, and the feeling goes on (the one named after the correction, else the thread's).
    const causeFix = chars > 0 && prev.turns.length > 0 ? correctedCause(text) : undefined;
    if (causeFix) {
      const sorry = pickUnused(CAUSE_CORRECTION_PREFIXES, CAUSE_CORRECTION_PREFIX, new Set(state.usedReplies), rnd);
      if (sorry) state.usedReplies.push(sorry.id);
      const named = onlyNamedFeeling(causeFix.rest);
      const mood: EmotionId | 'unsure' = named ?? threadEmotion(prev) ?? 'unsure';
      // "아니 엄마가 뭐라 한건 아니고 그냥 내가 미안해서": the guilt named after it is reflected as guilt.
      const guilty = speaksGuilt(causeFix.rest, mood === 'unsure' ? 'sadness' : mood);
      const rest = followup(state, guilty && mood === 'unsure' ? 'sadness' : mood, rnd, freshNow, null, coveredNow.has('someone'), coveredNow.has('remark'), null, coveredNow.has('elder'), guilty, false, reliefLead(state, mood, causeFix.rest, rnd));
      const reply = [sorry?.text, causeFix.echo, rest].filter(Boolean).join(' ');
      return finish({ reply, kind: 'followup', intent: null, score, safety: null, mood: mood === 'unsure' ? 'neutral' : mood });
    }
    // A short factual answer ("82세요", "고3이야", "다음달 20일"): acknowledged, and the story's
    // questions go on; no feeling is read into it and no intent's story told back (short-answer.ts).
    if (chars > 0 && prev.turns.length > 0 && isShortFact(text)) {
      const ack = pickUnused(SHORT_FACT_REPLIES, SHORT_FACT_PREFIX, new Set(state.usedReplies), rnd);
      if (ack) {
        state.usedReplies.push(ack.id);
        const mood: EmotionId = threadEmotion(prev) ?? story?.emotion ?? 'neutral';
        // Session 41 (context): a date ahead ("다음주 화요일", when a result comes) is said back, the wait named.
        const reply = followup(state, mood, rnd, freshNow, null, coveredNow.has('someone'), coveredNow.has('remark'), questionsOf(story), coveredNow.has('elder'), false, false, dateAhead(text, storyBefore) ?? ack.text);
        return finish({ reply, kind: 'followup', intent: null, score, safety: null, mood });
      }
    }
    // Glowing words after bad news ("최고의 하루였다 ^^") or a brave face ("ㅋㅋ 뭐 기대도 안했음"):
    // the sting is named, not the words taken at their face (sarcasm.ts).
    const hurtBefore = chars > 0 && chars <= CONTINUE_MAX_CHARS ? recentHurt(prev.turns, prev.recentTexts ?? []) : null;
    const otherwise = hurtBefore ? saidOtherwise(text) : null;
    if (hurtBefore && otherwise) {
      const [pool, prefix] = otherwise === 'sarcasm' ? [SARCASM_REFLECTIONS, SARCASM_PREFIX] : [SHRUG_REFLECTIONS, SHRUG_PREFIX];
      const lead = pickUnused(pool, prefix, new Set(state.usedReplies), rnd);
      if (lead) {
        state.usedReplies.push(lead.id);
        // A brave face covers a hurt ("기대도 안했음" after a birthday no one remembered), whatever the lean.
        const mood: EmotionId = otherwise === 'shrug' && hurtBefore !== 'sadness' ? 'hurt' : hurtBefore;
        const reply = followup(state, mood, rnd, freshNow, null, coveredNow.has('someone'), coveredNow.has('remark'), questionsOf(story), coveredNow.has('elder'), false, false, lead.text);
        return finish({ reply, kind: 'followup', intent: null, score, safety: null, mood, reread: true });
      }
    }
    // Thanks with a goodbye ("고마워 잘자~"): the goodbye intents' replies (pleasantry.ts).
    const leaving = chars > 0 ? thanksAndGoodbye(whole) : null;
    const leaveIntent = leaving ? intentById.get(leaving === 'night' ? 'meta_good_night' : 'meta_goodbye') : undefined;
    if (leaveIntent) {
      const pick = pickUnused(leaveIntent.replies, leaveIntent.id, new Set(state.usedReplies), rnd) ?? { id: '', text: leaveIntent.replies[0]! };
      if (pick.id) state.usedReplies.push(pick.id);
      summary.chars = 0;
      return finish({ reply: pick.text, kind: 'meta', intent: leaveIntent.id, score: 1, safety: null });
    }
    // A question about the app itself (the gauge, how songs are chosen, cost, offline, who answers):
    // a plain, true answer (asks-about-app.ts).
    // "왜 분노가 서린 노래를 추천해? 더 화나잖아" is a complaint to act on, not a question (talks-about-songs.ts).
    const appQuestion = chars > 0 && talksAboutSongs(text) !== 'too_strong' ? (asksAboutApp(text) ?? (prev.turns.every((t) => t.kind === 'meta') && asksHowToStart(text) ? 'how_to_use' : null)) : null;
    if (appQuestion) {
      const pick = pickUnused(APP_ANSWERS[appQuestion], `${APP_ANSWER_PREFIX}:${appQuestion}`, new Set(state.usedReplies), rnd) ?? { id: '', text: APP_ANSWERS[appQuestion][0]! };
      if (pick.id) state.usedReplies.push(pick.id);
      summary.chars = 0;
      return finish({ reply: pick.text, kind: 'meta', intent: null, score, safety: null });
    }
    // "두번째 노래 좋다", "밤편지 별로였어" with that song on screen: the app presses its button for
    // the user (TurnResult.songRating) and the reply names the song and what the press does.
    const rated = chars > 0 ? ratesSongOnScreen(text, context.songsOnScreen ?? []) : null;
    if (rated) {
      summary.chars = 0;
      const songRating = { songId: rated.song.id, mode: rated.song.mode, liked: rated.liked };
      return finish({ reply: ratedReply(rated.song, rated.liked), kind: 'meta', intent: null, score, safety: null, songRating });
    }
    // What the user says of the songs (talks-about-songs.ts): liked or disliked ones get the buttons
    // that act on it, once songs have been shown; a genre, an era or no lyrics, what songs are
    // chosen by. A request with such a wish goes on as a request, with that word first (below).
    const songTalk = chars > 0 ? talksAboutSongs(text) : null;
    // Shown: a turn opened them (song-turns.ts), or the full gauge let the user open them. A request
    // answered "tell me a little more" showed none (session 37).
    const songsShown = songsMayBeShown;
    const answersSongTalk =
      songTalk &&
      (songTalk === 'declined' || (AFTER_SONGS.has(songTalk) ? songsShown && !OTHER_PICKER.test(text) : !asksForSongs(text)));
    if (songTalk && answersSongTalk) {
      // "생일축하노래말고 아무거나" before any song was shown: the other list is promised for later.
      const talk = songTalk === 'other_kind' && !songsShown ? 'other_kind_before' : songTalk;
      const pool = SONG_TALK_REPLIES[talk];
      const pick = pickUnused(pool, `${SONG_TALK_PREFIX}:${talk}`, new Set(state.usedReplies), rnd) ?? { id: `${SONG_TALK_PREFIX}:${talk}#0`, text: pool[0]! };
      state.usedReplies.push(pick.id);
      // "노래 듣고 싶은 기분도 아니야" tells of the mood too: its letters count; talk about songs does not.
      if (songTalk !== 'declined') summary.chars = 0;
      if (songTalk === 'declined') delete state.songsPending;
      if (songTalk === 'too_sad') state.songDirection = 'lift';
      if (songTalk === 'too_strong') state.songDirection = 'calm';
      // "이별 노래 말고요": the other list first; "신나는 노래 말고" the one that stays with the mood.
      const kind = songTalk === 'other_kind' ? declinedKind(text) : null;
      if (kind) state.songDirection = songDirection(`${kind} 노래`, null) === 'lift' ? 'match' : 'lift';
      const reopens = songTalk === 'too_sad' || songTalk === 'too_strong' || (songTalk === 'other_kind' && songsShown);
      // Session 42: the list asked for is the one on screen already: its songs not shown yet.
      const action: TurnResult['action'] =
        reopens && !listAlreadyOpen(state.songDirection) ? 'open_recommendations' : reopens || songTalk === 'more' || songTalk === 'disliked' ? 'more_recommendations' : undefined;
      // "아이유 노래는 없어?": the singer's songs in the catalogue, by name (song-turns.ts).
      const singer = songTalk === 'artist' ? artistNamed(text) : null;
      const said = songTalk === 'declined' && lossTold(prev) ? DECLINED_AFTER_LOSS : singer ? `${artistSongsLine(singer, opts.songNames?.() ?? null)} ${songsShown ? '지금 보이는 목록에서도 마음 가는 곡을 들어 봐요.' : '노래를 청하면 지금 마음에 맞춰 골라 드릴게요.'}` : pick.text;
      return finish({ reply: said, kind: 'meta', intent: null, score, safety: null, ...(action ? { action } : {}) });
    }
    // "좀 밝은 걸로 해줘" once songs were shown: the list that goes that way.
    // Session 42: "잔잔한 거 말고" alone turns a way down (turnsDownAWay).
    const redirect = songsShown && (REDIRECT.test(text) || turnsDownAWay(text)) ? songDirection(text, null) : null;
    if (redirect) {
      state.songDirection = redirect;
      summary.chars = 0;
      const mode = songModeFor(redirect, songMix()) ?? 'similar';
      // Session 39 (songreq): the same list asked again is said to be the one on screen (not «노래는 그대로 틀어 둘게요»);
      // session 42: and more of it comes.
      const line = openLine(redirect, mode);
      if (listAlreadyOpen(redirect) || line === prev.lastReply) return finish({ reply: sameListReply(redirect, mode), kind: 'meta', intent: null, score, safety: null, action: 'more_recommendations' });
      return finish({ reply: line, kind: 'meta', intent: null, score, safety: null, action: 'open_recommendations' });
    }
    // "제가 나쁜 사람인가요", "제가 이상한걸까요?": answered first, without judging (asks-reassurance.ts),
    // unless the intent written for it answers.
    const reassure = chars > 0 ? asksReassurance(text) : null;
    if (reassure && !(intent?.id === SENSITIVE_INTENT && confident(ranked) && !heldBack)) {
      const pick = pickUnused(REASSURANCE_REPLIES[reassure], `${REASSURANCE_PREFIX}:${reassure}`, new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        const mood: EmotionId = threadEmotion(prev) ?? (reassure === 'weird' ? 'anxiety' : 'sadness');
        return finish({ reply: pick.text, kind: 'followup', intent: null, score, safety: null, mood });
      }
    }
    // 2c. "어떻게 하면 화해할 수 있을까?", "장례식장에서 뭐라고 해야 돼?": a question of how, on a
    // topic asks-how.ts knows, gets something concrete to hold on to (asks-how.ts), unless an intent
    // answers that question itself or speaks to the bot. News told in the same turn comes first,
    // except a funeral the user goes to as a guest, which the condolence replies speak to.
    // Session 39 (protest.ts): "내가 왜 사과해야돼", "왜 내가 혼나야 되냐고": 억울함 heard, not advice weighed.
    if (chars > 0 && protestsUnfairness(text)) {
      const pick = pickUnused(PROTEST_REPLIES, PROTEST_PREFIX, new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'followup', intent: null, score, safety: null, mood: 'anger' });
      }
    }
    const how = chars > 0 ? asksHow(text, prev.recentTexts ?? []) : null;
    // "네 해볼게요" right after advice: encouragement, not a new subject (asks-how.ts).
    // Advice among the last two replies ("일단 가볼게" after "병원 가봐야 할까?" is going to the
    // doctor, not a goodbye); other short plans ("그래도 해볼게요") are encouraged in any story.
    const recentGiven = prev.usedReplies.slice(-3);
    const afterAdvice = recentGiven.some((id) => (id.startsWith(`${HOW_PREFIX}:`) || id.startsWith(`${ADVICE_PREFIX}#`) || id.startsWith(`${CARE_PREFIX}#`)) && !id.startsWith(WILL_TRY_PREFIX));
    const justEncouraged = prev.usedReplies.at(-1)?.startsWith(WILL_TRY_PREFIX) ?? false;
    if (!how && prev.turns.length > 0 && !justEncouraged && !asksForSongs(text) && willTry(text, afterAdvice)) {
      const pick = pickUnused(WILL_TRY_REPLIES, WILL_TRY_PREFIX, new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'followup', intent: null, score, safety: null, ...(thread ? { mood: thread } : {}) });
      }
    }
    // "어디에 신고해요?", "내용증명 같은거 보내야돼?", "집주인한테 뭐라고 말해야 하나요": the next
    // concrete step and where to turn (practical-help.ts), before any intent or news told with it.
    const practical = chars > 0 && !asksForSongs(text) ? practicalTopic(text, storyBefore) : null;
    if (practical) {
      // In order: the first steps first, the next ones when the user asks again, then where to ask
      // further (a third question had fallen through to the privacy answer).
      const pool = practicalReplies(practical, text, storyBefore);
      const at = pool.findIndex((_, i) => !state.usedReplies.includes(`${PRACTICAL_PREFIX}:${practical}#${i}`));
      const more = `${PRACTICAL_PREFIX}:${practical}:more`;
      const pick = at >= 0 ? { id: `${PRACTICAL_PREFIX}:${practical}#${at}`, text: pool[at]! } : state.usedReplies.includes(more) ? null : { id: more, text: PRACTICAL_MORE[practical] };
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'followup', intent: null, score, safety: null, ...(thread ? { mood: thread } : {}) });
      }
    }
    const intentTakesHow = !!intent && confident(ranked) && !heldBack && (ANSWERS_HOW.has(intent.id) || META_ANSWERS_HOW.has(intent.id) || intent.action === 'recommend_song');
    const eventFirst = !!event && event.id !== 'others_loss' && how !== 'condolence';
    if (how && how !== 'open' && !intentTakesHow && !eventFirst) {
      const picked = answerHow(state, how, text, rnd, freshNow);
      if (picked) return finish({ reply: picked, kind: 'followup', intent: null, score, safety: null, ...(thread ? { mood: thread } : {}) });
    }

    if (event && !answered) {
      const prefix = lifeReplyPrefix(event.id);
      const before = state.usedReplies.some((id) => id.startsWith(`${prefix}#`));
      const pick = before ? null : pickUnused(event.replies, prefix, new Set(state.usedReplies), rnd, freshNow);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'retrieval', intent: prefix, score, safety: null, mood: event.emotion });
      }
      // Told before: the usual reflection and follow-up, in the event's mood (step 4).
    }

    if (intent && confident(ranked) && !heldBack && (!event || answered) && !detail) {
      const kind: ReplyKind = intent.kind === 'meta' ? 'meta' : 'retrieval';
      if (intent.action === 'recommend_song') {
        // This turn's letters count already if it is long enough to count at all (finish adds them).
        const own = countsTowardMood({ kind, chars }) ? chars : 0;
        const gauge = gaugeLevel(state.sharedChars + own, gaugeThreshold);
        // "신나는 노래" opens the list that lifts the mood first, "슬픈 노래" the one that stays with it.
        // Session 40 (odd-turns.ts): "이 기분 이어갈 노래" keeps the mood: the list of the mood itself
        // (when joy leads, the glad one), not the one that shifts it.
        const keep = odd.keepsMood(text);
        // Session 41 (song-purpose.ts): what the songs are for ("축하 노래", "운동할 때 들을 노래", "비 오는
        // 날 듣기 좋은 거") leans the way the intent the classifier ranked may not; a mood word said wins.
        const said = keep ? null : songDirection(text, null);
        const purpose = keep || said ? null : songPurpose(text);
        const direction = keep ? (joyIsLargest(mixToArray(mixOf(state))) ? 'lift' : 'match') : said ?? (purpose ? purposeDirection(purpose, leadOf(mixOf(prev))) : songDirection(text, intent.id));
        if (direction) state.songDirection = direction;
        // "발라드 노래 추천해줘": what the songs cannot follow is said first (talks-about-songs.ts).
        const artist = songTalk === 'artist' ? artistNamed(text) : null;
        const cannot = artist ? artistSongsLine(artist, opts.songNames?.() ?? null) : songTalk ? CANNOT_FILTER[songTalk] : undefined;
        // Too tired to tell more ("노래 듣기도 귀찮은데 그냥 뭐라도 틀어줘" at 36 %, session 33): the
        // songs open from a little less, rather than asking a worn-out user for more sentences.
        // Nor is a terse user who has told a story over many short turns (TERSE_TURNS) kept out.
        const terse = countedTurns(state.turns) >= TERSE_TURNS;
        // …nor one who asks right after the bot itself suggested some music (session 33).
        // Session 39 (songreq): asked again after the bot asked for a sentence, after songs were shown, or after two turns of story: open.
        if (gauge >= (tooTiredToTell(text) || terse || prev.lastSuggestedSongs ? TIRED_REQUEST_MIN_GAUGE : REQUEST_MIN_GAUGE) || toldAFeeling(prev.turns) || askedNoSongs || openedAt !== null || storyTurnsTold(prev.turns) >= 2 || talkTurnsTold(prev.turns) >= TALK_TURNS_FOR_SONGS) {
          delete state.songsPending;
          if (cannot) return finish({ reply: `${cannot} ${INSTEAD_OPEN}`, kind, intent: intent.id, score, safety: null, action: 'open_recommendations' });
          // Asked one way: say which list comes first, unless the intent's own reply says it.
          const mode = direction ? songModeFor(direction, songMix()) : undefined;
          const saysItself = intent.id === 'meta_recommend_song_mood_up' || intent.id === 'meta_recommend_song_sad';
          // Session 42: the list of that way is on screen already: more of it, said so (a purpose or
          // "이 기분 이어갈 노래" keeps its own line, which stays true of the songs that come).
          const already = listAlreadyOpen(direction);
          const opens = already ? ('more_recommendations' as const) : ('open_recommendations' as const);
          if (already && direction && !keep && !purpose) return finish({ reply: sameListReply(direction, already), kind, intent: intent.id, score, safety: null, action: opens });
          if (keep && mode) return finish({ reply: odd.KEEP_MOOD_OPEN, kind, intent: intent.id, score, safety: null, action: opens });
          if (purpose && mode) {
            const firstTime = !state.usedReplies.some((id) => id.startsWith(`${PURPOSE_PREFIX}:`));
            state.usedReplies.push(`${PURPOSE_PREFIX}:${purpose}`);
            const glad = prev.turns.some((t) => t.kind === 'retrieval' && t.mood === 'joy');
            return finish({ reply: purposeOpenLine(purpose, mode, { firstTime, glad, loss: lossTold(prev) }), kind, intent: intent.id, score, safety: null, action: opens });
          }
          if (mode && direction && (gauge < 1 || !saysItself)) return finish({ reply: openLine(direction, mode), kind, intent: intent.id, score, safety: null, action: 'open_recommendations' });
          const used = new Set(state.usedReplies);
          // The opening line fits the mood: quiet after a loss, bright only when joy leads (session 37:
          // "음악으로 잠깐 쉬어 가요!" right after a pet's death). Requests of a kind keep their intent's line.
          // The story before the request (the request's own words would count as neutral). Glad only
          // when a turn was answered as glad news: a tired worker's mix had read as joy.
          const lead = mixOf(prev);
          const top = (Object.keys(lead) as EmotionId[]).reduce((a, b) => (lead[b] > lead[a] ? b : a));
          // Session 41 (c40): happy tears over a mother's letter read sadness 0.316 to joy 0.312 and the songs
          // opened «무거운 마음 곁에 있어 줄 노래들»; joy nearly level with a sad lead, told as glad, is no heavy heart.
          const mixedGlad = top !== 'joy' && top !== 'neutral' && lead.joy >= MIXED_JOY_SHARE * lead[top] && prev.turns.some((t) => t.mood === 'joy');
          const tone = mixedGlad && !lossTold(prev) ? 'plain' : openTone(lossTold(prev), top === 'joy' && !prev.turns.some((t) => t.kind === 'retrieval' && t.mood === 'joy') ? null : top);
          const pick = gauge >= 1 && intent.id !== SONG_REQUEST_INTENT && tone !== 'loss' ? pickUnused(intent.replies, intent.id, used, rnd) : pickUnused(OPEN_LINES[tone], `${OPEN_PREFIX}:${tone}`, used, rnd) ?? pickUnused(OPEN_EARLY, 'open_early', used, rnd);
          if (pick) state.usedReplies.push(pick.id);
          return finish({ reply: pick?.text ?? OPEN_RECOMMENDATIONS, kind, intent: intent.id, score, safety: null, action: 'open_recommendations' });
        }
        const used = new Set(state.usedReplies);
        const pick = pickUnused(
          NEED_MORE.map((f) => f(percentOf(gauge))),
          'need_more',
          used,
          rnd,
          freshNow,
        );
        // Kept for later only when the words ask outright ("슬픈 노래만 들으면 더 우울해지나요?", which
        // the classifier took for a request, had songs "asked for earlier" opened mid-story).
        if (asksForSongs(text)) state.songsPending = true;
        // A feeling told with the request ("노래추천 ㄱㄱ 개우울함") is heard, and not asked for again (session 35).
        // The kind of song asked for ("신나는 노래", "우울한 곡") is no feeling told.
        const felt = onlyNamedFeeling(text.replace(/[가-힣]+\s?(?:노래|곡|음악|걸로|거로|플리|거|걸)(?![가-힣])/gu, ' '));
        const heard = felt && felt !== 'neutral' ? FELT_WITH_REQUEST[felt] : undefined;
        const needMore = heard ? `${heard} ${feltNeedMore(percentOf(gauge))}` : (pick?.text ?? NEED_MORE[state.turns.length % NEED_MORE.length]!(percentOf(gauge)));
        // Session 41: a purpose the songs cannot follow as such is said before the ask, once.
        const note = !cannot && purpose && !state.usedReplies.some((id) => id.startsWith(`${PURPOSE_PREFIX}:`)) ? purposeNote(purpose) : undefined;
        if (note) state.usedReplies.push(`${PURPOSE_PREFIX}:${purpose}`);
        const reply = cannot ? `${cannot} ${needMore}` : note ? `${note} ${needMore}` : needMore;
        if (pick && !heard) state.usedReplies.push(pick.id);
        return finish({ reply, kind, intent: intent.id, score, safety: null, action: 'need_more' });
      }
      // "어제 잠을 못 자서 그런가 봐" and "요즘 잠을 잘 못 자요" are not told awake at night:
      // "이 늦은 시간까지 깨어 있느라…" waits.
      // Session 43 (glad-talk.ts): thanks after a glad talk shares the joy back, and no line that
      // presumes a heavy heart («처음보다 조금 가벼워졌어요?») is given in one.
      const glad = gladTalk(prev.turns);
      const gladThanks = glad && intent.id === THANKS_INTENT ? pickUnused(GLAD_THANKS_REPLIES, GLAD_THANKS_PREFIX, new Set(state.usedReplies), rnd) : null;
      if (gladThanks) {
        state.usedReplies.push(gladThanks.id);
        return finish({ reply: gladThanks.text, kind, intent: intent.id, score, safety: null });
      }
      const notTonight = notToldTonight(text);
      // Nor is "시험 기간인데…" the night before the exam.
      const soon = toldTomorrow(text);
      // Inside a grave story (a diagnosis, a death), good news is a relief, not a celebration:
      // "다행히 초기래요" after "엄마가 암 진단 받았어요" was told "진심으로 축하해요!".
      // The story's event may have been answered by an intent that fits it, so its words are read again.
      const sombre = (story?.grave ?? 0) >= 2 || (prev.recentTexts ?? []).slice(-2).some((t) => (detectLifeEvent(t)?.grave ?? 0) >= 2);
      // Session 41 (context, story-frame.ts): a plan or a date ahead ("내일 친구들이랑 노래방 가", "응 내일
      // 독립해") is not told «그렇게 신나게 불렀다니» nor «고민되는 거군요»: such replies keep only their
      // question, after a lead that speaks of the plan, or are not given.
      const ahead = speaksOfFuture(text);
      const replies = ahead ? intent.replies.map((r) => futureFit(r, text, intent.emotion === 'joy') ?? '') : intent.replies;
      const pickedAny = sombre && LIGHT_IN_GRAVE.has(intent.id) ? null : pickUnused(replies, intent.id, new Set(state.usedReplies), rnd, [(t) => t !== '', fresh, (t) => texting.fitsTheHour(t, [...storyBefore, text], clockNow) && texting.fitsTheCalendar(t, [...storyBefore, text]) && !texting.asksWhatWasTold(t, text) && !asksWhoIsThereAfterNone(t, [...storyBefore, text]), (t) => !(notTonight && presumesTonight(t)), (t) => soon || !presumesTomorrow(t), (t) => !(sombre && CONGRATULATES.test(t)), (t) => !replyPresumesOtherPath(t, text, storyBefore), (t) => !namesUnsaid(t, [...storyBefore.slice(-3), text]), (t) => !presumesUntoldChoice(t, [...storyBefore.slice(-4), text]), (t) => !(glad && presumesHeavyTalk(t))]);
      const pick = pickedAny?.text ? pickedAny : null;
      if (pick) {
        state.usedReplies.push(pick.id);
        // Session 41: a confident intent's feeling corrects a model reading of the other valence
        // ("11시 넘어서 퇴근함" read glad, answered as the overtime it is; mix.ts rereadEmotions).
        return finish({ reply: pick.text, kind, intent: intent.id, score, safety: null, ...(kind === 'retrieval' ? { mood: intent.emotion, reread: true } : {}) });
      }
      // All of this intent's replies were given already: reflect and ask instead of repeating.
    }

    // 3. A turn in another language that no intent answered: say so rather than read it.
    const greeting = isForeignGreeting(text);
    // In English right after the help lines ("please help me" after "I want to die"): answered in
    // English with the help lines, not turned away in Korean (session 35).
    if (!greeting && isForeignLanguage(text) && prev.safety === 'suicide' && prev.turns.slice(-3).some((t) => t.kind === 'safety')) {
      const again = prev.usedReplies.includes(ENGLISH_CRISIS_PREFIX);
      state.usedReplies.push(ENGLISH_CRISIS_PREFIX);
      return finish({ reply: again ? ENGLISH_CRISIS_AGAIN : ENGLISH_CRISIS_REPLY, kind: 'safety', intent: null, score, safety: 'suicide' });
    }
    // A short glad line in English ("so happy today 🥰") is met warmly, in Korean (language.ts).
    const gladEnglish = !greeting && isForeignGladLine(text) ? pickUnused(FOREIGN_GLAD_REPLIES, 'foreign_glad', new Set(state.usedReplies), rnd) : null;
    if (gladEnglish) {
      state.usedReplies.push(gladEnglish.id);
      summary.chars = 0;
      return finish({ reply: gladEnglish.text, kind: 'meta', intent: null, score, safety: null, mood: 'joy' });
    }
    if (greeting || isForeignLanguage(text)) {
      summary.chars = 0;
      const [pool, poolId] = greeting ? [FOREIGN_GREETING_REPLIES, 'foreign_greeting'] : [FOREIGN_LANGUAGE_REPLIES, 'foreign'];
      const pick = pickUnused(pool, poolId, new Set(state.usedReplies), rnd);
      if (pick) state.usedReplies.push(pick.id);
      const reply = pick?.text ?? pool[state.turns.length % pool.length]!;
      return finish({ reply, kind: 'meta', intent: null, score, safety: null });
    }

    // Session 41 (subject-marks.ts): "근데 국어는 잘봄" after a bad exam is a bright spot, said back by name.
    const subject = chars > 0 && !prev.safety ? subjectWentWell(text) : null;
    const subjectWell = subject ? subjectWellReply(subject, new Set(state.usedReplies), storyBefore.some(examWentBadly)) : null;
    if (subjectWell) {
      state.usedReplies.push(subjectWell.id);
      return finish({ reply: subjectWell.text, kind: 'followup', intent: null, score, safety: null, mood: 'joy' });
    }
    // Session 39 (daily, daily-talk.ts): a plain report of the day (a routine, an errand, a plan) is
    // taken up by its topic, naming no feeling the model read into it ("박스가 스무 개나 돼요", anxiety
    // 0.91, had got «걱정 때문에 쉬어도 쉬는 것 같지 않았겠어요»); a small worry eased is met with relief.
    // Someone's words that stayed ("그 말이 계속 마음에 남아") are a sting, not a neutral fact.
    const stayed = chars > 0 && !prev.safety && wordsStayed(text, storyBefore) ? pickUnused(WORDS_STAYED_REPLIES, WORDS_STAYED_PREFIX, new Set(state.usedReplies), () => 0) : null;
    if (stayed) {
      state.usedReplies.push(stayed.id);
      return finish({ reply: stayed.text, kind: 'followup', intent: null, score, safety: null, mood: 'hurt' });
    }
    // A move that is lonely ("근데 여기 친구들이랑 멀어지는 게 좀 외로울 것 같아") says back the loneliness of the place.
    const lonelyWhen = chars > 0 && !prev.safety ? newPlaceLonely(text, storyBefore) : null;
    const lonely = lonelyWhen ? pickUnused(NEW_PLACE_LONELY_REPLIES[lonelyWhen], `${NEW_PLACE_LONELY_PREFIX}:${lonelyWhen}`, new Set(state.usedReplies), () => 0) : null;
    if (lonely) {
      state.usedReplies.push(lonely.id);
      return finish({ reply: lonely.text, kind: 'followup', intent: null, score, safety: null, mood: 'sadness' });
    }
    // Session 41 (burnout-signs.ts): in a story about work, the body balking at going in, weekends
    // lost to Monday, going numb, wishing to be ill to stay home are said back; two name burnout gently.
    const burnout = chars > 0 && !prev.safety && !graveStory ? burnoutReply(text, storyBefore, state.usedReplies) : null;
    if (burnout) {
      state.usedReplies.push(...burnout.ids);
      return finish({ reply: burnout.text, kind: 'followup', intent: null, score, safety: null, mood: 'sadness' });
    }
    // Session 40 (low-mood-signs.ts): a sign of a low mood told plainly ("밥도 잘 안 먹혀요", "다
    // 귀찮아요") is said back, not passed over; two signs add where to turn if it goes on.
    const lowSign = !prev.safety && !graveStory ? lowMoodSign(text) : null;
    const lowPick = lowSign ? lowMoodReply(lowSign, state.usedReplies) : null;
    if (lowPick) {
      state.usedReplies.push(lowPick.id);
      if (lowPick.text.includes('1577-0199')) state.usedReplies.push(LOW_MOOD_ADVICE_ID);
      return finish({ reply: lowPick.text, kind: 'followup', intent: null, score, safety: null, mood: 'sadness' });
    }
    // Session 43 (late-hours.ts): "새벽 4시까지 뒤척였어", "새벽 2시에 퇴근했어" are taken up by the hour.
    const late = chars > 0 && !prev.safety && !graveStory && !state.usedReplies.includes(LATE_HOUR_ID) ? toldLateHour(text) : null;
    if (late) {
      state.usedReplies.push(LATE_HOUR_ID);
      return finish({ reply: lateHourReply(late, text, storyBefore), kind: 'followup', intent: null, score, safety: null, mood: 'sadness' });
    }
    const daily = chars > 0 && !prev.safety && !graveStory && !storyBefore.slice(-3).some(toldMisfortune) ? dailyReport(text, storyBefore, { heavy, hurting: Math.max(...EMOTIONS.filter((e) => valence(e) < 0).map((e) => analysis.emotions[e])) }) : null;
    const dailyPick = daily ? pickDaily(daily, text, storyBefore, new Set(state.usedReplies), rnd) : null;
    if (daily && dailyPick) {
      state.usedReplies.push(dailyPick.id);
      return finish({ reply: dailyPick.text, kind: 'followup', intent: null, score, safety: null, mood: daily.kind === 'glad' || daily.kind === 'eased' ? 'joy' : 'neutral' });
    }
    // Session 43 (light-choice.ts): "김치찌개 먹을까 돈까스 먹을까" is a light choice, not a worry
    // (it had got «마음 쓰이는 게 많은 만큼 걱정도 크겠어요»).
    const choice = chars > 0 && !prev.safety && !graveStory ? lightChoice(text) : null;
    if (choice && !state.usedReplies.includes(LIGHT_CHOICE_PREFIX)) {
      state.usedReplies.push(LIGHT_CHOICE_PREFIX);
      return finish({ reply: lightChoiceReply(choice), kind: 'followup', intent: null, score, safety: null, mood: 'neutral' });
    }
    // Session 38 (youngb, texting.ts): plain small talk about the day, read neutral, is met without a
    // feeling ("오늘은 회의가 두개 있어요" had got «그렇게 화가 나는 건…»).
    const readsPlain = analysis.label === 'neutral' || analysis.emotions.neutral + analysis.emotions.joy >= 0.5;
    // Session 41 (stockq): not inside a hurting story ("밥도 편의점에서 대충 먹었어" after a week of work
    // till 11 had got «소소한 하루 이야기도 언제든 좋아요»), nor for a word answering the story ("카페요").
    const hurtingLately = prev.turns.slice(-3).some((t) => t.mood !== undefined && t.mood !== 'neutral' && valence(t.mood) < 0);
    const smallTalk = readsPlain && !prev.safety && !hurtingLately && !(prev.turns.length > 0 && answerWord(text, prev.lastReply ?? '')) && !storyBefore.slice(-3).some(toldMisfortune) && texting.plainSmallTalk(text, storyBefore) ? pickUnused(texting.SMALL_TALK_REPLIES, texting.SMALL_TALK_PREFIX, new Set(state.usedReplies), rnd, freshNow) : null;
    if (smallTalk) {
      state.usedReplies.push(smallTalk.id);
      return finish({ reply: smallTalk.text, kind: 'followup', intent: null, score, safety: null, mood: 'neutral' });
    }

    // Session 43 (longtalk, said-back.ts): in a hurting story, someone's kindness ("수진이가 커피 사주면서
    // 위로해줬어요") and better days recalled ("성훈씨랑 처음엔 정말 좋았거든요") are said back with the
    // person, not met with «네, 무슨 말인지 알 것 같아요. 그래서 그 뒤엔 어떻게 됐어요?».
    const toldBack = chars > 0 && !prev.safety ? saidBackTurn(text, { hurting: hurtingStory(prev), used: state.usedReplies, allowed: (r) => saidBackFits(state, r) }) : null;
    if (toldBack) {
      state.usedReplies.push(toldBack.id);
      return finish({ reply: toldBack.reply, kind: 'followup', intent: null, score, safety: null, mood: toldBack.mood });
    }

    // 4. Reflection + follow-up.
    // Loose jamo (ㅋㅋ, ㅠㅠ) and emoji carry mood but no content: not counted here.
    const substance = text.normalize('NFC').match(/[가-힣\p{Script=Latin}\p{N}]/gu)?.length ?? 0;
    // Without words (ㅋㅋ, ㅠㅠ, emoji) the characters' tone picks the reflection and the questions.
    const tone = substance === 0 ? wordlessTone(text) : null;
    let emotion: EmotionId | 'unsure' = (tone && WORDLESS_EMOTION[tone]) || reflectEmotion(analysis, substance, text);
    // A probable intent says what the turn is about (one held back as another story does not).
    // So does a life event told again.
    const hint = (!heldBack && intent?.kind === 'retrieval' && score >= INTENT_HINT_PROB && !detail ? intent.emotion : null) ?? event?.emotion ?? null;
    let hinted = emotion === 'neutral' && !!hint && substance >= REFLECT_MIN_CHARS;
    // A short turn that opens a story with a probable intent behind it is news, not small talk:
    // "지갑 잃어버렸어" (money trouble, 0.82) got "요즘 즐겨 듣는 노래가 있어요?". Its intent's
    // feeling is too unsure to name at this length ("차 긁었어" matched a rejected confession at
    // 0.62), so the reply names none and asks how the user feels about it.
    const shortNews = emotion === 'neutral' && !hinted && !thread && !tone && !!hint && hint !== 'neutral' && substance >= SHORT_HINT_MIN_CHARS && score >= SHORT_HINT_PROB;
    if (shortNews) emotion = 'unsure';
    // In a thread, a probable intent of another story does not speak for a detail of this one
    // ("읽음 표시가 떴어" after sending an insult about the boss to a group chat the boss is in
    // matched being left on read, and was told "그 순간 혼자 남겨진 것 같은 기분이었겠어요"): the
    // hint holds only when the story read together with the turn agrees with it; when the story
    // reads as the thread's mood, the turn takes that.
    if (hinted && hint && thread && hint !== thread && valence(hint) === valence(thread)) {
      const together = await readTogether(prev, text);
      if (together?.label !== hint) {
        hinted = false;
        if (together?.label === thread) emotion = thread;
      }
    }
    // The model's own lean, where it has one, still speaks against a hint of the other valence:
    // "고양이가 집을 나갔어요" (sadness 0.35) matched a pet's cute antics and was told "행복한
    // 마음이 느껴져서 저도 덩달아 웃게 돼요".
    const lean = EMOTIONS.filter((e) => e !== 'neutral').reduce((a, b) => (analysis.emotions[b] > analysis.emotions[a] ? b : a));
    if (hinted && hint) emotion = crossesValence(hint, lean) && analysis.emotions[lean] >= TURNED_MIN_PROB ? 'unsure' : hint;
    // …and, when it disagrees in valence with a reading the model is not sure of, neither is
    // named: "건강검진에서 재검 나왔어" reads joy 0.46 and is about waiting for test results.
    if (hint && emotion !== 'neutral' && emotion !== 'unsure' && hint !== 'neutral' && valence(emotion) !== valence(hint) && analysis.emotions[emotion] < VALENCE_TRUST && !VALENCE_TURN.test(text)) {
      emotion = 'unsure';
    }
    // A weak reading gives way to a probable intent's feeling of the same valence: "모의고사 또
    // 망쳤어" reads anger 0.43, matches a failed exam (sadness, 0.52), and was told "분한 마음이
    // 아직도 가라앉지 않았을 것 같아요".
    if (hint && !tone && substance >= REFLECT_MIN_CHARS && hint !== 'neutral' && emotion !== 'neutral' && emotion !== 'unsure' && hint !== emotion && valence(hint) === valence(emotion) && analysis.emotions[emotion] < WEAK_READING_PROB && score >= WEAK_READING_PROB) {
      emotion = hint;
    }
    if (thread && !tone && substance > 0 && emotion !== 'unsure') emotion = withThread(emotion, analysis, substance, thread, text, heldBack === 'unsaid' ? null : heldBack, hinted);
    // A detail of a life event's story ("갑자기 심장마비로요" after a death) is told in the story's
    // mood: a sure reading of the detail's own (worry) is not how the user feels about the loss.
    if (detail && story && emotion !== 'unsure' && emotion !== story.emotion && valence(emotion) === valence(story.emotion) && !namesFeeling(text, emotion)) emotion = story.emotion;
    if (thread && emotion !== 'unsure' && crossesValence(emotion, thread) && !VALENCE_TURN.test(text) && !namesFeeling(text, emotion, { bodySigns: false })) {
      if (await storyKeepsValence(prev, text, thread)) emotion = 'unsure';
    }
    // Inside a grave story (a death, a diagnosis), a turn read as joy that names none is a memory or
    // a detail, not good news: "어제까지만 해도 저랑 웃으면서 얘기하셨거든요", a nurse after a patient's
    // death, was told "좋은 기운이 여기까지 전해지는 것 같아요" (session 30).
    const graveNow = graveStoryOf(prev) ?? (story && (story.grave ?? 0) >= 2 ? story : null);
    if (graveNow && emotion === 'joy' && !namesFeeling(text, 'joy')) emotion = 'unsure';
    // …nor in a turn that tells a loss or a grievance, or (unless the model is sure) in a story of one,
    // a pet's death included, unless the turn says the mood turned (session 37, longfit.ts): "초코 생각하면서 들을게요" the day a dog died got "이 기쁜 소식을
    // 누구와…", a plan rewritten five times "미소가 지어지는 이야기".
    if (emotion === 'joy' && !namesFeeling(text, 'joy') && !hasLaughter(text) && !VALENCE_TURN.test(text) && (sadTurn(text) || (analysis.emotions.joy < VALENCE_TRUST && sadStory(text, storyBefore)))) emotion = 'unsure';
    // Nor, right after bad news the bot was unsure of (no thread to carry), is joy the model is not
    // sure of: "카드론까지 받았어요 와이프는 몰라요" after gambling losses (session 31).
    if (!thread && emotion === 'joy' && !namesFeeling(text, 'joy') && analysis.emotions.joy < VALENCE_TRUST && recentHurt(prev.turns, prev.recentTexts ?? [])) emotion = 'unsure';
    // Joy not named, in or right after a turn of misfortune, is a misreading more often than not (misfortune.ts).
    if (emotion === 'joy' && !namesFeeling(text, 'joy') && !toldResolved(text) && !VALENCE_TURN.test(text) && (toldMisfortune(text) || storyBefore.some(toldMisfortune))) emotion = 'unsure';
    // Anger with no sign of it in the turn is not named (feeling-words.ts showsAnger), nor carried
    // into a question or into blaming oneself ("상의 안 하고 빌려준 건 제 잘못 맞아요").
    if (emotion === 'anger' && !tone && !showsAnger(text) && (thread !== 'anger' || ASKS_OR_BLAMES_ONESELF.test(text))) emotion = 'unsure';
    // A sadness the turn denies ("근데 이상하게 슬프지가 않아", "오히려 홀가분해" after a break-up) is not
    // carried from the story (session 33): the reply names none and asks.
    if (emotion === 'sadness' && NOT_SAD.test(text)) emotion = 'unsure';
    // One feeling put before another ("기쁘기보다 무서워요"): the one after 보다 is meant (feeling-words.ts).
    const rather = tone ? null : ratherFeeling(text);
    if (rather) emotion = rather;
    // A hurting feeling the user names outright, and the model reads as likely (TURNED_MIN_PROB),
    // speaks over another hurting one the thread carried: "근데 좀 서럽긴 하다" (sadness 0.45) got "앞일을 모르니 마음이 계속 조마조마하겠어요" (session 31).
    const namedNow = tone || rather ? null : onlyNamedFeeling(text);
    if (namedNow && namedNow !== 'joy' && emotion !== 'unsure' && emotion !== 'neutral' && emotion !== 'joy' && emotion !== namedNow && analysis.emotions[namedNow] >= TURNED_MIN_PROB) emotion = namedNow;
    // Session 38 (feel, plain-feeling.ts): a feeling the user plainly states speaks over the model and
    // the thread ("매번 같은 얘기인데 귀엽더라구요" had got "마음이 많이 아팠겠어요"); one with no sign of
    // it in the turn, or an unsure reading, is not named ("축구하다가 발목 삐었어" → "창피했을 거예요").
    if (!tone && !rather) emotion = feelingToName(emotion, text, analysis.emotions, thread, score);
    // A turn that goes on with a life event's story keeps its mood even when read as plain ("8주였어요").
    const inStory = event ?? (continuing ? story : null);
    if (inStory && emotion === 'neutral' && !tone && !(story && thread && thread !== inStory.emotion && !event)) emotion = inStory.emotion;
    // An open question of how, on no topic asks-how.ts knows ("이제 뭘 해야 할지 모르겠어"), that no
    // intent answered: an honest offer to think it through together.
    if (!tone && how === 'open') {
      const picked = answerHow(state, 'open', text, rnd, freshNow);
      if (picked) return finish({ reply: picked, kind: 'followup', intent: null, score, safety: null, mood: emotion === 'unsure' ? 'neutral' : emotion });
    }
    // A dilemma told, each way with its cost (asks-advice.ts): both named as hard, neither as wrong.
    if (!tone && weighsTwoWays(text)) {
      const pick = pickUnused(DILEMMA_REPLIES, DILEMMA_PREFIX, new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'followup', intent: null, score, safety: null, mood: emotion === 'unsure' || emotion === 'joy' || emotion === 'neutral' ? 'anxiety' : emotion });
      }
    }
    // "이게 우울증인가요?": no diagnosis, but where to go (asks-advice.ts).
    // Asked with whether to see a doctor ("산후우울증인가요? 진료 받아봐야 할까요"), the care reply below answers both.
    const disorder = !tone && !(asksWhatToDo(text) && asksAboutCare(text)) ? asksIfDisorder(text) : null;
    if (disorder) {
      const pick = pickUnused(DISORDER_REPLIES[disorder], `${DISORDER_PREFIX}:${disorder}`, new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'followup', intent: null, score, safety: null, mood: emotion === 'unsure' || emotion === 'joy' ? 'sadness' : emotion });
      }
    }
    // A question about what to do is taken up, not passed over (asks-advice.ts).
    if (!tone && asksWhatToDo(text)) {
      // Seeing a doctor or a counsellor is encouraged, not weighed.
      const care = asksAboutCare(text) ? pickUnused(CARE_REPLIES, CARE_PREFIX, new Set(state.usedReplies), rnd, freshNow) : null;
      const pick = care ?? pickUnused(ADVICE_REPLIES, ADVICE_PREFIX, new Set(state.usedReplies), rnd, freshNow);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'followup', intent: null, score, safety: null, mood: emotion === 'unsure' ? 'neutral' : emotion });
      }
    }
    // Two feelings named together, glad and hurting: both said back, once (feeling-words.ts).
    // …or across two turns, the first left open ("진짜 축하하는 마음은 있는데" / "한편으로는 너무 부럽고 배 아파요").
    const openBefore = storyBefore.at(-1);
    const mixed = tone || state.usedReplies.includes(MIXED_PREFIX) ? null : (mixedFeelings(text) ?? (openBefore && LEFT_OPEN.test(openBefore) ? mixedFeelings(`${openBefore} ${text}`) : null));
    if (mixed) {
      state.usedReplies.push(MIXED_PREFIX);
      return finish({ reply: mixedReply(mixed), kind: 'followup', intent: null, score, safety: null, mood: emotion === 'joy' || emotion === 'unsure' || emotion === 'neutral' ? 'sadness' : emotion });
    }
    // A "but" right after good news ("취업했어요!!" / "근데 원하던 데는 아니에요"): the gladness is kept
    // with what weighs on it, not dropped for a generic heavy reflection (session 35).
    const butAfterGood = !tone && !state.usedReplies.includes(MIXED_PREFIX) && BUT_OPENS.test(text) && prev.turns.at(-1)?.mood === 'joy' && analysis.label !== 'joy' && !namesFeeling(text, 'joy') && !namesRelief(storyBefore.at(-1) ?? '');
    // "저 오늘 생일이에요" / "근데 아무도 몰라요": a birthday no one knew of, told in two turns.
    const alone = butAfterGood ? detectGoodNews(`${storyBefore.at(-1) ?? ''} ${text}`) : null;
    if (alone?.id === 'birthday_alone') {
      const pick = pickUnused(alone.replies, lifeReplyPrefix(alone.id), new Set(state.usedReplies), rnd);
      if (pick) {
        state.usedReplies.push(pick.id);
        return finish({ reply: pick.text, kind: 'retrieval', intent: `life:${alone.id}`, score, safety: null, mood: alone.emotion });
      }
    }
    if (butAfterGood) {
      state.usedReplies.push(MIXED_PREFIX);
      return finish({ reply: BUT_AFTER_GOOD_REPLY, kind: 'followup', intent: null, score, safety: null, mood: 'sadness' });
    }
    const guilt = !tone && speaksGuilt(text, emotion);
    // Joy taken from the thread rather than read in the turn ("3년 준비했어" after "합격했어!") is not news of its own.
    const carried = emotion === 'joy' && analysis.label !== 'joy';
    // A length of time told in a story ("10년 다녔어요", "8주였어요") is taken up (told-duration.ts).
    // The model's reading of a bare length of time says nothing, so the story's mood is taken.
    const storyMood = thread ?? inStory?.emotion ?? null;
    const duration = !tone && storyMood ? toldDuration(text) : null;
    const durationLead = duration && storyMood ? durationReflection(duration, storyMood, text, storyBefore) : null;
    if (durationLead && storyMood) emotion = storyMood;
    // "다행이기도 한데 너무 보고싶어요": the longing is what is told, not the relief (longfit.ts, session 37).
    const longing = !tone && !durationLead && reliefButLonging(text);
    if (longing) emotion = 'sadness';
    // Session 40 (daily, tiredness.ts): "오늘 좀 지쳤어요" is said back as tiredness, not «많이 속상했겠어요».
    const tired = !tone && !durationLead && !longing && (emotion === 'sadness' || emotion === 'neutral' || emotion === 'unsure') && toldTiredness(text) ? pickUnused(tiredLeads(text), TIRED_PREFIX, new Set(state.usedReplies), rnd) : null;
    if (tired) state.usedReplies.push(tired.id);
    const lead = durationLead ?? (longing ? RELIEF_LONGING_LEAD : tone ? null : (tired?.text ?? reliefLead(state, emotion, text, rnd)));
    // Session 39 (invent, told-nothing.ts): a glad occasion told plainly ("엄마 생신인데 엄마가 임영웅
    // 팬이야") is no sorrow, however the model reads it; gladness turned down ("너무 신나는 건 싫고") no joy.
    if (!tone && emotion !== 'joy' && emotion !== 'neutral' && gladOccasion(text) && (emotion === 'unsure' || !namesFeeling(text, emotion))) emotion = 'joy';
    // Session 40 (glad-signs.ts): laughter told in a glad story ("가족들이 다 모여서 웃었어요") is gladness going on.
    if (!tone && emotion !== 'joy' && (thread === 'joy' || prev.turns.at(-1)?.mood === 'joy') && laughedGladly(text) && (emotion === 'unsure' || emotion === 'neutral' || !namesFeeling(text, emotion))) emotion = 'joy';
    if (!tone && emotion === 'joy' && deniesGladness(text)) emotion = 'unsure';
    // Session 39 (invent, told-nothing.ts): a request or a question to the bot that no rule understood
    // ("봄날 있어?", "너무 유명한 거 말고") is told so, not answered as a story it never told ("네, 잘
    // 듣고 있어요. 그때 어떤 생각이 제일 먼저 들었어요?", "요즘 그렇게 지내고 있었군요").
    // Session 40 (daily): never the same honest line twice; the third time an open question (`notCaughtPick`).
    const notCaught = !tone && !lead && asksTheBot(text) ? notCaughtPick(text, state.usedReplies, storyBefore.some((t) => meaningfulLength(t) >= 8 && !asksTheBot(t))) : null;
    if (notCaught) {
      state.usedReplies.push(notCaught.id);
      return finish({ reply: notCaught.text, kind: 'followup', intent: null, score, safety: null, mood: 'neutral' });
    }
    // "울고 싶어서": the wish to cry allowed, not a wish to run away nor a weight carried alone.
    const cry = !tone && !lead && wantsToCry(text) ? pickUnused(CRY_REPLIES, CRY_PREFIX, new Set(state.usedReplies), () => 0) : null;
    if (cry) {
      state.usedReplies.push(cry.id);
      return finish({ reply: cry.text, kind: 'followup', intent: null, score, safety: null, mood: 'sadness' });
    }
    // Session 41 (stockq, answer-echo.ts): a one-word answer inside a story ("수학이요", "편의점이요",
    // "한 두 달 정도?") is said back, and the story's question goes on in the story's mood; it had got
    // «요즘 그렇게 지내고 있었군요. 요즘 마음에 걸리는 일은 없어요?» three times in 40 conversations.
    const inAnswer = !tone && !lead && prev.turns.length > 0 && !guilt;
    const length = inAnswer ? answerLength(text) : null;
    const word = inAnswer && !length ? answerWord(text, prev.lastReply ?? '') : null;
    // A length that measures a loss told before ("2년 정도요" after a break-up) is said as such (told-duration.ts).
    const echo = length ? { id: '', text: (storyMood ? durationReflection(length, storyMood, text, storyBefore) : null) ?? lengthLine(length, text) } : word ? pickUnused(echoLines(word), ECHO_PREFIX, new Set(state.usedReplies), rnd) : null;
    if (echo?.id) state.usedReplies.push(echo.id);
    if (echo) emotion = storyMood ?? (emotion === 'unsure' ? 'neutral' : emotion);
    const reply = followup(state, emotion, rnd, freshNow, tone, coveredNow.has('someone'), coveredNow.has('remark'), questionsOf(inStory), coveredNow.has('elder'), guilt, carried && !lead, lead ?? echo?.text ?? null, MILD.test(text) || mildMood(text));
    return finish({ reply, kind: 'followup', intent: null, score, safety: null, mood: emotion === 'unsure' ? 'neutral' : emotion });
  }

  return {
    index,
    gaugeThreshold,
    newConversation(): ConversationState {
      const seed = nextSeed >>> 0;
      nextSeed = (nextSeed + 1) >>> 0;
      return { version: 1, seed, turns: [], sharedChars: 0, usedReplies: [], askedFollowups: [], coveredTopics: [], lastEmbedding: null, recentTexts: [], safety: null };
    },
    reply,
    gauge: gaugeOf,
    mix: mixOf,
  };
}

