package com.commercegraph.resilience;

import com.commercegraph.failure.CircuitOpenException;
import com.commercegraph.failure.GatewayRateLimitedException;
import com.commercegraph.failure.ProviderAuthException;
import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderRateLimitedException;
import com.commercegraph.failure.ProviderTimeoutException;
import com.commercegraph.failure.ProviderUnavailableException;
import com.commercegraph.registry.Provider;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the latest calls to each provider said about it: its latest failure that says something
 * about the provider (not a 404, a refused input or the gateway's own limit), and whether its
 * credentials are refused now (refused, and nothing answered since).
 */
@ApplicationScoped
public class ProviderOutcomes {

  private final Map<Provider, Record> records = new ConcurrentHashMap<>();
  private final Clock clock;

  ProviderOutcomes() {
    this(Clock.systemUTC());
  }

  ProviderOutcomes(Clock clock) {
    this.clock = clock;
  }

  /** A request the provider answered. */
  void answered(Provider provider) {
    records.compute(
        provider, (p, record) -> new Record(record == null ? null : record.lastFailure(), false));
  }

  /** A call that failed; ignored unless it says something about the provider. */
  void failed(ProviderException failure) {
    if (!aboutTheProvider(failure)) {
      return;
    }
    LastFailure last = new LastFailure(failure.code(), failure.httpStatus(), clock.instant());
    boolean credentials = failure instanceof ProviderAuthException;
    records.compute(
        failure.provider(),
        (p, record) ->
            new Record(last, credentials || (record != null && record.credentialsRefused())));
  }

  /**
   * True for failures of the provider: it was unreachable, slow, answered 5xx or 429, an unreadable
   * body, or refused the credentials. Refusals of one request (404, 409, 4xx), the gateway's own
   * rate limit and an open breaker (which sends nothing) are not.
   */
  static boolean aboutTheProvider(ProviderException failure) {
    if (failure instanceof CircuitOpenException || failure instanceof GatewayRateLimitedException) {
      return false;
    }
    return failure instanceof ProviderUnavailableException
        || failure instanceof ProviderTimeoutException
        || failure instanceof ProviderBadResponseException
        || failure instanceof ProviderRateLimitedException
        || failure instanceof ProviderAuthException;
  }

  public Optional<LastFailure> lastFailure(Provider provider) {
    return Optional.ofNullable(records.get(provider)).map(Record::lastFailure);
  }

  /** True once the provider refused the credentials, until it answers a request again. */
  public boolean credentialsRefused(Provider provider) {
    Record record = records.get(provider);
    return record != null && record.credentialsRefused();
  }

  Instant now() {
    return clock.instant();
  }

  /** Forgets every outcome: a fresh start (tests start each case from one). */
  public void forget() {
    records.clear();
  }

  private record Record(LastFailure lastFailure, boolean credentialsRefused) {}
}
