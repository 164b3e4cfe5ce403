/** Limits the server enforces and the client must keep to. */

/** Calls per tRPC batch request; the server answers a larger batch with 400. */
export const MAX_BATCH_SIZE = 10;
