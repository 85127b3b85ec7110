package com.commercegraph.graphql;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.NoProvidersConfigured;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** The gateway starts with no provider configured at all, and says so. */
@QuarkusTest
@TestProfile(NoProvidersConfigured.class)
class ProviderApiWithoutCredentialsTest {

  @Test
  void gatewayStartsAndReportsEveryProviderDisabled() {
    GraphQLClient.post("{ providers { provider enabled healthy } }")
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.providers.provider", contains("VEEQO", "VEEPE", "RECPLUS", "SHOPWEDO"))
        .body("data.providers.enabled", contains(false, false, false, false))
        .body("data.providers.healthy", contains(false, false, false, false));
  }
}
