package com.commercegraph.failure;

import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.registry.Provider;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class ProviderErrorsTest {

  private static ProviderException forStatus(int status, String retryAfter) {
    return ProviderErrors.forStatus(
        ProviderFailure.status(Provider.VEEQO, status, null, null), retryAfter);
  }

  @Test
  void eachStatusBecomesTheExceptionOfItsMeaning() {
    assertThat(forStatus(401, null)).isInstanceOf(ProviderAuthException.class);
    assertThat(forStatus(403, null)).isInstanceOf(ProviderAuthException.class);
    assertThat(forStatus(404, null)).isInstanceOf(ProviderNotFoundException.class);
    assertThat(forStatus(409, null)).isInstanceOf(ProviderConflictException.class);
    assertThat(forStatus(400, null)).isInstanceOf(ProviderRejectedException.class);
    assertThat(forStatus(415, null)).isInstanceOf(ProviderRejectedException.class);
    assertThat(forStatus(504, null)).isInstanceOf(ProviderTimeoutException.class);
    assertThat(forStatus(500, null)).isInstanceOf(ProviderUnavailableException.class);
    assertThat(forStatus(503, null).retryable()).isTrue();
    assertThat(forStatus(400, null).retryable()).isFalse();
  }

  @Test
  void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
    assertThat(forStatus(429, "7").retryAfter()).contains(Duration.ofSeconds(7));
    String inTwoMinutes =
        ZonedDateTime.now(ZoneOffset.UTC)
            .plusMinutes(2)
            .format(DateTimeFormatter.RFC_1123_DATE_TIME);
    assertThat(forStatus(429, inTwoMinutes).retryAfter().orElseThrow())
        .isBetween(Duration.ofSeconds(100), Duration.ofSeconds(121));
    assertThat(forStatus(429, "soon").retryAfter()).isEmpty();
    assertThat(forStatus(429, null).retryAfter()).isEmpty();
  }

  @Test
  void aWriteThatTimedOutHasAnUnknownOutcomeButARefusedConnectionDoesNot() {
    ProviderException timedOut =
        ProviderErrors.forTransport(
            Provider.VEEPE, new RuntimeException(new SocketTimeoutException()), true);
    assertThat(timedOut).isInstanceOf(ProviderTimeoutException.class);
    assertThat(timedOut.outcomeUnknown()).isTrue();

    ProviderException refused =
        ProviderErrors.forTransport(
            Provider.VEEPE, new RuntimeException(new ConnectException("refused")), true);
    assertThat(refused).isInstanceOf(ProviderUnavailableException.class);
    assertThat(refused.outcomeUnknown()).isFalse();

    ProviderException readTimedOut =
        ProviderErrors.forTransport(
            Provider.VEEPE, new RuntimeException(new SocketTimeoutException()), false);
    assertThat(readTimedOut.outcomeUnknown()).isFalse();
  }
}
