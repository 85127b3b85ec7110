package com.commercegraph.graphql;

import com.commercegraph.channel.ChannelService;
import com.commercegraph.channel.NewAmazonChannel;
import com.commercegraph.channel.SellableLink;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.commercegraph.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Veeqo's Amazon buyer-protection setup: the channel and the channel sellables. Neither create is
 * idempotent, so neither is retried; a timeout is {@code OUTCOME_UNKNOWN}.
 */
@GraphQLApi
public class ChannelApi {

  private final ChannelService channels;

  ChannelApi(ChannelService channels) {
    this.channels = channels;
  }

  @RolesAllowed(Roles.ORDERS_WRITE)
  @Mutation("createAmazonChannel")
  @Description("Veeqo: a custom integration channel for Amazon orders (buyer protection).")
  public @NonNull ChannelPayload createAmazonChannel(
      @NonNull @Name("input") AmazonChannelInput input) {
    try {
      return ChannelPayload.of(
          channels.createAmazonChannel(
              Provider.VEEQO,
              new NewAmazonChannel(input.name(), input.shortName(), input.currencyCode())));
    } catch (ProviderException e) {
      throw WriteErrors.of(e, null);
    }
  }

  @RolesAllowed(Roles.ORDERS_WRITE)
  @Mutation("linkChannelSellable")
  @Description("Veeqo: links a sellable to its Amazon listing (a channel sellable).")
  public @NonNull ChannelSellablePayload linkChannelSellable(
      @NonNull @Name("input") ChannelSellableInput input) {
    String channelId =
        NodeId.decode(input.channelId())
            .filter(id -> id.kind() == EntityKind.CHANNEL && id.provider() == Provider.VEEQO)
            .map(NodeId::nativeId)
            .orElse(null);
    try {
      return ChannelSellablePayload.of(
          channels.link(
              Provider.VEEQO,
              new SellableLink(
                  channelId,
                  input.sellableId(),
                  input.remoteId(),
                  input.remoteSku(),
                  input.remoteTitle(),
                  input.channelProductId())));
    } catch (ProviderException e) {
      throw WriteErrors.of(e, null);
    }
  }

  @Input("AmazonChannelInput")
  @Description("Veeqo custom-integration channel for Amazon orders (buyer protection).")
  public record AmazonChannelInput(
      @NonNull String name,
      @Description("At most 2 characters (Veeqo).") @NonNull String shortName,
      @Description("ISO 4217, e.g. USD.") @NonNull String currencyCode) {}

  @Input("ChannelSellableInput")
  @Description("Links a Veeqo sellable to its Amazon listing (a channel sellable).")
  public record ChannelSellableInput(
      @Description("The Channel's id, as createAmazonChannel returned it.") @NonNull @Id
          String channelId,
      @NonNull String sellableId,
      @Description("The listing's id on the channel: the ASIN for Amazon.") @NonNull
          String remoteId,
      String remoteSku,
      @Description("Required when a new channel product is created (no channelProductId).")
          String remoteTitle,
      @Description("An existing channel product to link to; without it a new one is created.")
          String channelProductId) {}
}
