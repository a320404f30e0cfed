/**
 * The persistent help banner (safety rules): once a conversation has a safety turn it shows
 * the help lines for the rest of that conversation — 109 / 1577-0199 (suicide) or 112 / 1366
 * (violence).
 */
import { Match, Switch } from 'solid-js';
import type { SafetyFlag } from '../../chat';

export function HelpBanner(props: { flag: SafetyFlag }) {
  return (
    <aside class="help-banner" role="alert" aria-label="도움받을 수 있는 곳" data-testid="help-banner" data-category={props.flag ?? ''}>
      <Switch>
        <Match when={props.flag === 'suicide'}>
          <p class="help-lead">혼자 견디지 않아도 돼요. 지금 바로 이야기를 들어 줄 사람이 있어요.</p>
          <p class="help-lines">
            <a href="tel:109">자살예방상담전화 109</a>
            <span aria-hidden="true"> · </span>
            <a href="tel:15770199">정신건강위기상담 1577-0199</a>
            <span class="help-note"> (24시간)</span>
          </p>
        </Match>
        <Match when={props.flag === 'violence'}>
          <p class="help-lead">지금 위험하다면 망설이지 말고 도움을 요청해 주세요.</p>
          <p class="help-lines">
            <a href="tel:112">경찰 112</a>
            <span aria-hidden="true"> · </span>
            <a href="tel:1366">여성긴급전화 1366</a>
            <span class="help-note"> (24시간)</span>
          </p>
        </Match>
      </Switch>
    </aside>
  );
}
