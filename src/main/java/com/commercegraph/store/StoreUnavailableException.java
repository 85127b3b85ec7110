package com.commercegraph.store;

/**
 * The shared store did not answer in time (Redis down, unreachable or too slow). Whatever the call
 * was meant to do may or may not have happened.
 */
public class StoreUnavailableException extends RuntimeException {

  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
