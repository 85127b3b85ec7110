package com.commercegraph.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed provider settings and API keys stop the packaged gateway at start-up with a message
 * that names the environment variable and never echoes the value (which may be a secret in the
 * wrong place).
 */
class StartupValidationIT {

  private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
  private static final String SECRET = "s3cr3t-value-that-must-never-be-printed";

  @TempDir Path workDir;

  @Test
  void malformedSettingsStopStartupNamingEachVariableWithoutEchoingValues() throws Exception {
    Result result =
        start(
            Map.of(
                "VEEQO_BASE_URL",
                "not a url " + SECRET,
                "VEEQO_API_KEY",
                SECRET,
                "SHOPWEDO_SHOP_ID",
                "shop-" + SECRET,
                "SHOPWEDO_SHOP_KEY",
                SECRET,
                "RECPLUS_BASE_URL",
                "ftp://" + SECRET,
                "RECPLUS_USERNAME",
                "user",
                "RECPLUS_PASSWORD",
                SECRET));

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output())
        .contains("VEEQO_BASE_URL must be an absolute http(s) URL")
        .contains("SHOPWEDO_SHOP_ID must be a whole number")
        .contains("RECPLUS_BASE_URL must be an absolute http(s) URL")
        .doesNotContain(SECRET);
  }

  @Test
  void malformedStandardRestClientSettingsStopStartupNamingTheVariable() throws Exception {
    Result result =
        start(
            Map.of(
                "QUARKUS_REST_CLIENT_VEEQO_PROXY_ADDRESS",
                "no-port-" + SECRET,
                "QUARKUS_REST_CLIENT_SHOPWEDO_TRUST_STORE",
                "/nowhere/" + SECRET + ".p12"));

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output())
        .contains("QUARKUS_REST_CLIENT_VEEQO_PROXY_ADDRESS must be host:port")
        .contains("QUARKUS_REST_CLIENT_SHOPWEDO_TRUST_STORE must be a readable file")
        .doesNotContain(SECRET);
  }

  @Test
  void malformedApiKeysStopStartupNamingTheVariableWithoutEchoingKeys() throws Exception {
    Result result =
        start(Map.of("COMMERCE_API_KEYS", "k1=orders:read;" + SECRET + "=orders:delete;" + SECRET));

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output())
        .contains("COMMERCE_API_KEYS entry 2 names a role that is not one of")
        .contains("COMMERCE_API_KEYS entry 3 is not key=role,role")
        .doesNotContain(SECRET);
  }

  @Test
  void aMalformedTrustedDocumentsManifestStopsStartupNamingTheFile() throws Exception {
    Path manifest = Files.writeString(workDir.resolve("persisted-documents.json"), "{ not json");
    Result result = start(Map.of("COMMERCE_TRUSTED_DOCUMENTS", manifest.toString()));

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output())
        .contains("COMMERCE_TRUSTED_DOCUMENTS: the manifest " + manifest)
        .contains("it is not a JSON object");
  }

  @Test
  void anOidcIssuerWithoutAnAudienceStopsStartup() throws Exception {
    Result result =
        start(Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", "https://127.0.0.1:1/realms/shop"));

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output())
        .contains("QUARKUS_OIDC_TOKEN_AUDIENCE must be set when QUARKUS_OIDC_AUTH_SERVER_URL is");
  }

  @Test
  void plainHttpProviderUrlsStopStartupUnlessAllowed() throws Exception {
    Result result =
        start(
            Map.of(
                "VEEQO_BASE_URL",
                "http://veeqo.example/" + SECRET,
                "VEEQO_API_KEY",
                SECRET,
                "VEEPE_BASE_URL",
                "https://veepe.example/v1",
                "VEEPE_CLIENT_ID",
                "client",
                "VEEPE_CLIENT_SECRET",
                SECRET));

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output())
        .contains("VEEQO_BASE_URL must be an https:// URL")
        .doesNotContain("VEEPE_BASE_URL must")
        .doesNotContain(SECRET);
  }

  private Result start(Map<String, String> env) throws IOException, InterruptedException {
    Path log = workDir.resolve("gateway.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0",
                "-jar",
                JAR.toAbsolutePath().toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder
        .environment()
        .keySet()
        .removeIf(name -> name.matches("(VEEQO|VEEPE|RECPLUS|SHOPWEDO|COMMERCE|QUARKUS_OIDC)_.*"));
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the gateway kept running with malformed settings");
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private record Result(int exitCode, String output) {}
}
