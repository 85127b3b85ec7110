package com.commercegraph.registry;

import java.util.List;
import java.util.Set;

/**
 * What every provider integration offers the rest of the gateway. Each provider package has one
 * bean implementing it; {@link ProviderRegistry} collects them.
 */
public interface ProviderPort extends ProviderBound {

  /** True when the provider has the credentials it needs; a disabled provider is never called. */
  boolean enabled();

  Set<Capability> capabilities();

  /**
   * Problems with this provider's settings, each naming the environment variable to fix and never
   * echoing its value. Any problem stops start-up.
   */
  List<String> configurationProblems();
}
