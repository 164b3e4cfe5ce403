/**
 * Sends a file to POST /api/imports/upload (a plain multipart route: tRPC does not carry files).
 * The answer's shape is that route's contract (server/src/http/upload-route.ts).
 */
export interface UploadedFile {
  uploadId: string;
  fileName: string;
  size: number;
}

export async function uploadImportFile(file: File): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file);
  const response = await fetch('/api/imports/upload', { method: 'POST', body, credentials: 'same-origin' });
  const answer = (await response.json().catch(() => ({}))) as Partial<UploadedFile> & { error?: string };
  if (!response.ok || !answer.uploadId)
    throw new Error(answer.error ?? 'The file could not be uploaded. Please try again.');
  return answer as UploadedFile;
}
