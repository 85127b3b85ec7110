package com.commercegraph.sandbox;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * With {@code commerce.sandbox=true}, points every provider that has no settings of its own at its
 * simulator, with the {@link SandboxCredentials}. A provider with any connection setting of its own
 * (a base URL or a credential, from any source above this one) is left alone, so real settings are
 * never silently replaced.
 *
 * <p>The defaults sit at {@link #ORDINAL}: above mapping defaults, below every properties file,
 * {@code .env}, environment variable and system property. Base URLs are expressions over {@code
 * commerce.sandbox.base-url}, itself by default {@code http://localhost:} and the port the app
 * listens on ({@code quarkus.http.test-port} in the test profile), resolved at lookup time so that
 * a test resource or profile that sets the port is seen.
 */
public class SandboxConfigSourceFactory implements ConfigSourceFactory {

  static final int ORDINAL = 50;
  static final String NAME = "CommerceGraphSandboxDefaults";

  private static final Map<String, List<String>> OWN_SETTINGS =
      Map.of(
          "veeqo", List.of("base-url", "api-key", "oauth-token"),
          "veepe", List.of("base-url", "client-id", "client-secret"),
          "recplus", List.of("base-url", "username", "password"),
          "shopwedo", List.of("base-url", "shop-id", "shop-key"));

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    if (!"true".equalsIgnoreCase(valueOf(context, "commerce.sandbox"))) {
      return List.of();
    }
    Map<String, String> defaults = new HashMap<>();
    defaults.put("commerce.sandbox.base-url", "http://localhost:" + portExpression(context));
    String root = "${commerce.sandbox.base-url}";
    if (unconfigured(context, "veeqo")) {
      defaults.put("veeqo.base-url", root + SandboxPaths.VEEQO);
      defaults.put("veeqo.api-key", SandboxCredentials.VEEQO_API_KEY);
      // Orders created without a delivery method take the sandbox account's only one.
      defaults.put("veeqo.delivery-method-id", SandboxSeed.VEEQO_DELIVERY_METHOD_ID);
    }
    if (unconfigured(context, "veepe")) {
      defaults.put("veepe.base-url", root + SandboxPaths.VEEPE);
      defaults.put("veepe.client-id", SandboxCredentials.VEEPE_CLIENT_ID);
      defaults.put("veepe.client-secret", SandboxCredentials.VEEPE_CLIENT_SECRET);
    }
    if (unconfigured(context, "recplus")) {
      defaults.put("recplus.base-url", root + SandboxPaths.RECPLUS);
      defaults.put("recplus.username", SandboxCredentials.RECPLUS_USERNAME);
      defaults.put("recplus.password", SandboxCredentials.RECPLUS_PASSWORD);
      // The simulated site sends its webhooks to the gateway it runs in.
      if (!isSetAbove(context.getValue("recplus.webhook.username"))
          && !isSetAbove(context.getValue("recplus.webhook.token"))) {
        defaults.put("recplus.webhook.token", SandboxCredentials.RECPLUS_WEBHOOK_TOKEN);
      }
    }
    if (unconfigured(context, "shopwedo")) {
      defaults.put("shopwedo.base-url", root + SandboxPaths.SHOPWEDO);
      defaults.put("shopwedo.shop-id", SandboxCredentials.SHOPWEDO_SHOP_ID);
      defaults.put("shopwedo.shop-key", SandboxCredentials.SHOPWEDO_SHOP_KEY);
    }
    return List.of(new PropertiesConfigSource(defaults, NAME, ORDINAL));
  }

  @Override
  public OptionalInt getPriority() {
    return OptionalInt.of(ORDINAL);
  }

  // Tests listen on quarkus.http.test-port; dev mode and the packaged app on quarkus.http.port.
  private static String portExpression(ConfigSourceContext context) {
    return context.getProfiles().contains("test")
        ? "${quarkus.http.test-port:8081}"
        : "${quarkus.http.port:8080}";
  }

  private static boolean unconfigured(ConfigSourceContext context, String provider) {
    return OWN_SETTINGS.get(provider).stream()
        .noneMatch(setting -> isSetAbove(context.getValue(provider + "." + setting)));
  }

  private static boolean isSetAbove(ConfigValue value) {
    return value != null
        && value.getValue() != null
        && !value.getValue().isBlank()
        && value.getConfigSourceOrdinal() > ORDINAL;
  }

  private static String valueOf(ConfigSourceContext context, String name) {
    ConfigValue value = context.getValue(name);
    return value == null ? null : value.getValue();
  }
}
