export * from './audit';
export * from './offer';
export * from './pagination';
export * from './reporting';
export * from './sign-in';
export * from './trainee';
export * from './user';
export * from './work';
