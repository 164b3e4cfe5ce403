export type { UploadReceipt } from './import/uploads';
export type { AppRouter } from './router';
