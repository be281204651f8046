/** Saves `text` as a file through the browser's download, from memory: nothing is sent anywhere. */
export function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The download has taken the blob by the next task; the URL need not outlive it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
