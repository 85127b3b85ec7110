package com.commercegraph.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import com.commercegraph.security.ApiKeyStore;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar with {@code COMMERCE_SANDBOX=true} serves the simulators as dev mode does, and
 * takes the documented local key (the load run sends it too).
 */
@QuarkusIntegrationTest
@TestProfile(SandboxPackagedIT.SandboxEnabled.class)
class SandboxPackagedIT {

  public static class SandboxEnabled implements QuarkusTestProfile {

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("commerce.sandbox", "true");
    }
  }

  @Test
  void packagedAppServesTheSimulators() {
    given()
        .header("x-api-key", SandboxCredentials.VEEQO_API_KEY)
        .get(SandboxPaths.VEEQO + "/orders")
        .then()
        .statusCode(200)
        .header("X-Per-Page", "12");
    given()
        .auth()
        .preemptive()
        .basic(SandboxCredentials.RECPLUS_USERNAME, SandboxCredentials.RECPLUS_PASSWORD)
        .get(SandboxPaths.RECPLUS + "/orders")
        .then()
        .statusCode(200)
        .body("paging.limit", equalTo(25));
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "grantType", "client_credentials",
                "clientId", SandboxCredentials.VEEPE_CLIENT_ID,
                "clientSecret", SandboxCredentials.VEEPE_CLIENT_SECRET))
        .post(SandboxPaths.VEEPE + "/token")
        .then()
        .statusCode(200);
  }

  @Test
  void everyProviderIsEnabledThroughTheSandboxForTheLocalKey() {
    given()
        .header("X-API-Key", ApiKeyStore.LOCAL_DEV_KEY)
        .contentType(ContentType.JSON)
        .body(Map.of("query", "{ providers { provider enabled } }"))
        .post("/graphql")
        .then()
        .statusCode(200)
        .body("data.providers", hasSize(4))
        .body("data.providers.enabled", everyItem(equalTo(true)));
  }
}
