/* @refresh reload */
import { render } from 'solid-js/web';
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/app.css';
import './ui/styles/chat.css';
import './ui/styles/songs.css';
import './ui/styles/charts.css';
import './ui/styles/touch.css';
import { App } from './ui/App';

// The theme chosen in 설정, applied before the first paint (services.ts keeps this copy).
try {
  const theme = localStorage.getItem('maum.theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
} catch {
  // No localStorage: the theme follows once the settings are read.
}

// The chat restores its conversation and scrolls to the newest message itself.
if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

const root = document.getElementById('app');
if (!root) throw new Error('#app is missing from index.html');
render(() => <App />, root);
