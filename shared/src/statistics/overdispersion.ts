/**
 * Overdispersion of a funnel plot and the limits widened for it (PRODUCT.md §12.2).
 *
 * Source: Spiegelhalter D.J. (2005), "Handling over-dispersion of performance indicators",
 * Quality and Safety in Health Care 14:347–351 — the arcsine (variance-stabilising) scale for
 * proportions (§"Proportions", y = asin(√p), s = 1 / (2√n)), the winsorised dispersion φ of
 * eq. (1) with 10% winsorising at each end, the additive random-effects τ² of eq. (2) (DerSimonian
 * and Laird's moment estimator), and limits θ ± z·√(s² + τ²) mapped back to proportions.
 * PHE's PHEindicatormethods (`R/Funnels.R`, `phe_funnels_*`) follows the same paper.
 */

import type { FunnelLimits } from './binomial-funnel';
import { Z95, Z998 } from './confidence';

/** A point of the funnel: a locality's or region's exact counts, denominator > 0. */
export interface FunnelCounts {
  numerator: number;
  denominator: number;
}

export interface Overdispersion {
  /** Number of points with a non-zero denominator. */
  k: number;
  /** Winsorised mean squared z-score; about 1 without overdispersion. */
  phi: number;
  /** Between-point variance on the arcsine scale; 0 when φ does not exceed what chance gives. */
  tau2: number;
}

/** Spiegelhalter's winsorising: the m = ⌊0.1·k⌋ lowest and highest values are pulled in to the (m+1)-th. */
export function winsorise(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const m = Math.floor(0.1 * sorted.length);
  if (m === 0) return sorted;
  const low = sorted[m]!;
  const high = sorted[sorted.length - 1 - m]!;
  return sorted.map((value, i) => (i < m ? low : i >= sorted.length - m ? high : value));
}

/** φ and τ² for the points with a non-zero denominator, around the target proportion θ; null with no such point. */
export function assessOverdispersion(points: readonly FunnelCounts[], theta: number): Overdispersion | null {
  const used = points.filter((point) => point.denominator > 0);
  const k = used.length;
  if (k === 0) return null;
  const target = Math.asin(Math.sqrt(theta));
  const zScores = used.map(
    (point) => (Math.asin(Math.sqrt(point.numerator / point.denominator)) - target) * 2 * Math.sqrt(point.denominator),
  );
  const phi = winsorise(zScores).reduce((sum, z) => sum + z * z, 0) / k;
  // w_i = 1 / s_i² = 4 n_i.
  const weights = used.map((point) => 4 * point.denominator);
  const sumW = weights.reduce((sum, w) => sum + w, 0);
  const sumW2 = weights.reduce((sum, w) => sum + w * w, 0);
  const spread = sumW - sumW2 / sumW;
  // With one point there is no between-point variance to estimate (spread is 0).
  const tau2 = spread > 0 ? Math.max(0, (k * phi - (k - 1)) / spread) : 0;
  return { k, phi, tau2 };
}

/** One limit: θ_t + z·√(1/(4n) + τ²) on the arcsine scale, clamped to [0, π/2], back to a proportion. */
function adjustedLimit(target: number, denominator: number, tau2: number, z: number): number {
  const limit = target + z * Math.sqrt(1 / (4 * denominator) + tau2);
  return Math.sin(Math.min(Math.PI / 2, Math.max(0, limit))) ** 2;
}

/** The 95% and 99.8% limits widened by τ² for a denominator n ≥ 1 around θ. */
export function computeAdjustedLimits(theta: number, denominator: number, tau2: number): FunnelLimits {
  const target = Math.asin(Math.sqrt(theta));
  return {
    denominator,
    lower998: adjustedLimit(target, denominator, tau2, -Z998),
    lower95: adjustedLimit(target, denominator, tau2, -Z95),
    upper95: adjustedLimit(target, denominator, tau2, Z95),
    upper998: adjustedLimit(target, denominator, tau2, Z998),
  };
}
