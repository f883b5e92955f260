/**
 * Saves `blob` as a download named `fileName`: an object URL on a temporary link, clicked, then
 * revoked. Works in browsers and Teams on the web (the tab frame allows downloads). Known host
 * limits, not fixed here: the new Teams desktop client has been reported to allow only the first
 * blob download per tab load (MicrosoftDocs/msteams-docs#9904, #10334), and Teams mobile opens a
 * preview instead of saving (#10780). Print (window.print) is the fallback that needs no download.
 */
export function downloadFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download in Safari.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
