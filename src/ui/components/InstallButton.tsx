import { Show } from 'solid-js';
import { installAvailable, promptInstall } from '../services';

/** "앱으로 설치": shown only while the browser offers installation (beforeinstallprompt). */
export function InstallButton() {
  return (
    <Show when={installAvailable()}>
      <button type="button" class="pill pill-install" data-testid="install-button" onClick={() => void promptInstall()}>
        앱으로 설치
      </button>
    </Show>
  );
}
