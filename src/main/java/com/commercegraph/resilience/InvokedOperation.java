package com.commercegraph.resilience;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Names a provider request by the REST client method it calls ({@code orders}, {@code createOrder},
 * {@code updateStockEntry}): a set fixed by the REST client interfaces, so it can label metrics and
 * spans without ever carrying an id, a SKU or a key. The client is handed to the request behind a
 * proxy that notes the first method called and passes every call on unchanged.
 */
final class InvokedOperation {

  private InvokedOperation() {}

  /**
   * @return the client itself when it implements no interface (a hand-made test double), else a
   *     proxy of every interface it implements that tells {@code named} the method called
   */
  @SuppressWarnings("unchecked")
  static <C> C noting(C client, Consumer<String> named) {
    Set<Class<?>> interfaces = new LinkedHashSet<>();
    for (Class<?> type = client.getClass(); type != null; type = type.getSuperclass()) {
      interfaces.addAll(Set.of(type.getInterfaces()));
    }
    if (interfaces.isEmpty()) {
      return client;
    }
    return (C)
        Proxy.newProxyInstance(
            client.getClass().getClassLoader(),
            interfaces.toArray(Class<?>[]::new),
            (proxy, method, args) -> {
              if (method.getDeclaringClass() != Object.class) {
                named.accept(method.getName());
              }
              try {
                return method.invoke(client, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
