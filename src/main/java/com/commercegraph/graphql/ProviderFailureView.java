package com.commercegraph.graphql;

import com.commercegraph.resilience.LastFailure;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ProviderFailure")
@Description(
    "The latest failure of a provider that was the provider's own: unreachable, too slow, a 5xx or"
        + " 429 answer, an unreadable answer, or refused credentials. Never a 404 or a refused"
        + " input, which say nothing about the provider's health.")
public record ProviderFailureView(
    @Description("The gateway's error code, as in GraphQL errors (PROVIDER_UNAVAILABLE, ...).")
        @NonNull
        String code,
    @Description("The provider's HTTP status, when it answered at all.") Integer httpStatus,
    @Description("When it happened (UTC).") @NonNull OffsetDateTime at) {

  static ProviderFailureView of(LastFailure failure) {
    return new ProviderFailureView(
        failure.code(), failure.httpStatus().orElse(null), failure.at().atOffset(ZoneOffset.UTC));
  }
}
