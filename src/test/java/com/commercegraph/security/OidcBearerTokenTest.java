package com.commercegraph.security;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.NodeId;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dashboards and mobile apps come in with OIDC bearer tokens from the merchant's identity provider:
 * only a token that provider signed, for this audience and still valid, gets in, and its {@code
 * scope} claim holds its roles. API keys keep working beside it.
 */
@QuarkusTest
@TestProfile(OidcTenantOn.class)
class OidcBearerTokenTest {

  private static final String VEEQO_PRODUCT = "8636420";
  private static final String PRODUCT =
      """
      { product(id: "%s") { id name } }
      """
          .formatted(
              NodeId.encode(Provider.VEEQO, EntityKind.PRODUCT, VEEQO_PRODUCT + "/14144703"));

  private final WireMockServer veeqo = VeeqoStubs.server();

  @BeforeEach
  void reset() {
    veeqo.stubFor(
        get(urlPathEqualTo("/products/" + VEEQO_PRODUCT))
            .willReturn(okJson(resource("veeqo/products/show.json"))));
  }

  @Test
  void aValidTokenWithTheRoleReachesTheProvider() {
    GraphQLClient.postWithBearer(token("catalog:read orders:read").sign(), PRODUCT)
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.product.name", notNullValue());

    veeqo.verify(1, getRequestedFor(urlPathEqualTo("/products/" + VEEQO_PRODUCT)));
  }

  @Test
  void aValidTokenWithoutTheRoleIsForbiddenForThatField() {
    GraphQLClient.postWithBearer(token("orders:read finance:read").sign(), PRODUCT)
        .statusCode(200)
        .body("data.product", nullValue())
        .body("errors.extensions.code", is(List.of("FORBIDDEN")));

    assertNoProviderCalled();
  }

  @Test
  void noTokenIs401() {
    GraphQLClient.postWithoutCredentials(PRODUCT).statusCode(401);
    assertNoProviderCalled();
  }

  @Test
  void aTokenSignedByAnotherKeyIs401() throws NoSuchAlgorithmException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    String forged =
        token("catalog:read").jws().keyId("1").sign(generator.generateKeyPair().getPrivate());

    GraphQLClient.postWithBearer(forged, PRODUCT).statusCode(401);
    assertNoProviderCalled();
  }

  @Test
  void anExpiredTokenIs401() {
    Instant now = Instant.now();
    String expired =
        token("catalog:read")
            .issuedAt(now.minusSeconds(3600))
            .expiresAt(now.minusSeconds(1800))
            .sign();

    GraphQLClient.postWithBearer(expired, PRODUCT).statusCode(401);
    assertNoProviderCalled();
  }

  @Test
  void aTokenForAnotherAudienceIs401() {
    GraphQLClient.postWithBearer(token("catalog:read").audience("another-app").sign(), PRODUCT)
        .statusCode(401);
    assertNoProviderCalled();
  }

  @Test
  void aTokenFromAnotherIssuerIs401() {
    GraphQLClient.postWithBearer(
            token("catalog:read").issuer("https://attacker.example.com").sign(), PRODUCT)
        .statusCode(401);
    assertNoProviderCalled();
  }

  @Test
  void aRevokedApiKeyIs401AndAKeptOneStillWorks() {
    GraphQLClient.postWithKey("test-revoked-later", PRODUCT).statusCode(401);
    assertNoProviderCalled();

    GraphQLClient.postWithKey(GraphQLClient.EVERY_ROLE_KEY, PRODUCT)
        .statusCode(200)
        .body("data.product.name", notNullValue());
  }

  @Test
  void aBadKeyIs401EvenBesideAValidToken() {
    given()
        .header("X-API-Key", "not-a-key")
        .header("Authorization", "Bearer " + token("catalog:read").sign())
        .contentType(ContentType.JSON)
        .body(Map.of("query", PRODUCT))
        .post("/graphql")
        .then()
        .statusCode(401);
    assertNoProviderCalled();
  }

  private static JwtClaimsBuilder token(String scope) {
    return Jwt.issuer(OidcTenantOn.ISSUER)
        .audience(OidcTenantOn.AUDIENCE)
        .subject("dashboard")
        .claim("scope", scope)
        .expiresIn(300);
  }

  private static String resource(String name) {
    try (InputStream in = OidcBearerTokenTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void assertNoProviderCalled() {
    assertThat(veeqo.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }
}
