/** The backup file as DataSection writes it, and its size (AboutSection's "내 기록" line). */
import { exportAll, exportBytes, exportCounts, type MaumExport, type SongInfo, type TableCounts } from '../../store';
import { getCatalogue, getDb } from '../services';

export interface ExportFile {
  data: MaumExport;
  /** The file's text (pretty-printed JSON). */
  text: string;
  bytes: number;
  counts: TableCounts;
}

/** Titles and artists from the catalogue; none when it cannot be loaded (the ids stay). */
async function songInfo(): Promise<SongInfo | undefined> {
  const catalogue = await getCatalogue().catch(() => null);
  if (!catalogue) return undefined;
  return (id) => {
    const song = catalogue.byId.get(id);
    return song && { title: song.title, artist: song.artist };
  };
}

/** Everything the user has, as the export file; null if the records could not be read. */
export async function buildExportFile(now = Date.now()): Promise<ExportFile | null> {
  const [db, info] = await Promise.all([getDb(), songInfo()]);
  const data = await exportAll(db, now, info);
  if (!data) return null;
  return { data, text: JSON.stringify(data, null, 2), bytes: exportBytes(data), counts: exportCounts(data) };
}
