/**
 * Domain errors are values with codes. Services throw them; the tRPC error formatter maps
 * each code to an HTTP-ish tRPC code and the user sees the plain-language message.
 */
export type DomainErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'INVALID' | 'UNAUTHORIZED' | 'TOO_MANY_REQUESTS';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
