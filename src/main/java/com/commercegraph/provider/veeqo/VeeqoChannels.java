package com.commercegraph.provider.veeqo;

import com.commercegraph.channel.Channel;
import com.commercegraph.channel.ChannelSellable;
import com.commercegraph.channel.NewAmazonChannel;
import com.commercegraph.channel.SalesChannels;
import com.commercegraph.channel.SellableLink;
import com.commercegraph.registry.Provider;
import com.commercegraph.write.InputProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Veeqo's sales channels for the Amazon buyer-protection setup (veeqo-amazon-buyer-protection.txt
 * steps 1 and 2): a custom integration channel for Amazon, and channel sellables that link Veeqo
 * sellables to Amazon listings, with Veeqo's own rules for their input.
 */
@ApplicationScoped
public class VeeqoChannels implements SalesChannels {

  // veeqo-amazon-buyer-protection.txt step 1: these three values make it an Amazon channel.
  static final String CUSTOM_INTEGRATION = "custom_integration";
  static final String AMAZON = "amazon";
  static final int SHORT_NAME_MAX = 2;

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final int NAME_MAX = 100;
  private static final int REMOTE_MAX = 255;

  private final VeeqoClient client;
  private final VeeqoMapper mapper;

  VeeqoChannels(VeeqoClient client, VeeqoMapper mapper) {
    this.client = client;
    this.mapper = mapper;
  }

  @Override
  public Provider provider() {
    return Provider.VEEQO;
  }

  @Override
  public List<InputProblem> problems(NewAmazonChannel channel) {
    List<InputProblem> problems = new ArrayList<>();
    text(problems, channel.name(), NAME_MAX, true, "input", "name");
    text(problems, channel.shortName(), SHORT_NAME_MAX, true, "input", "shortName");
    if (!isCurrency(channel.currencyCode())) {
      problems.add(
          InputProblem.of(
              "INVALID",
              "currencyCode must be an ISO 4217 code such as USD",
              "input",
              "currencyCode"));
    }
    return problems;
  }

  /** A custom integration channel for Amazon; Veeqo does not dictate its stock level. */
  @Override
  public Channel createAmazonChannel(NewAmazonChannel channel) {
    return mapper.channel(
        client.createChannel(
            new VeeqoNewChannel(
                channel.name(),
                CUSTOM_INTEGRATION,
                channel.currencyCode(),
                channel.shortName(),
                null,
                null,
                false,
                new VeeqoNewChannel.CustomIntegration(AMAZON))));
  }

  /** Without an existing channel product to link to, a new one is made: then a title is needed. */
  @Override
  public List<InputProblem> problems(SellableLink link) {
    String channelId = link.channelId();
    String sellableId = link.sellableId();
    String channelProductId = link.channelProductId();
    List<InputProblem> problems = new ArrayList<>();
    if (channelId == null || !VeeqoOrderRequests.isVeeqoId(channelId)) {
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
    text(problems, link.remoteId(), REMOTE_MAX, true, "input", "remoteId");
    text(problems, link.remoteSku(), REMOTE_MAX, false, "input", "remoteSku");
    boolean linkExisting = !isBlank(channelProductId);
    text(problems, link.remoteTitle(), REMOTE_MAX, !linkExisting, "input", "remoteTitle");
    if (linkExisting && !VeeqoOrderRequests.isVeeqoId(channelProductId)) {
      problems.add(
          InputProblem.of(
              "INVALID",
              "channelProductId must be a Veeqo channel product id (a number)",
              "input",
              "channelProductId"));
    }
    return problems;
  }

  @Override
  public ChannelSellable link(SellableLink link) {
    boolean linkExisting = !isBlank(link.channelProductId());
    return mapper.channelSellable(
        client.createChannelSellable(
            new VeeqoNewChannelSellable(
                Long.parseLong(link.sellableId()),
                Long.parseLong(link.channelId()),
                link.remoteId(),
                isBlank(link.remoteSku()) ? null : link.remoteSku(),
                isBlank(link.remoteTitle()) ? null : link.remoteTitle(),
                linkExisting ? link.channelProductId() : null)));
  }

  /** Veeqo products are addressed {@code productId/sellableId}: the linked sellable's change. */
  @Override
  public Predicate<String> productsChangedBy(SellableLink link) {
    return productId -> productId.endsWith("/" + link.sellableId());
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
