package com.commercegraph.order;

/**
 * The reference store (Redis) could not be asked in time, so a write that needs its reference
 * claimed is refused before anything is sent: without the claim the gateway could not tell a repeat
 * from a first try. Reads go on; the next write tries the store again.
 */
public class ReferenceStoreUnavailableException extends RuntimeException {

  public ReferenceStoreUnavailableException(Throwable cause) {
    super(
        "the gateway's reference store is unavailable, so no order was sent; try again shortly",
        cause);
  }

  /** The error code clients see. */
  public String code() {
    return "REFERENCE_STORE_UNAVAILABLE";
  }
}
