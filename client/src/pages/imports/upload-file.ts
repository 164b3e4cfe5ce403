/**
 * Sends a file to POST /api/imports/upload (a plain multipart route: tRPC does not carry files).
 * The answer's type is the server's own (server/src/import/uploads.ts `uploadReceipt`).
 */
import type { UploadReceipt } from '@ldm/server';

export type UploadedFile = UploadReceipt;

export async function uploadImportFile(file: File): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file);
  const response = await fetch('/api/imports/upload', { method: 'POST', body, credentials: 'same-origin' });
  const answer = (await response.json().catch(() => ({}))) as Partial<UploadedFile> & { error?: string };
  if (!response.ok || !answer.uploadId)
    throw new Error(answer.error ?? 'The file could not be uploaded. Please try again.');
  return answer as UploadedFile;
}
