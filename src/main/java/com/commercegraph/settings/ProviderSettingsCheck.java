package com.commercegraph.settings;

import com.commercegraph.registry.ProviderRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Stops start-up when any provider's settings are malformed. A provider without credentials is not
 * a problem (it is just disabled); a URL that is not one, or a shop id that is not a number, is; so
 * is a plain {@code http://} URL in the packaged app ({@link PlainHttpCheck}), and so is a standard
 * {@code quarkus.rest-client."<provider>".*} setting that cannot be applied ({@link
 * StandardRestClientKeys}).
 */
class ProviderSettingsCheck {

  void onStart(
      @Observes StartupEvent event,
      ProviderRegistry registry,
      PlainHttpCheck plainHttp,
      StandardRestClientKeys restClients) {
    List<String> problems =
        Stream.of(
                registry.all().stream().flatMap(p -> p.configurationProblems().stream()),
                plainHttp.problems().stream(),
                restClients.problems().stream())
            .flatMap(s -> s)
            .toList();
    if (!problems.isEmpty()) {
      throw new InvalidProviderSettingsException(problems);
    }
  }
}
