/**
 * One past conversation or diary entry, re-read in full, with delete (confirmed; at the top,
 * beside the kind badge, not below the songs) and, for a conversation, "continue".
 */
import { For, Match, Show, Switch, createEffect, createResource, on, onMount } from 'solid-js';
import { cosine, type Catalogue, type Recommendation, type RecommendationMode } from '../../recommend';
import {
  deleteConversation,
  deleteDiaryEntry,
  getConversation,
  getDiaryEntry,
  type ConversationDetail,
  type DiaryEntry,
} from '../../store';
import { EmotionDonut } from '../charts/EmotionDonut';
import { HelpBanner } from '../chat/HelpBanner';
import { openConversation, session, startNewConversation } from '../chat/session';
import { getCatalogue, getDb, notifyDataChanged } from '../services';
import { SongList } from '../songs/SongList';
import { ConfirmDelete } from './ConfirmDelete';
import { formatDateTime, formatTime, isoDateTime } from './format';
import type { HistoryKind } from './items';
import { storedSongReason } from './storedReason';

export interface HistoryDetailProps {
  kind: HistoryKind;
  id: string;
  onBack: () => void;
  /** After a successful delete, with a Korean line to announce. */
  onDeleted: (message: string) => void;
  /** The conversation was reopened in 대화 (the list shows again when 기록 is next opened). */
  onContinued: () => void;
}

/** Songs stored by id, as SongList items (the reason says when, and for which feelings, in words). */
async function storedSongs(
  songIds: readonly string[],
  mood: readonly number[],
  when: string,
  mode?: RecommendationMode,
): Promise<{ items: Recommendation[]; missing: number }> {
  let catalogue: Catalogue;
  try {
    catalogue = await getCatalogue();
  } catch {
    return { items: [], missing: songIds.length };
  }
  const items: Recommendation[] = [];
  for (const id of songIds) {
    const song = catalogue.byId.get(id);
    if (!song) continue;
    const similarity = Math.max(0, cosine(mood, song.vector));
    items.push({
      song,
      score: similarity,
      reason: storedSongReason(when, mood, song.vector, mode),
      parts: { mood: similarity, lyric: null, jitter: 0, boost: 0 },
    });
  }
  return { items, missing: songIds.length - items.length };
}

export function HistoryDetail(props: HistoryDetailProps) {
  let heading: HTMLHeadingElement | undefined;
  // Focus the title once the record is on screen (the loading title is replaced by then).
  const focusHeading = () => queueMicrotask(() => heading?.focus());
  onMount(focusHeading);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      props.onBack();
    }
  };

  return (
    <section class="card history-detail" data-testid="history-detail" data-kind={props.kind} onKeyDown={onKeyDown}>
      <button type="button" class="back-button" data-testid="history-back" onClick={() => props.onBack()}>
        <span aria-hidden="true">←</span> 목록으로
      </button>
      <Switch>
        <Match when={props.kind === 'diary'}>
          <DiaryDetail {...props} headingRef={(el) => (heading = el)} onLoaded={focusHeading} />
        </Match>
        <Match when={props.kind === 'conversation'}>
          <ConversationView {...props} headingRef={(el) => (heading = el)} onLoaded={focusHeading} />
        </Match>
      </Switch>
    </section>
  );
}

type ViewProps = HistoryDetailProps & { headingRef: (el: HTMLHeadingElement) => void; onLoaded: () => void };

function DiaryDetail(props: ViewProps) {
  const [entry] = createResource(
    () => props.id,
    async (id): Promise<DiaryEntry | null> => (await getDiaryEntry(await getDb(), id)) ?? null,
  );
  const [songs] = createResource(entry, (e) => storedSongs(e.songIds, e.emotions, '이 일기를 쓸 때'));
  createEffect(on(() => entry.loading, (loading) => !loading && props.onLoaded(), { defer: true }));

  const remove = async () => {
    const ok = await deleteDiaryEntry(await getDb(), props.id);
    if (!ok) return;
    notifyDataChanged();
    props.onDeleted('일기를 지웠어요.');
  };

  return (
    <Show
      when={entry()}
      fallback={
        <>
          <h2 ref={props.headingRef} tabIndex={-1}>
            일기
          </h2>
          <p class="note">{entry.loading ? '불러오는 중…' : '이 일기를 찾을 수 없어요. 이미 지워졌을 수 있어요.'}</p>
        </>
      }
    >
      {(e) => (
        <>
          <header class="detail-head">
            <div class="detail-head-row">
              <p class="kind-badge kind-diary">일기</p>
              <ConfirmDelete
                label="이 일기 지우기"
                question="이 일기를 지울까요? 지운 일기는 되돌릴 수 없어요."
                onConfirm={remove}
              />
            </div>
            <h2 ref={props.headingRef} tabIndex={-1} data-testid="history-detail-title">
              <time datetime={isoDateTime(e().createdAt)}>{formatDateTime(e().createdAt)}</time>
            </h2>
          </header>
          <p class="diary-text" data-testid="history-detail-text">
            {e().text}
          </p>
          <EmotionDonut mix={e().emotions} title="이 일기에 담긴 마음" testId="history-diary-chart" height={200} />
          <div class="detail-songs">
            <h3>그때 고른 노래</h3>
            <Show when={songs()} fallback={<p class="note">노래를 불러오는 중…</p>}>
              {(s) => (
                <>
                  <SongList
                    items={s().items}
                    mode="similar"
                    mood={e().emotions}
                    sourceId={e().id}
                    label="이 일기와 어울리는 노래"
                    testId="history-diary-songs"
                    emptyText={
                      e().songIds.length === 0 ? '이 일기에는 고른 노래가 없어요.' : '노래 목록을 불러오지 못했어요.'
                    }
                  />
                  <Show when={s().missing > 0 && s().items.length > 0}>
                    <p class="note">노래 {s().missing}곡은 지금 목록에 없어 보여 드릴 수 없어요.</p>
                  </Show>
                </>
              )}
            </Show>
          </div>
        </>
      )}
    </Show>
  );
}

const MODE_TITLE: Record<RecommendationMode, string> = {
  similar: '지금 내 감정과 비슷한 노래',
  shift: '기분을 바꿔 줄 노래',
};

function ConversationView(props: ViewProps) {
  const [detail] = createResource(
    () => props.id,
    async (id): Promise<ConversationDetail | null> => (await getConversation(await getDb(), id)) ?? null,
  );
  createEffect(on(() => detail.loading, (loading) => !loading && props.onLoaded(), { defer: true }));
  const mix = () => {
    const d = detail();
    if (!d) return null;
    const m = d.analysis?.mix ?? d.conversation.mix;
    return m.some((v) => v > 0) ? m : null;
  };
  /** The latest list shown in each mode. */
  const [songs] = createResource(detail, async (d) => {
    const m = d.analysis?.mix ?? d.conversation.mix;
    const out: { mode: RecommendationMode; items: Recommendation[] }[] = [];
    for (const mode of ['similar', 'shift'] as const) {
      const shown = [...d.recommendations].reverse().find((r) => r.mode === mode);
      if (!shown) continue;
      const { items } = await storedSongs(shown.songIds, m, '이 대화를 나눌 때', mode);
      if (items.length) out.push({ mode, items });
    }
    return out;
  });

  const remove = async () => {
    const ok = await deleteConversation(await getDb(), props.id);
    if (!ok) return;
    // The chat tab must not keep writing into a conversation that is gone.
    if (session.conversationId === props.id) startNewConversation();
    notifyDataChanged();
    props.onDeleted('대화를 지웠어요.');
  };

  return (
    <Show
      when={detail()}
      fallback={
        <>
          <h2 ref={props.headingRef} tabIndex={-1}>
            대화
          </h2>
          <p class="note">{detail.loading ? '불러오는 중…' : '이 대화를 찾을 수 없어요. 이미 지워졌을 수 있어요.'}</p>
        </>
      }
    >
      {(d) => (
        <>
          <header class="detail-head">
            <div class="detail-head-row">
              <p class="kind-badge kind-conversation">대화</p>
              <ConfirmDelete
                label="이 대화 지우기"
                question="이 대화를 지울까요? 주고받은 메시지와 감정 기록이 함께 지워지고, 되돌릴 수 없어요."
                onConfirm={remove}
              />
            </div>
            <h2 ref={props.headingRef} tabIndex={-1} data-testid="history-detail-title">
              {d().conversation.title || '제목 없는 대화'}
            </h2>
            <p class="note">
              <time datetime={isoDateTime(d().conversation.startedAt)}>{formatDateTime(d().conversation.startedAt)}</time>
              {` · 메시지 ${d().messages.length}개`}
            </p>
          </header>
          <Show when={d().conversation.safety}>
            <HelpBanner flag={d().conversation.safety} />
          </Show>
          <div class="detail-actions">
            <button
              type="button"
              class="button"
              data-testid="history-continue"
              onClick={() => {
                void openConversation(props.id);
                props.onContinued();
              }}
            >
              이 대화 이어서 하기
            </button>
          </div>
          <ol class="transcript" aria-label="대화 내용">
            <For each={d().messages}>
              {(m) => (
                <li class={`transcript-message from-${m.role}`}>
                  <span class="visually-hidden">{m.role === 'user' ? '나: ' : '음악 쉼표: '}</span>
                  <p class="transcript-text">{m.text}</p>
                  <time class="transcript-time" datetime={isoDateTime(m.createdAt)}>
                    {formatTime(m.createdAt)}
                  </time>
                </li>
              )}
            </For>
          </ol>
          <Show when={mix()}>
            {(m) => <EmotionDonut mix={m()} title="이 대화에 담긴 마음" testId="history-conversation-chart" height={200} />}
          </Show>
          <Show when={songs()?.length}>
            <div class="detail-songs">
              <For each={songs()}>
                {(group) => (
                  <>
                    <h3>{MODE_TITLE[group.mode]}</h3>
                    <SongList
                      items={group.items}
                      mode={group.mode}
                      mood={d().analysis?.mix ?? d().conversation.mix}
                      sourceId={props.id}
                      testId={`history-songs-${group.mode}`}
                    />
                  </>
                )}
              </For>
            </div>
          </Show>
        </>
      )}
    </Show>
  );
}
