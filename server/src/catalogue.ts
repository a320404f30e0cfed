import { readFile } from 'node:fs/promises';
import { z } from 'zod';

// Only the ids matter here; the rest of each song belongs to the app.
const catalogueSchema = z.object({
  songs: z.array(z.looseObject({ id: z.string().min(1) })).min(1),
});

/** Reads the app's song catalogue and returns the set of ids feedback may refer to. */
export async function loadSongIds(file: string): Promise<ReadonlySet<string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the song catalogue at ${file} (set SONGS_FILE): ${(error as Error).message}`, {
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`The song catalogue at ${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = catalogueSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`The song catalogue at ${file} is not {"songs": [{"id": …}, …]}: ${z.prettifyError(parsed.error)}`);
  }
  return new Set(parsed.data.songs.map((song) => song.id));
}
