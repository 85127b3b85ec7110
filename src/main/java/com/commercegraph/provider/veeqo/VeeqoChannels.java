package com.commercegraph.provider.veeqo;

import com.commercegraph.cache.ProductCache;
import com.commercegraph.order.InputProblem;
import com.commercegraph.order.WriteResult;
import com.commercegraph.provider.Provider;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Amazon buyer-protection setup (veeqo-amazon-buyer-protection.txt steps 1 and 2): a custom
 * integration channel for Amazon, and channel sellables that link Veeqo sellables to Amazon
 * listings.
 *
 * <p>What callers rely on: the input is checked before any call, and a refused input sends nothing.
 * Neither create is idempotent at Veeqo, so each is sent exactly once and never retried; a timeout
 * or dropped connection is a {@link com.commercegraph.provider.ProviderException} with {@code
 * outcomeUnknown()}, for the caller to report as such.
 */
@ApplicationScoped
public class VeeqoChannels {

  // veeqo-amazon-buyer-protection.txt step 1: these three values make it an Amazon channel.
  static final String CUSTOM_INTEGRATION = "custom_integration";
  static final String AMAZON = "amazon";
  static final int SHORT_NAME_MAX = 2;

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final int NAME_MAX = 100;
  private static final int REMOTE_MAX = 255;

  private final VeeqoClient client;
  private final ProductCache products;

  VeeqoChannels(VeeqoClient client, ProductCache products) {
    this.client = client;
    this.products = products;
  }

  /** Creates a custom integration channel for Amazon; Veeqo does not dictate its stock level. */
  public WriteResult<VeeqoChannel> createAmazonChannel(
      String name, String shortName, String currencyCode) {
    List<InputProblem> problems = new ArrayList<>();
    text(problems, name, NAME_MAX, true, "input", "name");
    text(problems, shortName, SHORT_NAME_MAX, true, "input", "shortName");
    if (!isCurrency(currencyCode)) {
      problems.add(
          InputProblem.of(
              "INVALID",
              "currencyCode must be an ISO 4217 code such as USD",
              "input",
              "currencyCode"));
    }
    if (!problems.isEmpty()) {
      return WriteResult.refused(problems);
    }
    return WriteResult.done(
        client.createChannel(
            new VeeqoNewChannel(
                name,
                CUSTOM_INTEGRATION,
                currencyCode,
                shortName,
                null,
                null,
                false,
                new VeeqoNewChannel.CustomIntegration(AMAZON))));
  }

  /**
   * Links a sellable to its Amazon listing: to the existing channel product when one is named,
   * otherwise with a new channel product titled {@code remoteTitle} (so then a title is required).
   *
   * @param channelId the Veeqo channel id; empty when the client's id names no Veeqo channel
   */
  public WriteResult<VeeqoChannelSellable> linkSellable(
      Optional<String> channelId,
      String sellableId,
      String remoteId,
      String remoteSku,
      String remoteTitle,
      String channelProductId) {
    List<InputProblem> problems = new ArrayList<>();
    if (channelId.isEmpty() || !VeeqoOrderRequests.isVeeqoId(channelId.get())) {
      problems.add(
          InputProblem.of(
              "INVALID", "channelId is not a Veeqo channel's id", "input", "channelId"));
    }
    if (isBlank(sellableId)) {
      problems.add(InputProblem.of("REQUIRED", "sellableId is required", "input", "sellableId"));
    } else if (!VeeqoOrderRequests.isVeeqoId(sellableId)) {
      problems.add(
          InputProblem.of(
              "INVALID",
              "sellableId must be a Veeqo sellable id (a number)",
              "input",
              "sellableId"));
    }
    text(problems, remoteId, REMOTE_MAX, true, "input", "remoteId");
    text(problems, remoteSku, REMOTE_MAX, false, "input", "remoteSku");
    boolean linkExisting = !isBlank(channelProductId);
    text(problems, remoteTitle, REMOTE_MAX, !linkExisting, "input", "remoteTitle");
    if (linkExisting && !VeeqoOrderRequests.isVeeqoId(channelProductId)) {
      problems.add(
          InputProblem.of(
              "INVALID",
              "channelProductId must be a Veeqo channel product id (a number)",
              "input",
              "channelProductId"));
    }
    if (!problems.isEmpty()) {
      return WriteResult.refused(problems);
    }
    VeeqoNewChannelSellable link =
        new VeeqoNewChannelSellable(
            Long.parseLong(sellableId),
            Long.parseLong(channelId.get()),
            remoteId,
            isBlank(remoteSku) ? null : remoteSku,
            isBlank(remoteTitle) ? null : remoteTitle,
            linkExisting ? channelProductId : null);
    // The sellable may look different afterwards: its cached products (productId/sellableId) go.
    return WriteResult.done(
        products
            .aroundWrite(
                Provider.VEEQO,
                productId -> productId.endsWith("/" + sellableId),
                () -> client.createChannelSellable(link))
            .get());
  }

  private static boolean isCurrency(String code) {
    if (code == null || !CURRENCY.matcher(code).matches()) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void text(
      List<InputProblem> problems, String value, int max, boolean required, String... field) {
    String name = field[field.length - 1];
    if (isBlank(value)) {
      if (required) {
        problems.add(InputProblem.of("REQUIRED", name + " is required", field));
      }
    } else if (value.length() > max) {
      problems.add(
          InputProblem.of("TOO_LONG", name + " is longer than " + max + " characters", field));
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
