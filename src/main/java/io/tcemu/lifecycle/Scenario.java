package io.tcemu.lifecycle;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Another way a transition can end, which a fault with this scenario's name as its outcome selects:
 * it settles in {@code settled} and records {@code attributes} on the resource, for the product to
 * show (a consistency check that finds differences: {@code {"settled": "success", "attributes":
 * {"Conclusion": "different"}}}).
 */
public record Scenario(String settled, ObjectNode attributes, String note) {
    public Scenario {
        if (settled == null || settled.isBlank()) {
            throw new IllegalArgumentException("a scenario needs the state it settles in");
        }
    }
}
