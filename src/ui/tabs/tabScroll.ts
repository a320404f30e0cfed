/**
 * Where the page goes when a tab is chosen (session 40). Testers opened 기록 after a long chat and
 * landed at the bottom of its list (the window kept the chat's scroll position), and tapping 대화
 * while reading the songs below the chat did nothing.
 *
 *  - another tab: its top ('top');
 *  - 대화 from another tab: the latest message and the input in view ('latest'), as the chat
 *    always keeps them;
 *  - 대화 tapped again while on 대화 (like a phone app's tab re-tap), or "대화로 돌아가기" under the
 *    songs: back to the input, focused ('input');
 *  - another tab tapped again: its top;
 *  - the first render (nothing chosen yet): nothing.
 */
import type { TabId } from '../services';

export type TabScroll = 'top' | 'latest' | 'input' | 'none';

export function tabScroll(prev: TabId | undefined, next: TabId): TabScroll {
  if (prev === undefined) return 'none';
  if (next === 'chat') return prev === 'chat' ? 'input' : 'latest';
  return 'top';
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Shows the end of the chat (the latest message and the input above the fold's bottom edge) and,
 * with `focus`, puts the cursor in the input (without a second scroll).
 */
export function showChatInput(focus: boolean, behavior?: ScrollBehavior): void {
  const column = document.querySelector<HTMLElement>('#panel-chat .chat-column');
  const input = document.getElementById('chat-input') as HTMLTextAreaElement | null;
  column?.scrollIntoView({ block: 'end', behavior: behavior ?? (focus && !reducedMotion() ? 'smooth' : 'auto') });
  if (focus) input?.focus({ preventScroll: true });
}

/** Applies a TabScroll (DOM). */
export function applyTabScroll(kind: TabScroll): void {
  if (kind === 'top') window.scrollTo({ top: 0, behavior: 'auto' });
  else if (kind === 'latest') showChatInput(false, 'auto');
  else if (kind === 'input') showChatInput(true);
}
