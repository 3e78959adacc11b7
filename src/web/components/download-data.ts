/**
 * "Download my data": a fresh export from the server (after a step-up when it
 * asks for one), handed to the browser as a file. The file exists only on the
 * person's device; the app keeps no copy once the download has started.
 */
import { yourDataOperations } from '../../contract/operations/your-data';
import { call } from '../api/client';
import type { ExportDocument } from '../api/types';
import { withStepUp } from '../state/step-up';

export const exportFileName = (document: ExportDocument) =>
  `mend-export-${document.exportedAt.slice(0, 10)}.json`;

/** Saves text as a file through a short-lived object URL. */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by then; the object URL need not outlive it.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Exports and saves; resolves with the file's name. */
export async function downloadMyData(): Promise<string> {
  const exported = await withStepUp(() => call(yourDataOperations.exportMyData));
  const name = exportFileName(exported);
  saveFile(name, `${JSON.stringify(exported, null, 2)}\n`, 'application/json');
  return name;
}
