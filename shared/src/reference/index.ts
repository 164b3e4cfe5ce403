export * from './localities';
export * from './measures';
export * from './offer-vocabulary';
export * from './practices';
export * from './principles';
export * from './recommendations';
export * from './stages';
export * from './workflow';
