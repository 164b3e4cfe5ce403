/**
 * The two confidence levels every judgement uses (PRODUCT.md §12): 95% and 99.8%, two-sided,
 * with z to the precision §12 fixes (the normal quantiles 0.975 and 0.999).
 */
export const Z95 = 1.959964;
export const Z998 = 3.090232;

export type ConfidenceLevel = 95 | 99.8;

export const Z_BY_LEVEL: Record<ConfidenceLevel, number> = { 95: Z95, 99.8: Z998 };
