/** File helpers for the theatre: download a text or blob as a file, read a chosen file as text. */

/** Saves `data` under `name` through a temporary link (works in the browser twin and in Electron). */
export function downloadFile(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a file the user picked. */
export function readFileText(file: File): Promise<string> {
  return file.text();
}
