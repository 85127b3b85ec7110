package com.commercegraph.failure;

import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.registry.Provider;
import java.net.ConnectException;
import java.net.SocketException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a failed write's answer proves ({@link ProviderErrors#forWrite}): only a refusal means "not
 * applied"; every other failure leaves the outcome open, keeping its status and its kind.
 */
class WriteOutcomeRulesTest {

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504, 408, 599})
  void aServerErrorOrRequestTimeoutLeavesTheOutcomeOpen(int status) {
    ProviderException answer =
        ProviderErrors.forStatus(ProviderFailure.status(Provider.SHOPWEDO, status, "E", "m"), null);

    ProviderException write = ProviderErrors.forWrite(answer);

    assertThat(write.outcomeUnknown()).isTrue();
    assertThat(write.httpStatus()).contains(status);
    assertThat(write.code()).isEqualTo(answer.code());
    assertThat(write.providerCode()).contains("E");
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 415, 422, 429})
  void aRefusalProvesNothingWasApplied(int status) {
    ProviderException answer =
        ProviderErrors.forStatus(ProviderFailure.status(Provider.VEEQO, status, null, null), "1");

    assertThat(ProviderErrors.forWrite(answer)).isSameAs(answer);
    assertThat(ProviderErrors.forWrite(answer).outcomeUnknown()).isFalse();
  }

  @Test
  void nothingSentIsNotAppliedAndAResetAfterSendingIsUnknown() {
    ProviderException refused =
        ProviderErrors.forTransport(Provider.VEEPE, new ConnectException("refused"), true);
    ProviderException reset =
        ProviderErrors.forTransport(Provider.VEEPE, new SocketException("reset"), true);

    assertThat(ProviderErrors.forWrite(refused).outcomeUnknown()).isFalse();
    assertThat(ProviderErrors.forWrite(reset).outcomeUnknown()).isTrue();
    assertThat(
            ProviderErrors.forWrite(new GatewayRateLimitedException(Provider.VEEQO, Duration.ZERO))
                .outcomeUnknown())
        .isFalse();
    assertThat(
            ProviderErrors.forWrite(new CircuitOpenException(Provider.VEEQO, null))
                .outcomeUnknown())
        .isFalse();
  }
}
