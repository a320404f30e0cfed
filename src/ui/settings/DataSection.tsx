/**
 * 설정 · 내 기록: export to one readable JSON backup file (./exportFile.ts), import it back
 * (merged; old and new files), delete everything.
 * Session 41: the delete confirm puts 취소 first (it takes focus; Tab goes on to "네, 모두
 * 지울게요"), and Escape closes it from either button or from "모든 기록 지우기…" itself.
 */
import { Show, createSignal } from 'solid-js';
import {
  DEFAULT_SETTINGS,
  deleteAll,
  exportFileName,
  getAllSettings,
  importAll,
  setSetting,
} from '../../store';
import { buildExportFile } from './exportFile';
import { describeCounts, totalCount } from './counts';
import { getDb, notifyDataChanged, settings, startNewConversation, updateSetting } from '../services';
import { saveServerUrl } from './syncServer';

/** Backups above this are refused before reading (a personal history is a few MB at most). */
const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

type Notice = { kind: 'ok' | 'error'; text: string } | null;

export function DataSection() {
  const [busy, setBusy] = createSignal<'export' | 'import' | 'delete' | null>(null);
  const [notice, setNotice] = createSignal<Notice>(null);
  const [confirming, setConfirming] = createSignal(false);
  let fileInput!: HTMLInputElement;
  let deleteButton!: HTMLButtonElement;
  let cancelButton: HTMLButtonElement | undefined;

  const exportData = async () => {
    setBusy('export');
    setNotice(null);
    try {
      const file = await buildExportFile();
      if (!file) {
        setNotice({ kind: 'error', text: '기록을 읽지 못해 내보내지 못했어요. 잠시 뒤 다시 시도해 주세요.' });
        return;
      }
      const blob = new Blob([file.text], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = exportFileName();
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      const what = describeCounts(file.counts);
      setNotice({
        kind: 'ok',
        text: what
          ? `${link.download} 파일로 내보냈어요 (${what}).`
          : `${link.download} 파일로 내보냈어요. 아직 저장된 기록은 없어요.`,
      });
    } finally {
      setBusy(null);
    }
  };

  const importFile = async (file: File) => {
    setBusy('import');
    setNotice(null);
    try {
      if (file.size > MAX_IMPORT_BYTES) {
        setNotice({ kind: 'error', text: '파일이 너무 커요. 음악 쉼표에서 내보낸 백업 파일인지 확인해 주세요.' });
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        setNotice({ kind: 'error', text: '파일을 읽지 못했어요. 다시 선택해 주세요.' });
        return;
      }
      const db = await getDb();
      const before = settings();
      const result = await importAll(db, text);
      if (!result.ok) {
        setNotice({ kind: 'error', text: result.message });
        return;
      }
      // Sync is opted into on each device: a backup never turns it on here.
      if (!before.syncEnabled) await setSetting(db, 'syncEnabled', false);
      // Settings that were not set here before come from the backup: apply them now.
      const stored = await getAllSettings(db);
      if (stored.theme !== before.theme) await updateSetting('theme', stored.theme);
      if (stored.gaugeThreshold !== before.gaugeThreshold) await updateSetting('gaugeThreshold', stored.gaugeThreshold);
      notifyDataChanged();
      const added = describeCounts(result.added);
      const skipped = totalCount(result.skipped);
      const skippedText = skipped > 0 ? ` 이미 있던 기록 ${skipped.toLocaleString('ko-KR')}개는 건너뛰었어요.` : '';
      setNotice({
        kind: 'ok',
        text: added
          ? `가져왔어요: ${added}.${skippedText}`
          : totalCount(result.added) > 0
            ? `기록을 가져왔어요.${skippedText}`
            : `새로 가져올 기록이 없어요. 모두 이미 들어 있어요.`,
      });
    } finally {
      setBusy(null);
      fileInput.value = '';
    }
  };

  const openConfirm = () => {
    setNotice(null);
    setConfirming(true);
    cancelButton?.focus();
  };

  const closeConfirm = () => {
    setConfirming(false);
    deleteButton.focus();
  };

  const onEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !confirming() || busy() === 'delete') return;
    e.stopPropagation();
    closeConfirm();
  };

  const deleteEverything = async () => {
    setBusy('delete');
    try {
      const db = await getDb();
      // Back to the default settings first (sync off stops sending and wipes its queue and
      // install id), then empty every table, the settings rows these writes left included.
      if (settings().syncEnabled) await updateSetting('syncEnabled', false);
      if (settings().theme !== DEFAULT_SETTINGS.theme) await updateSetting('theme', DEFAULT_SETTINGS.theme);
      if (settings().gaugeThreshold !== DEFAULT_SETTINGS.gaugeThreshold) {
        await updateSetting('gaugeThreshold', DEFAULT_SETTINGS.gaugeThreshold);
      }
      const ok = await deleteAll(db);
      if (!ok) {
        setNotice({ kind: 'error', text: '기록을 지우지 못했어요. 잠시 뒤 다시 시도해 주세요.' });
        return;
      }
      saveServerUrl('');
      startNewConversation();
      notifyDataChanged();
      setNotice({ kind: 'ok', text: '모든 기록을 지웠어요. 이 기기에 남은 대화와 일기가 없어요.' });
    } finally {
      setBusy(null);
      setConfirming(false);
      deleteButton.focus();
    }
  };

  return (
    <section class="card settings-section" aria-labelledby="settings-data-title">
      <h2 id="settings-data-title">내 기록</h2>
      <p class="muted">
        대화와 일기는 이 기기에만 저장돼요. 백업 파일로 내보내 두면 다른 기기에서도 백업 파일 가져오기로 다시 불러올 수
        있어요. 메모장으로 열면 대화와 일기를 읽을 수 있어요(앱이 쓰는 번호와 감정 수치도 함께 들어 있어요).
      </p>

      <div class="settings-actions">
        <button
          type="button"
          class="button"
          data-testid="settings-export"
          disabled={busy() !== null}
          onClick={() => void exportData()}
        >
          {busy() === 'export' ? '내보내는 중…' : '백업 파일로 내보내기'}
        </button>

        <input
          ref={(el) => (fileInput = el)}
          id="settings-import-file"
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          data-testid="settings-import"
          disabled={busy() !== null}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void importFile(file);
          }}
        />
        <label for="settings-import-file" class="button button-quiet file-button" aria-disabled={busy() !== null}>
          {busy() === 'import' ? '가져오는 중…' : '백업 파일 가져오기'}
        </label>
      </div>
      <p class="note">가져온 기록은 지금 기록에 더해져요. 이미 있는 기록은 두 번 들어가지 않아요.</p>

      <div class="settings-notice" role="status" aria-live="polite" data-testid="settings-data-status">
        <Show when={notice()}>
          {(n) => <p class={n().kind === 'error' ? 'error-text' : 'success-text'}>{n().text}</p>}
        </Show>
      </div>

      <div class="danger-zone">
        <h3>모든 기록 지우기</h3>
        <p class="note">대화, 일기, 노래 평가, 설정을 이 기기에서 모두 지워요.</p>
        <button
          ref={(el) => (deleteButton = el)}
          type="button"
          class="button button-quiet button-danger-quiet"
          data-testid="settings-delete-all"
          aria-expanded={confirming()}
          aria-controls="settings-delete-confirm"
          onKeyDown={onEscape}
          disabled={busy() !== null && busy() !== 'delete'}
          onClick={() => (confirming() ? closeConfirm() : openConfirm())}
        >
          모든 기록 지우기…
        </button>
        <div
          id="settings-delete-confirm"
          class="confirm"
          role="group"
          aria-labelledby="settings-delete-question"
          hidden={!confirming()}
          onKeyDown={onEscape}
        >
          <p id="settings-delete-question" class="confirm-question">
            정말 모두 지울까요? 지운 기록은 되돌릴 수 없어요. 필요하면 먼저 내보내 두세요.
          </p>
          <div class="confirm-actions">
            <button
              ref={(el) => (cancelButton = el)}
              type="button"
              class="button button-quiet"
              data-testid="settings-cancel-delete-all"
              onClick={closeConfirm}
            >
              취소
            </button>
            <button
              type="button"
              class="button button-danger"
              data-testid="settings-confirm-delete-all"
              disabled={busy() !== null}
              onClick={() => void deleteEverything()}
            >
              {busy() === 'delete' ? '지우는 중…' : '네, 모두 지울게요'}
            </button>
          </div>
        </div>
      </div>
    </section>
  );
}
