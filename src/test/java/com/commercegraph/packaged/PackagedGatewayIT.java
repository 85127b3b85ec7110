package com.commercegraph.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.commercegraph.security.ApiKeyStore;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, started with no provider configured and one API key, serves GraphQL to that key
 * only and GraphiQL to anyone; it has no default key.
 */
@QuarkusIntegrationTest
@TestProfile(PackagedGatewayIT.OneApiKey.class)
class PackagedGatewayIT {

  private static final String READER_KEY = "it-orders-reader";

  public static class OneApiKey implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("commerce.api-keys", READER_KEY + "=orders:read");
    }
  }

  @Test
  void packagedAppServesGraphiQL() {
    given()
        .when()
        .get("/q/graphql-ui/")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("GraphiQL"));
  }

  @Test
  void packagedAppAnswersProvidersWithEveryProviderListed() {
    graphql(given().header("X-API-Key", READER_KEY), "{ providers { provider enabled } }")
        .statusCode(200)
        .body("data.providers", hasSize(4));
  }

  @Test
  void packagedAppRefusesCallersWithoutAConfiguredKey() {
    graphql(given(), "{ providers { provider } }").statusCode(401);
    graphql(given().header("X-API-Key", ApiKeyStore.LOCAL_DEV_KEY), "{ providers { provider } }")
        .statusCode(401);
  }

  @Test
  void packagedAppAnswersAFieldOutsideTheKeysRolesWithForbidden() {
    graphql(
            given().header("X-API-Key", READER_KEY),
            "{ stockLevels(first: 1) { edges { cursor } } }")
        .statusCode(200)
        .body("errors.extensions.code", is(List.of("FORBIDDEN")));
  }

  private static io.restassured.response.ValidatableResponse graphql(
      RequestSpecification request, String document) {
    return request
        .contentType(ContentType.JSON)
        .body(Map.of("query", document))
        .when()
        .post("/graphql")
        .then();
  }
}
