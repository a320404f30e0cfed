/** The record open in full on 기록 (null: the list), shared with the URL route (src/ui/routing). */
import { createSignal } from 'solid-js';
import type { HistoryKind } from './items';

export interface OpenRecord {
  kind: HistoryKind;
  id: string;
}

const [openRecord, setOpenRecord] = createSignal<OpenRecord | null>(null, {
  equals: (a, b) => a?.kind === b?.kind && a?.id === b?.id,
});

export { openRecord, setOpenRecord };
