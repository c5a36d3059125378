/** Reading a picked file's text (saving goes through the app's one file path, `AppSession.files`). */

/** The text of the first file picked in an `<input type="file">` change event, with its name. */
export async function pickedText(event: Event): Promise<{ name: string; text: string } | null> {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return null;
  const text = await file.text();
  input.value = '';
  return { name: file.name, text };
}
