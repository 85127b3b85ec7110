package com.commercegraph.report;

import com.commercegraph.order.RequestLimits;
import com.commercegraph.provider.Provider;
import com.commercegraph.provider.ProviderCalls;
import com.commercegraph.provider.ProviderDisabledException;
import com.commercegraph.provider.ProviderPage;
import com.commercegraph.provider.ProviderRegistry;
import com.commercegraph.provider.ReportSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;

/**
 * Reports of the one provider that generates them (VeePe), each call within the request deadline.
 */
@ApplicationScoped
public class ReportService {

  private final Instance<ReportSource> sources;
  private final ProviderRegistry registry;
  private final ProviderCalls calls;
  private final RequestLimits limits;

  ReportService(
      Instance<ReportSource> sources,
      ProviderRegistry registry,
      ProviderCalls calls,
      RequestLimits limits) {
    this.sources = sources;
    this.registry = registry;
    this.calls = calls;
    this.limits = limits;
  }

  /** The provider whose reports {@link #reports} lists. */
  public Provider reportProvider() {
    return Provider.VEEPE;
  }

  /**
   * The report, or empty when the provider has none with this id.
   *
   * @throws com.commercegraph.provider.ProviderException when the provider failed or is disabled
   */
  public Optional<Report> report(Provider provider, String nativeId) {
    Optional<ReportSource> source = source(provider);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    return calls.one(provider, () -> source.get().report(nativeId), limits.deadline());
  }

  /**
   * One page of the reporting provider's reports, as that provider pages them.
   *
   * @param position null for the first page, else a {@link ProviderPage#nextPosition()}
   * @throws com.commercegraph.provider.ProviderException when the provider failed or is disabled
   */
  public ProviderPage<Report> reports(String position) {
    ReportSource source = source(reportProvider()).orElseThrow();
    return calls.one(reportProvider(), () -> source.reports(position), limits.deadline());
  }

  private Optional<ReportSource> source(Provider provider) {
    if (!registry.find(provider).map(p -> p.enabled()).orElse(false)) {
      throw ProviderDisabledException.of(provider);
    }
    return sources.stream().filter(s -> s.provider() == provider).findFirst();
  }
}
