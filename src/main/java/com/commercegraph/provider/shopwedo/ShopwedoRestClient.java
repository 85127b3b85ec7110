package com.commercegraph.provider.shopwedo;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * ShopWeDo's REST API 1.1 (shopwedo-api.txt). Every method is {@code POST {base}/{method}} with a
 * form body of two fields, {@code auth} and {@code data}, each a JSON document as text: the form
 * encoding that working public clients use (NOTES.md, ShopWeDo). Built by {@link ShopwedoClient}.
 */
// Registered under its key only so that quarkus.rest-client."shopwedo".* is read: the client is
// built by ShopwedoClient, which applies those settings (settings/StandardRestClientKeys).
@RegisterRestClient(configKey = "shopwedo")
@Path("/")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.APPLICATION_JSON)
public interface ShopwedoRestClient {

  /** 202 when the auth object is valid, 401 otherwise. */
  @POST
  @Path("authTest")
  void authTest(@FormParam("auth") String auth, @FormParam("data") String data);

  @POST
  @Path("createOrder")
  ShopwedoCreatedOrder createOrder(@FormParam("auth") String auth, @FormParam("data") String data);

  /** An array holding the order (NOTES.md, ShopWeDo). */
  @POST
  @Path("getOrder")
  List<ShopwedoOrder> getOrder(@FormParam("auth") String auth, @FormParam("data") String data);

  @POST
  @Path("cancelOrder")
  void cancelOrder(@FormParam("auth") String auth, @FormParam("data") String data);

  @POST
  @Path("getStock")
  List<ShopwedoStockItem> getStock(@FormParam("auth") String auth, @FormParam("data") String data);

  @POST
  @Path("getProducts")
  List<ShopwedoProduct> getProducts(@FormParam("auth") String auth, @FormParam("data") String data);
}
