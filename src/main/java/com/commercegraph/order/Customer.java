package com.commercegraph.order;

public record Customer(String name, String email, String phone) {}
