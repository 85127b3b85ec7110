package com.commercegraph.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.provider.recplus.RecplusConfig;
import com.commercegraph.provider.veeqo.VeeqoConfig;
import com.commercegraph.security.ApiKeyStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With the sandbox on, a provider that has its own settings keeps them, and the published local key
 * opens nothing, since it would reach that provider's real data.
 */
@QuarkusTest
@TestProfile(SandboxRealSettingsTest.RealVeeqo.class)
class SandboxRealSettingsTest {

  public static class RealVeeqo implements QuarkusTestProfile {

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "commerce.sandbox", "true",
          "veeqo.api-key", "a-real-veeqo-key",
          "veeqo.base-url", "https://veeqo.example.invalid");
    }
  }

  @Inject VeeqoConfig veeqo;
  @Inject RecplusConfig recplus;

  @Test
  void configuredProviderIsNotReplacedByTheSandbox() {
    assertThat(veeqo.apiKey()).contains("a-real-veeqo-key");
    assertThat(veeqo.baseUrl()).isEqualTo("https://veeqo.example.invalid");
  }

  @Test
  void theLocalKeyIsRefusedWhileAProviderHasRealSettings() {
    GraphQLClient.postWithKey(ApiKeyStore.LOCAL_DEV_KEY, "{ providers { provider } }")
        .statusCode(401);
    GraphQLClient.post("{ providers { provider } }").statusCode(200);
  }

  @Test
  void unconfiguredProviderStillGetsTheSandbox() {
    assertThat(recplus.username()).contains(SandboxCredentials.RECPLUS_USERNAME);
    assertThat(recplus.baseUrl().orElseThrow()).endsWith(SandboxPaths.RECPLUS);
  }
}
