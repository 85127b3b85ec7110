package com.commercegraph.graphql;

import com.commercegraph.provider.EntityKind;
import com.commercegraph.provider.Provider;
import com.commercegraph.provider.ProviderException;
import com.commercegraph.provider.veeqo.VeeqoChannels;
import com.commercegraph.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
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

  private final VeeqoChannels channels;

  ChannelApi(VeeqoChannels channels) {
    this.channels = channels;
  }

  @RolesAllowed(Roles.ORDERS_WRITE)
  @Mutation("createAmazonChannel")
  @Description("Veeqo: a custom integration channel for Amazon orders (buyer protection).")
  public @NonNull ChannelPayload createAmazonChannel(
      @NonNull @Name("input") AmazonChannelInput input) {
    try {
      return ChannelPayload.of(
          channels.createAmazonChannel(input.name(), input.shortName(), input.currencyCode()));
    } catch (ProviderException e) {
      throw WriteErrors.of(e, null);
    }
  }

  @RolesAllowed(Roles.ORDERS_WRITE)
  @Mutation("linkChannelSellable")
  @Description("Veeqo: links a sellable to its Amazon listing (a channel sellable).")
  public @NonNull ChannelSellablePayload linkChannelSellable(
      @NonNull @Name("input") ChannelSellableInput input) {
    Optional<String> channelId =
        NodeId.decode(input.channelId())
            .filter(id -> id.kind() == EntityKind.CHANNEL && id.provider() == Provider.VEEQO)
            .map(NodeId::nativeId);
    try {
      return ChannelSellablePayload.of(
          channels.linkSellable(
              channelId,
              input.sellableId(),
              input.remoteId(),
              input.remoteSku(),
              input.remoteTitle(),
              input.channelProductId()));
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
