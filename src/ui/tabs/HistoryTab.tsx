/**
 * 기록: the mood timeline (30 / 90 / 180 days), then past conversations and diary entries by
 * day with full-text search; open one to re-read it (a conversation can be continued in 대화),
 * delete it after a confirm step. The database is read only while the tab is on screen.
 */
import { For, Show, createEffect, createMemo, createResource, createSignal, on, onCleanup } from 'solid-js';
import { EMOTION_KO } from '../../ml/emotions';
import { moodTimeline } from '../../store';
import { MoodTimeline } from '../charts/MoodTimeline';
import { formatDayHeading, formatTime, isoDateTime } from '../history/format';
import { HistoryDetail } from '../history/HistoryDetail';
import { RatedSongs } from '../likes/RatedSongs';
import { groupItems, highlight, loadHistory, searchItems, type HistoryItem, type HistoryKind } from '../history/items';
import { openRecord, setOpenRecord } from '../history/openRecord';
import { activeTab, dataVersion, getDb } from '../services';
import '../settings/forms.css';
import '../history/history.css';

const RANGES = [
  { days: 30, label: '30일', long: '최근 30일' },
  { days: 90, label: '90일', long: '최근 90일' },
  { days: 180, label: '180일', long: '최근 180일' },
] as const;

type RangeDays = (typeof RANGES)[number]['days'];

/** Rows shown before "더 보기". */
const PAGE = 40;

const KIND_LABEL: Record<HistoryKind, string> = { conversation: '대화', diary: '일기' };

export function HistoryTab() {
  let root!: HTMLDivElement;
  // Read the database only while the tab is on screen (lists refresh when data changed meanwhile).
  const shown = () => activeTab() === 'history';

  // ---- timeline
  const [range, setRange] = createSignal<RangeDays>(30);
  const [timeline] = createResource(
    () => (shown() ? { days: range(), version: dataVersion() } : false),
    async ({ days }) => moodTimeline(await getDb(), days),
  );
  const rangeLabel = () => RANGES.find((r) => r.days === range())?.long ?? '';

  // ---- list and search
  const [items] = createResource(
    () => (shown() ? dataVersion() + 1 : false),
    async () => loadHistory(await getDb()),
  );
  const [query, setQuery] = createSignal('');
  const [debounced, setDebounced] = createSignal('');
  createEffect(
    on(query, (q) => {
      const t = setTimeout(() => setDebounced(q.trim()), 150);
      onCleanup(() => clearTimeout(t));
    }),
  );
  const [results] = createResource(
    () => (shown() && debounced() ? { q: debounced(), version: dataVersion() } : false),
    async ({ q }) => searchItems(await getDb(), q, items.latest ?? []),
  );
  const searching = () => debounced() !== '';
  const rows = (): HistoryItem[] => (searching() ? (results.latest ?? []) : (items.latest ?? []));
  const [limit, setLimit] = createSignal(PAGE);
  createEffect(on(debounced, () => setLimit(PAGE), { defer: true }));
  const groups = createMemo(() => groupItems(rows().slice(0, limit())));

  // ---- detail
  // The open record lives with the URL (#history/conversation/ID): reload and back keep it.
  const open = openRecord;
  const setOpen = setOpenRecord;
  const [announce, setAnnounce] = createSignal('');
  createEffect(
    on(announce, (text) => {
      if (!text) return;
      const t = setTimeout(() => setAnnounce(''), 8000);
      onCleanup(() => clearTimeout(t));
    }),
  );
  let listHeading: HTMLHeadingElement | undefined;

  // Back to the list (목록으로, the back button, after a delete): focus the row it came from.
  createEffect(
    on(
      open,
      (o, previous) => {
        if (o || !previous) return;
        queueMicrotask(() => {
          const row = root.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(previous.id)}"]`);
          (row ?? listHeading)?.focus();
        });
      },
      // Not deferred: `previous` must be known from the start (a record opened by the URL).
    ),
  );
  /** 목록으로: the same step back as the back button (the URL route steps back to the list). */
  const back = () => setOpen(null);

  const statusLine = () => {
    if (searching()) {
      if (results.loading && !results.latest) return '찾는 중…';
      const n = rows().length;
      return n === 0 ? `'${debounced()}'에 맞는 기록이 없어요.` : `'${debounced()}'에 맞는 기록 ${n}개를 찾았어요.`;
    }
    return '';
  };

  return (
    <div class="history" ref={(el) => (root = el)}>
      <div class="history-overview" hidden={open() !== null}>
        {/* Search first (session 41): on a phone it sat about 1,200 px down, under the chart and the
            rated songs; while a search is on, those step aside so the results come right under it. */}
        <div role="search" class="history-search">
          <label for="history-search-input" class="visually-hidden">
            기록 검색
          </label>
          <input
            id="history-search-input"
            class="input"
            type="search"
            enterkeyhint="search"
            autocomplete="off"
            placeholder="대화와 일기에서 찾기"
            data-testid="history-search"
            value={query()}
            onInput={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') setDebounced(e.currentTarget.value.trim());
            }}
          />
        </div>
        <p class="note history-status" role="status" aria-live="polite" data-testid="history-status">
          {statusLine() || announce()}
        </p>
        <section class="card history-timeline" aria-labelledby="history-timeline-title" hidden={searching()}>
          <div class="section-head">
            <h2 id="history-timeline-title">감정의 흐름</h2>
            <fieldset class="segmented-field range-switch">
              <legend class="visually-hidden">기간</legend>
              <div class="segmented">
                <For each={RANGES}>
                  {(r) => (
                    <label class="segment">
                      <input
                        type="radio"
                        name="history-range"
                        value={r.days}
                        data-testid={`timeline-range-${r.days}`}
                        aria-label={r.long}
                        checked={range() === r.days}
                        onChange={() => setRange(r.days)}
                      />
                      {/* Named once ("최근 30일"): the label's text is not read again after it. */}
                      <span aria-hidden="true">{r.label}</span>
                    </label>
                  )}
                </For>
              </div>
            </fieldset>
          </div>
          <p class="muted" data-testid="history-timeline-intro">
            하루하루 대화와 일기에 담긴 감정을 모아 보여 드려요. 기록이 없는 날은 비어 있고, 새벽 4시 전의 기록은 전날에
            담겨요.
          </p>
          <Show when={timeline.latest} fallback={<p class="note">불러오는 중…</p>}>
            {(days) => <MoodTimeline days={days()} rangeLabel={rangeLabel()} />}
          </Show>
        </section>

        <Show when={!searching()}>
          <RatedSongs />
        </Show>

        <section class="card history-list" aria-labelledby="history-list-title">
          <h2 id="history-list-title" ref={(el) => (listHeading = el)} tabIndex={-1}>
            지난 기록
          </h2>

          <Show
            when={rows().length > 0}
            fallback={
              <Show when={!searching() && items.latest}>
                <p class="history-empty" data-testid="history-empty">
                  아직 남긴 기록이 없어요. 대화를 나누거나 일기를 쓰면 이곳에 날짜별로 모여요.
                </p>
              </Show>
            }
          >
            <div class="history-days">
              <For each={groups()}>
                {(group) => (
                  <section class="history-day" aria-label={formatDayHeading(group.day)}>
                    <h3 class="history-day-title" data-testid="history-day" data-day={group.day}>
                      <time datetime={group.day}>{formatDayHeading(group.day)}</time>
                    </h3>
                    <ul class="history-items">
                      <For each={group.items}>
                        {(item) => (
                          <li>
                            <button
                              type="button"
                              class="history-item"
                              data-testid="history-item"
                              data-kind={item.kind}
                              data-item-id={item.id}
                              data-day={item.day}
                              onClick={() => setOpen({ kind: item.kind, id: item.id })}
                            >
                              <span class={`kind-badge kind-${item.kind}`}>{KIND_LABEL[item.kind]}</span>
                              <span class="history-item-text">
                                <For each={searching() ? highlight(item.text, debounced()) : [{ text: item.text, match: false }]}>
                                  {(part) => (part.match ? <mark>{part.text}</mark> : part.text)}
                                </For>
                              </span>
                              <span class="history-item-meta">
                                <time datetime={isoDateTime(item.at)}>{formatTime(item.at)}</time>
                                <Show when={item.label}>
                                  {(label) => <span>{` · ${EMOTION_KO[label()]}`}</span>}
                                </Show>
                                <Show when={(item.matches ?? 0) > 1}>
                                  <span>{` · ${item.matches}곳`}</span>
                                </Show>
                              </span>
                            </button>
                          </li>
                        )}
                      </For>
                    </ul>
                  </section>
                )}
              </For>
            </div>
            <Show when={rows().length > limit()}>
              <button type="button" class="button button-quiet more-button" onClick={() => setLimit((n) => n + PAGE)}>
                더 보기 ({(rows().length - limit()).toLocaleString('ko-KR')}개 남음)
              </button>
            </Show>
          </Show>
        </section>
      </div>
      <Show when={open()}>
        {(o) => (
          <HistoryDetail
            kind={o().kind}
            id={o().id}
            onBack={back}
            onContinued={() => setOpen(null)}
            onDeleted={(message) => {
              setAnnounce(message);
              back();
            }}
          />
        )}
      </Show>
    </div>
  );
}
