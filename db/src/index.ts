export * from './connection';
export * from './data-version';
export * from './dialect';
export * from './migrate';
export * from './schema';
