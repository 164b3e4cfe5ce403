export * from './schema';
export * from './connection';
export * from './dialect';
export * from './migrate';
export * from './data-version';
