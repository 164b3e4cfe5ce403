export * from './localities';
export * from './stages';
export * from './offer-vocabulary';
export * from './practices';
export * from './principles';
export * from './recommendations';
export * from './measures';
export * from './workflow';
