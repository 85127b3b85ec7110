package com.commercegraph.security;

import java.util.List;

/** Start-up failure: {@code COMMERCE_API_KEYS} is malformed, said without echoing any key. */
public class InvalidApiKeysException extends RuntimeException {

  InvalidApiKeysException(List<String> problems) {
    super("Invalid API key configuration: " + String.join("; ", problems));
  }
}
