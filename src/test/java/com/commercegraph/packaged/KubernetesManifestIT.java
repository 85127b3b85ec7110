package com.commercegraph.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manifests quarkus-kubernetes generated at package time (target/kubernetes/kubernetes.yml, and
 * the same as JSON beside it) deploy what README "Run several instances" says: two replicas on one
 * Redis, probes on the health endpoints, memory sized for the measured footprint, the JVM launched
 * exactly as README "Memory" gives and the benchmarks measured (bench/lib.sh), and every credential
 * from the Secret, none written down.
 */
class KubernetesManifestIT {

  private static final Path MANIFESTS = Path.of("target", "kubernetes");

  private static JsonNode deployment;
  private static JsonNode service;
  private static JsonNode container;

  @BeforeAll
  static void readTheGeneratedManifests() throws IOException {
    assertThat(MANIFESTS.resolve("kubernetes.yml")).exists();
    JsonNode resources = new ObjectMapper().readTree(MANIFESTS.resolve("kubernetes.json").toFile());
    Map<String, JsonNode> byKind = new HashMap<>();
    resources.forEach(resource -> byKind.put(resource.get("kind").asText(), resource));
    assertThat(byKind).containsOnlyKeys("Deployment", "Service");
    deployment = byKind.get("Deployment");
    service = byKind.get("Service");
    JsonNode containers = deployment.at("/spec/template/spec/containers");
    assertThat(containers).hasSize(1);
    container = containers.get(0);
  }

  @Test
  void twoReplicasBehindOneServiceOnTheHttpPort() {
    assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(2);
    assertThat(service.at("/spec/selector")).isEqualTo(deployment.at("/spec/selector/matchLabels"));
    assertThat(deployment.at("/spec/selector/matchLabels").has("app.kubernetes.io/version"))
        .as("a versioned selector would block the next release's rollout")
        .isFalse();
    assertThat(service.at("/spec/ports/0/port").asInt()).isEqualTo(80);
    assertThat(service.at("/spec/ports/0/targetPort").asInt())
        .isEqualTo(container.at("/ports/0/containerPort").asInt())
        .isEqualTo(8080);
  }

  @Test
  void probesAskTheHealthEndpoints() {
    assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
    assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
    assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
    int startupSeconds =
        container.at("/startupProbe/periodSeconds").asInt()
            * container.at("/startupProbe/failureThreshold").asInt();
    assertThat(startupSeconds).as("time a slow node gets to start the JVM").isGreaterThan(60);
  }

  @Test
  void memoryRequestIsTheMeasuredFootprintAndTheLimitLeavesHeadroom() {
    assertThat(container.at("/resources/requests/memory").asText()).isEqualTo("256Mi");
    assertThat(container.at("/resources/limits/memory").asText()).isEqualTo("320Mi");
    assertThat(container.at("/resources/requests/cpu").asText()).isEqualTo("500m");
  }

  @Test
  void theJvmIsLaunchedWithTheOptionsTheReadmeGivesAndTheBenchmarkMeasured() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int block = readme.indexOf("```", readme.indexOf("Production JVM options"));
    List<String> documented = jvmOptions(readme.substring(block, readme.indexOf("```", block + 3)));
    String bench = Files.readString(Path.of("bench/lib.sh"));
    int array = bench.indexOf("gateway_java=(");
    List<String> measured = jvmOptions(bench.substring(array, bench.indexOf(")", array)));
    List<String> launch = new ArrayList<>();
    container.get("command").forEach(part -> launch.add(part.asText()));
    container.get("args").forEach(part -> launch.add(part.asText()));

    assertThat(documented).contains("-Xmx80m", "-Xmn40m", "-XX:-TieredCompilation");
    assertThat(measured).containsExactlyElementsOf(documented);
    assertThat(launch.get(0)).isEqualTo("java");
    assertThat(jvmOptions(String.join(" ", launch))).containsExactlyElementsOf(documented);
    assertThat(launch.subList(launch.size() - 2, launch.size()))
        .containsExactly("-jar", "/deployments/quarkus-run.jar");
    assertThat(plainEnv())
        .containsEntry("MALLOC_ARENA_MAX", "2")
        .containsEntry("QUARKUS_THREAD_POOL_MAX_THREADS", "64");
  }

  @Test
  void everyReplicaSharesOneRedisAndKnowsHowManyShareIt() {
    assertThat(plainEnv())
        .containsEntry("QUARKUS_REDIS_HOSTS", "redis://redis:6379")
        .containsEntry("COMMERCE_INSTANCES", deployment.at("/spec/replicas").asText());
  }

  @Test
  void credentialsComeFromTheSecretAndNoneIsWrittenDown() {
    assertThat(container.at("/envFrom/0/secretRef/name").asText()).isEqualTo("commerce-graph");
    assertThat(plainEnv().keySet())
        .containsExactlyInAnyOrder(
            "QUARKUS_REDIS_HOSTS",
            "COMMERCE_INSTANCES",
            "MALLOC_ARENA_MAX",
            "QUARKUS_THREAD_POOL_MAX_THREADS");
  }

  /** The environment variables given a value in the manifest itself (not from a reference). */
  private static Map<String, String> plainEnv() {
    Map<String, String> env = new HashMap<>();
    container
        .path("env")
        .forEach(
            variable -> {
              if (variable.has("value")) {
                env.put(variable.get("name").asText(), variable.get("value").asText());
              }
            });
    return env;
  }

  private static List<String> jvmOptions(String text) {
    List<String> options = new ArrayList<>();
    Matcher option = Pattern.compile("(?<![\\w-])-X[^\\s,;)]+").matcher(text);
    while (option.find()) {
      options.add(option.group());
    }
    return options;
  }
}
