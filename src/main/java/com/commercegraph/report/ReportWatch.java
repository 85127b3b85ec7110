package com.commercegraph.report;

import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.order.event.EventSettings;
import com.commercegraph.registry.Provider;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Waits for a requested report: the provider has no webhooks, so the report is read at once and
 * then every {@code commerce.events.report-poll-interval} while someone waits, one read at a time,
 * until it is COMPLETED or FAILED. A read that fails is tried again at the next interval; a report
 * the provider does not have, or a provider switched off, ends the wait with that failure.
 */
@ApplicationScoped
public class ReportWatch {

  private static final Logger LOG = Logger.getLogger(ReportWatch.class);

  /** Mutiny's ticks start after a positive delay; this is as good as at once. */
  private static final Duration AT_ONCE = Duration.ofMillis(1);

  private final ReportService reports;
  private final Duration every;

  ReportWatch(ReportService reports, EventSettings settings) {
    this.reports = reports;
    this.every = settings.reportPollInterval();
  }

  /**
   * The report once it is done, then the end of the stream.
   *
   * @throws NoSuchElementException (as the stream's failure) when the provider has no such report
   */
  public Multi<Report> whenDone(Provider provider, String nativeId) {
    return Multi.createFrom()
        .ticks()
        .startingAfter(AT_ONCE)
        .every(every)
        .onOverflow()
        .drop()
        .onItem()
        .transformToUniAndConcatenate(tick -> check(provider, nativeId))
        .select()
        .where(report -> report.isPresent() && report.get().status() != ReportStatus.PENDING)
        .select()
        .first()
        .map(Optional::get);
  }

  private Uni<Optional<Report>> check(Provider provider, String nativeId) {
    return Uni.createFrom()
        .item(
            () -> {
              try {
                return Optional.of(
                    reports
                        .report(provider, nativeId)
                        .orElseThrow(() -> new NoSuchElementException("no such report")));
              } catch (ProviderDisabledException e) {
                throw e;
              } catch (ProviderException e) {
                LOG.debugf(
                    "Checking report %s failed (%s); checked again later", nativeId, e.code());
                return Optional.<Report>empty();
              }
            })
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }
}
