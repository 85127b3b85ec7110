package com.commercegraph.settings;

import java.util.List;

/** Start-up failure listing every malformed provider setting by its environment variable. */
public class InvalidProviderSettingsException extends RuntimeException {

  public InvalidProviderSettingsException(List<String> problems) {
    super("Invalid provider configuration: " + String.join("; ", problems));
  }
}
