import { For, createEffect, on, onCleanup, onMount, type Component } from 'solid-js';
import { restoreCurrentConversation, setAsideStaleConversation } from './chat/session';
import { openRecord, setOpenRecord } from './history/openRecord';
import { bindUrlRoute } from './routing/urlRoute';
import { BrandMark } from './components/BrandMark';
import { InstallButton } from './components/InstallButton';
import { ModelStatus } from './components/ModelStatus';
import { OfflineBadge } from './components/OfflineBadge';
import { StorageNotice } from './components/StorageNotice';
import { UpdateToast } from './components/UpdateToast';
import { activeTab, initServices, saveKeptWrites, setActiveTab, type TabId } from './services';
import { ChatTab } from './tabs/ChatTab';
import { DiaryTab } from './tabs/DiaryTab';
import { HistoryTab } from './tabs/HistoryTab';
import { SettingsTab } from './tabs/SettingsTab';
import { applyTabScroll, tabScroll } from './tabs/tabScroll';

export type { TabId };

const TABS: { id: TabId; label: string; view: Component }[] = [
  { id: 'chat', label: '대화', view: ChatTab },
  { id: 'diary', label: '일기', view: DiaryTab },
  { id: 'history', label: '기록', view: HistoryTab },
  { id: 'settings', label: '설정', view: SettingsTab },
];

export function App() {
  const current = activeTab;
  const setCurrent = setActiveTab;
  const tabRefs = new Map<TabId, HTMLButtonElement>();

  // WAI-ARIA tabs: arrows/Home/End move between tabs, activation follows focus.
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === current());
    const next =
      e.key === 'ArrowRight' ? (i + 1) % TABS.length
      : e.key === 'ArrowLeft' ? (i - 1 + TABS.length) % TABS.length
      : e.key === 'Home' ? 0
      : e.key === 'End' ? TABS.length - 1
      : -1;
    const tab = TABS[next];
    if (!tab) return;
    e.preventDefault();
    setCurrent(tab.id);
    tabRefs.get(tab.id)?.focus();
  };

  // The tab (and the record open on 기록) lives in the URL hash: reload and back keep the place.
  bindUrlRoute({
    current: () => ({ tab: current(), record: current() === 'history' ? openRecord() : null }),
    apply: (route) => {
      setCurrent(route.tab);
      if (route.tab === 'history') setOpenRecord(route.record ?? null);
    },
  });

  // Session 40: a new tab opens at its top; 대화 shows the latest message and the input.
  createEffect(
    on(current, (next, prev) => {
      applyTabScroll(tabScroll(prev, next));
    }),
  );

  // The tab bar's height, for what sits sticky below it (the storage notice): large text makes it taller.
  let tabBar!: HTMLElement;
  onMount(() => {
    const root = document.documentElement;
    const set = () => root.style.setProperty('--tabs-h', `${tabBar.offsetHeight}px`);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(set) : null;
    observer?.observe(tabBar);
    set();
    onCleanup(() => observer?.disconnect());
  });

  // Everything starts once: database + settings, model worker, dialogue index, catalogue.
  initServices();
  onMount(() => {
    void restoreCurrentConversation();
  });
  // A tab that stays open for days (a phone PWA kept in memory) is never reloaded: look again
  // when it comes back into view, and now and then while it stays in view.
  // Writes a full disk refused are tried again then too: the user may have made room elsewhere.
  onMount(() => {
    const look = () => {
      if (document.visibilityState !== 'visible') return;
      setAsideStaleConversation();
      void saveKeptWrites();
    };
    document.addEventListener('visibilitychange', look);
    window.addEventListener('focus', look);
    const timer = setInterval(look, 5 * 60 * 1000);
    onCleanup(() => {
      document.removeEventListener('visibilitychange', look);
      window.removeEventListener('focus', look);
      clearInterval(timer);
    });
  });

  return (
    <div class="app" data-tab={current()}>
      <a
        class="skip-link"
        href="#main"
        onClick={(e) => {
          // Focus the content without putting '#main' in the URL (it holds the tab, see ./routing).
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        본문으로 건너뛰기
      </a>
      <header class="app-header">
        <div class="brand">
          <BrandMark class="brand-mark" />
          <div>
            <h1 class="brand-name">음악 쉼표</h1>
            <p class="brand-tagline">마음이 잠시 쉬어 가는 곳</p>
          </div>
        </div>
        <div class="header-actions">
          <InstallButton />
          <OfflineBadge />
        </div>
      </header>

      <nav class="tabs" role="tablist" aria-label="메뉴" onKeyDown={onKeyDown} ref={(el) => (tabBar = el)}>
        <For each={TABS}>
          {(tab) => (
            <button
              ref={(el) => tabRefs.set(tab.id, el)}
              type="button"
              role="tab"
              class="tab"
              id={`tab-${tab.id}`}
              aria-controls={`panel-${tab.id}`}
              aria-selected={current() === tab.id}
              tabIndex={current() === tab.id ? 0 : -1}
              onClick={() => {
                // A tab tapped again (like a phone app's): 대화 goes back to the input, others to their top.
                if (current() === tab.id) applyTabScroll(tabScroll(tab.id, tab.id));
                else setCurrent(tab.id);
              }}
            >
              {tab.label}
            </button>
          )}
        </For>
      </nav>

      <StorageNotice />

      <main id="main" class="app-main" tabIndex={-1}>
        <For each={TABS}>
          {(tab) => (
            <div
              class={`panel panel-${tab.id}`}
              role="tabpanel"
              id={`panel-${tab.id}`}
              aria-labelledby={`tab-${tab.id}`}
              hidden={current() !== tab.id}
            >
              <tab.view />
            </div>
          )}
        </For>
      </main>

      <footer class="app-footer">
        <ModelStatus />
      </footer>

      <div class="toasts">
        <UpdateToast />
      </div>
    </div>
  );
}
