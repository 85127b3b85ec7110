package com.commercegraph.graphql;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** The gateway starts with no provider configured at all, and says so. */
@QuarkusTest
@TestProfile(ProviderApiWithoutCredentialsTest.NoProviders.class)
class ProviderApiWithoutCredentialsTest {

  public static class NoProviders implements QuarkusTestProfile {
    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }
  }

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
