/**
 * A conversation as a plain text file, made from what the page holds (not from the database):
 * when the disk is full, the latest messages are not in IndexedDB, so 설정's export would miss
 * exactly them. The storage notice offers this as "이 대화 파일로 저장".
 */
import { localDay } from '../../store';
import { formatDateTime, formatTime } from '../history/format';

export interface FileMessage {
  role: 'user' | 'bot';
  text: string;
  createdAt: number;
}

const SPEAKER: Record<FileMessage['role'], string> = { user: '나', bot: '음악 쉼표' };

/** The file's text: a heading, then one paragraph per message, "나 (오후 8:15)" over its words. */
export function conversationText(messages: readonly FileMessage[], now: number = Date.now()): string {
  const first = messages[0];
  const lines = ['음악 쉼표 · 대화'];
  if (first) lines.push(`${formatDateTime(first.createdAt, now)}부터`);
  lines.push('');
  for (const m of messages) {
    lines.push(`${SPEAKER[m.role]} (${formatTime(m.createdAt)})`, m.text.trim(), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** "음악쉼표-대화-2026-11-24.txt" (the day the conversation began). */
export function conversationFileName(messages: readonly FileMessage[], now: number = Date.now()): string {
  return `음악쉼표-대화-${localDay(messages[0]?.createdAt ?? now)}.txt`;
}

/** Downloads the conversation as a UTF-8 text file; returns the file's name. */
export function downloadConversation(messages: readonly FileMessage[], now: number = Date.now()): string {
  const name = conversationFileName(messages, now);
  // A byte-order mark, so Windows Notepad reads the Korean as UTF-8.
  const blob = new Blob(['\uFEFF', conversationText(messages, now)], { type: 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
