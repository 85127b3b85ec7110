package com.commercegraph.graphql;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A deployment that opens the GraphQL endpoint itself only to callers holding {@code orders:read}
 * (an HTTP permission), so that a caller without it is refused with 403 before any GraphQL work.
 */
public class EndpointRoleRequired implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.http.auth.policy.order-readers.roles-allowed", "orders:read",
        "quarkus.http.auth.permission.graphql.policy", "order-readers");
  }
}
