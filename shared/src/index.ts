export * from './reference/index';
export * from './periods';
