package com.commercegraph.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Deterministic choices for seed data: a fixed random seed per provider, so that ids, statuses and
 * amounts are the same on every start; only the dates move with the clock (within the last 60
 * days).
 */
public final class SandboxSeed {

  public static final int ORDERS_PER_PROVIDER = 36;

  /**
   * The sandbox Veeqo account's one delivery method (Veeqo's own sample id, delivery_methods.md).
   */
  public static final String VEEQO_DELIVERY_METHOD_ID = "123456";

  private static final Duration WINDOW = Duration.ofDays(60);

  private final Random random;
  private final Instant now;

  public SandboxSeed(long seed, Instant now) {
    this.random = new Random(seed);
    this.now = now;
  }

  /** A time within the last 60 days, older for lower {@code index} of {@code count}. */
  public Instant pastTime(int index, int count) {
    long slice = WINDOW.toSeconds() / count;
    long secondsAgo = WINDOW.toSeconds() - slice * index - random.nextInt((int) slice);
    return now.minusSeconds(Math.max(60, secondsAgo));
  }

  public int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  public <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** A seeded customer; {@code country} is ISO 3166-1 alpha-2. */
  public record Customer(
      String firstName,
      String lastName,
      String email,
      String phone,
      String street,
      String number,
      String city,
      String zip,
      String country) {

    public String fullName() {
      return firstName + " " + lastName;
    }
  }

  public static final List<Customer> CUSTOMERS =
      List.of(
          new Customer(
              "Alice",
              "Walker",
              "alice.walker@example.com",
              "+447700900001",
              "Downing Street",
              "10",
              "London",
              "SW1A 2AA",
              "GB"),
          new Customer(
              "Bram",
              "Peeters",
              "bram.peeters@example.be",
              "+3215000001",
              "Kerkstraat",
              "12",
              "Mechelen",
              "2800",
              "BE"),
          new Customer(
              "Chloe",
              "Martin",
              "chloe.martin@example.fr",
              "+33400000001",
              "Rue de la Republique",
              "5",
              "Lyon",
              "69001",
              "FR"),
          new Customer(
              "Dev",
              "Sharma",
              "dev.sharma@example.in",
              "+919800000001",
              "MG Road",
              "21",
              "Pune",
              "411001",
              "IN"),
          new Customer(
              "Emma",
              "Jones",
              "emma.jones@example.co.uk",
              "+447700900002",
              "Foregate Street",
              "8",
              "Worcester",
              "WR1 1AB",
              "GB"),
          new Customer(
              "Finn",
              "de Vries",
              "finn.devries@example.nl",
              "+31300000001",
              "Oudegracht",
              "44",
              "Utrecht",
              "3511 AB",
              "NL"));
}
