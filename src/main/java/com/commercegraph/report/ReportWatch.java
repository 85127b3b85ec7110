package com.commercegraph.report;

import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.order.event.EventSettings;
import com.commercegraph.registry.Provider;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Waits for a requested report: the provider has no webhooks, so the report is read at once and
 * then every {@code commerce.events.report-poll-interval} while someone waits, one read at a time,
 * until it is COMPLETED or FAILED. A read that fails is tried again at the next interval; a report
 * the provider does not have, or a provider switched off, ends the wait with that failure.
 *
 * <p>What callers rely on: everyone on this instance waiting for the same report shares one read
 * per interval (a finance dashboard open in ten tabs costs the provider what one costs); the reads
 * stop when the last of them leaves or the report is done. Someone who starts waiting after the
 * shared reads ended starts reads of their own, so nobody waits on a finished watch.
 */
@ApplicationScoped
public class ReportWatch {

  private static final Logger LOG = Logger.getLogger(ReportWatch.class);

  /** Mutiny's ticks start after a positive delay; this is as good as at once. */
  private static final Duration AT_ONCE = Duration.ofMillis(1);

  private final ReportService reports;
  private final Duration every;
  private final Map<Watched, SharedWatch> watches = new HashMap<>();

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
    Watched watched = new Watched(provider, nativeId);
    return Multi.createFrom()
        .emitter(
            emitter -> {
              SharedWatch watch;
              synchronized (watches) {
                watch = watches.computeIfAbsent(watched, SharedWatch::new);
                watch.waiting.add(emitter);
              }
              emitter.onTermination(() -> leave(watch, emitter));
              watch.startOnce();
            });
  }

  /** Everyone on this instance waiting for a report now, whichever report. */
  public int waiting() {
    synchronized (watches) {
      return watches.values().stream().mapToInt(watch -> watch.waiting.size()).sum();
    }
  }

  private void leave(SharedWatch watch, MultiEmitter<? super Report> emitter) {
    Cancellable reads = null;
    synchronized (watches) {
      if (watch.waiting.remove(emitter) && watch.waiting.isEmpty()) {
        watches.remove(watch.watched, watch);
        reads = watch.reads;
      }
    }
    if (reads != null) {
      reads.cancel();
    }
  }

  /** One report's reads, and who waits for their outcome. */
  private final class SharedWatch {

    private final Watched watched;
    private final Set<MultiEmitter<? super Report>> waiting = new LinkedHashSet<>();
    private Cancellable reads;
    private boolean started;

    private SharedWatch(Watched watched) {
      this.watched = watched;
    }

    private void startOnce() {
      synchronized (watches) {
        if (started || waiting.isEmpty()) {
          return;
        }
        started = true;
      }
      Cancellable subscription =
          reads(watched)
              .subscribe()
              .with(
                  report -> finish(emitter -> emitter.emit(report).complete()),
                  failure -> finish(emitter -> emitter.fail(failure)));
      boolean nobodyLeft;
      synchronized (watches) {
        reads = subscription;
        nobodyLeft = waiting.isEmpty();
      }
      // Everyone left (or the watch ended) before the reads could be stopped by the last to go.
      if (nobodyLeft) {
        subscription.cancel();
      }
    }

    /** The watch is over: nobody joins it any more, and each who waited hears how it ended. */
    private void finish(Consumer<MultiEmitter<? super Report>> outcome) {
      List<MultiEmitter<? super Report>> told;
      synchronized (watches) {
        watches.remove(watched, this);
        told = new ArrayList<>(waiting);
        waiting.clear();
      }
      told.forEach(outcome);
    }
  }

  private Multi<Report> reads(Watched watched) {
    return Multi.createFrom()
        .ticks()
        .startingAfter(AT_ONCE)
        .every(every)
        .onOverflow()
        .drop()
        .onItem()
        .transformToUniAndConcatenate(tick -> check(watched.provider(), watched.nativeId()))
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

  /** A report someone waits for. */
  private record Watched(Provider provider, String nativeId) {}
}
