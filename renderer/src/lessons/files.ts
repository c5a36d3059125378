/** Reading a picked file's text and saving text as a download (works in the twin and in Electron). */
import { download } from '../areas/world/download';

/** Saves `text` as a JSON file. */
export function saveText(text: string, fileName: string): void {
  download(new Blob([text], { type: 'application/json' }), fileName);
}

/** The text of the first file picked in an `<input type="file">` change event, with its name. */
export async function pickedText(event: Event): Promise<{ name: string; text: string } | null> {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return null;
  const text = await file.text();
  input.value = '';
  return { name: file.name, text };
}
