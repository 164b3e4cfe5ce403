export * from './pagination';
export * from './sign-in';
export * from './user';
export * from './offer';
export * from './trainee';
export * from './audit';
export * from './reporting';
