package io.tcemu.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One row of the store: the lifecycle engine's document (states, operation in flight), the
 * product's attributes, and the version that compare-and-set updates check.
 */
public record StoredResource(ResourceKey key, long version, ObjectNode lifecycle, ObjectNode attributes) {}
