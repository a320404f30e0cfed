/** 설정: theme and gauge, the user's records (export / import / delete), sync opt-in, model and storage. */
import { AboutSection } from '../settings/AboutSection';
import { DataSection } from '../settings/DataSection';
import { PreferencesSection } from '../settings/PreferencesSection';
import { SyncSection } from '../settings/SyncSection';
import '../settings/forms.css';
import '../settings/settings.css';

export function SettingsTab() {
  return (
    <div class="settings">
      <h2 class="visually-hidden">설정</h2>
      <PreferencesSection />
      <DataSection />
      <SyncSection />
      <AboutSection />
    </div>
  );
}
