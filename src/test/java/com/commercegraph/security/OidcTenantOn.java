package com.commercegraph.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;

/**
 * The gateway with an OIDC issuer configured (quarkus-test-oidc-server's WireMock identity
 * provider, on a dynamic port) and API keys of its own: the test profile's keys less {@code
 * test-revoked-later}, as if an operator had removed it.
 */
public class OidcTenantOn implements QuarkusTestProfile {

  static final String AUDIENCE = "commerce-graph";
  // The issuer OidcWiremockTestResource's discovery document names.
  static final String ISSUER = "https://server.example.com";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus",
        "quarkus.oidc.token.audience", AUDIENCE,
        "commerce.api-keys",
            "test-every-role=orders:read,orders:write,catalog:read,stock:write,finance:read");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
  }
}
