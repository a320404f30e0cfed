/* @refresh reload */
import { render } from 'solid-js/web';
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/app.css';
import { App } from './ui/App';

const root = document.getElementById('app');
if (!root) throw new Error('#app is missing from index.html');
render(() => <App />, root);
