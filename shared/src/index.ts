export * from './periods';
export * from './reference/index';
