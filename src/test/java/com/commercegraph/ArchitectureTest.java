package com.commercegraph;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callMethod;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.commercegraph.registry.Provider;
import com.commercegraph.resilience.ProviderGate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;

/**
 * The layout the README's "How the code is laid out" describes, kept by the build: the API ({@code
 * graphql}) depends on the domain, the provider adapters implement the domain's ports, and shared
 * infrastructure sits below both. A broken rule names the class and what it depends on, with file
 * and line.
 */
@AnalyzeClasses(
    packages = "com.commercegraph",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] DOMAIN = {
    "com.commercegraph.order..",
    "com.commercegraph.catalog..",
    "com.commercegraph.stock..",
    "com.commercegraph.invoice..",
    "com.commercegraph.report..",
    "com.commercegraph.payment..",
    "com.commercegraph.channel..",
    "com.commercegraph.money.."
  };

  private static final String[] INFRASTRUCTURE = {
    "com.commercegraph.registry..",
    "com.commercegraph.failure..",
    "com.commercegraph.resilience..",
    "com.commercegraph.merge..",
    "com.commercegraph.write..",
    "com.commercegraph.cache..",
    "com.commercegraph.settings..",
    "com.commercegraph.store..",
    "com.commercegraph.health.."
  };

  private static final String ADAPTERS = "com.commercegraph.provider..";
  private static final String API = "com.commercegraph.graphql..";
  private static final String SANDBOX = "com.commercegraph.sandbox..";
  private static final String SECURITY = "com.commercegraph.security..";

  @ArchTest
  static final ArchRule topLevelPackagesHaveNoCycles =
      slices().matching("com.commercegraph.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule domainImportsNoAdapterAndNoApi =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ADAPTERS, API, SANDBOX, SECURITY)
          .because("the domain is the centre: adapters implement its ports, the API calls it");

  @ArchTest
  static final ArchRule infrastructureKnowsNoDomain =
      noClasses()
          .that()
          .resideInAnyPackage(INFRASTRUCTURE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(concat(DOMAIN, ADAPTERS, API, SANDBOX, SECURITY))
          .because("shared infrastructure sits below the domain and the adapters");

  @ArchTest
  static final ArchTests eachAdapterKeepsItsClassesToItself = ArchTests.in(AdapterRules.class);

  @ArchTest
  static final ArchRule adaptersKnowNoApi =
      noClasses()
          .that()
          .resideInAPackage(ADAPTERS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(API, SANDBOX, SECURITY);

  @ArchTest
  static final ArchRule restClientsAreUsedOnlyByTheirProvidersClient =
      classes()
          .that()
          .resideInAPackage(ADAPTERS)
          .and()
          .haveSimpleNameEndingWith("RestClient")
          .should()
          .onlyBeAccessed()
          .byClassesThat(
              simpleNameEndingWith("Client").and(not(simpleNameEndingWith("RestClient"))))
          .because("each provider's XxxClient is the single place that sends its requests");

  @ArchTest
  static final ArchRule providerClientsSendThroughTheResilienceGate =
      classes()
          .that()
          .resideInAPackage(ADAPTERS)
          .and()
          .haveSimpleNameEndingWith("Client")
          .and()
          .areNotInterfaces()
          .should(
              callMethod(
                  ProviderGate.class,
                  "send",
                  Provider.class,
                  Object.class,
                  boolean.class,
                  Function.class))
          .because(
              "every request reaches its provider through the resilience layer's ProviderGate"
                  + " (rate limit, disabled check, failure mapping)");

  @ArchTest
  static final ArchRule onlyTheSandboxImportsTheSandbox =
      noClasses()
          .that()
          .resideOutsideOfPackage(SANDBOX)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(SANDBOX)
          .because("the sandbox is a feature of the packaged app, never part of the gateway");

  private static String[] concat(String[] first, String... rest) {
    String[] all = new String[first.length + rest.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }

  /** One rule per adapter: its wire DTOs, clients and mappers are seen by nobody else. */
  static class AdapterRules {

    @ArchTest static final ArchRule veeqo = keptInside("veeqo");

    @ArchTest static final ArchRule veepe = keptInside("veepe");

    @ArchTest static final ArchRule recplus = keptInside("recplus");

    @ArchTest static final ArchRule shopwedo = keptInside("shopwedo");

    private static ArchRule keptInside(String adapter) {
      String inside = "com.commercegraph.provider." + adapter + "..";
      return noClasses()
          .that()
          .resideOutsideOfPackage(inside)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(inside)
          .because(
              "wire DTOs stop at their provider package; the rest of the gateway sees only the"
                  + " domain's ports, which the adapter implements");
    }
  }
}
