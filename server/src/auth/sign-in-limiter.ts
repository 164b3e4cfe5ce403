/**
 * Sign-in rate limits (rate-limiter-flexible, memory store): failed attempts are counted per
 * account (email) and per client address; once either limit is reached, sign-in is refused —
 * even with the right password — until the block ends.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../errors';

export interface SignInLimits {
  perAccount: number;
  perAddress: number;
  /** Window and block length. */
  minutes: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAccount: 5, perAddress: 30, minutes: 15 };

export class SignInLimiter {
  private readonly account: RateLimiterMemory;
  private readonly address: RateLimiterMemory;

  constructor(private readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS) {
    const seconds = limits.minutes * 60;
    this.account = new RateLimiterMemory({
      keyPrefix: 'account',
      points: limits.perAccount,
      duration: seconds,
      blockDuration: seconds,
    });
    this.address = new RateLimiterMemory({
      keyPrefix: 'address',
      points: limits.perAddress,
      duration: seconds,
      blockDuration: seconds,
    });
  }

  /** Throws TOO_MANY_REQUESTS with "try again in N minutes" when the account or the address is blocked. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.account.get(email), this.address.get(ip)]);
    const waits = [
      account && account.consumedPoints >= this.limits.perAccount ? account.msBeforeNext : 0,
      address && address.consumedPoints >= this.limits.perAddress ? address.msBeforeNext : 0,
    ];
    const wait = Math.max(...waits);
    if (wait > 0) {
      const minutes = Math.max(1, Math.ceil(wait / 60_000));
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        `Too many sign-in attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      );
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    // A rejection only means the limit is now reached; the next attempt reports it.
    const ignoreLimit = (error: unknown) => {
      if (!(error instanceof RateLimiterRes)) throw error;
    };
    await Promise.all([this.account.consume(email).catch(ignoreLimit), this.address.consume(ip).catch(ignoreLimit)]);
  }

  /** A successful sign-in clears the account's count (not the address's: one address may try many accounts). */
  async recordSuccess(email: string): Promise<void> {
    await this.account.delete(email);
  }
}

/** The server's one limiter; tests make their own. */
export const signInLimiter = new SignInLimiter();
