package io.tcemu.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One action of a product version: its request and response structures, the structures they
 * refer to, the error codes the SDKs document for it, and the values its parameters' documentation allows.
 */
public final class ActionSpec {
    private final String product;
    private final String version;
    private final String name;
    private final StructSpec input;
    private final StructSpec output;
    private final List<String> errorCodes;
    private final Map<String, StructSpec> structs;
    private final RateLimit rateLimit;
    private final ObjectNode example;
    private final Map<String, ParamConstraint> constraints;

    ActionSpec(String product, String version, String name, StructSpec input, StructSpec output,
               List<String> errorCodes, Map<String, StructSpec> structs, RateLimit rateLimit, ObjectNode example,
               Map<String, ParamConstraint> constraints) {
        this.product = product;
        this.version = version;
        this.name = name;
        this.input = input;
        this.output = output;
        this.errorCodes = List.copyOf(errorCodes);
        this.structs = structs;
        this.rateLimit = rateLimit;
        this.example = example;
        this.constraints = Map.copyOf(constraints);
    }

    public String product() {
        return product;
    }

    public String version() {
        return version;
    }

    public String name() {
        return name;
    }

    public StructSpec input() {
        return input;
    }

    public StructSpec output() {
        return output;
    }

    public List<String> errorCodes() {
        return errorCodes;
    }

    /** The documented request rate limit, where the product documents one for this action. */
    public Optional<RateLimit> rateLimit() {
        return Optional.ofNullable(rateLimit);
    }

    /** The members of the documented response example, without RequestId, where the product documents one. */
    public Optional<ObjectNode> example() {
        return Optional.ofNullable(example).map(ObjectNode::deepCopy);
    }

    /** The enum and range constraints of constraints.json on this action's parameters, by member path without list indices. */
    public Map<String, ParamConstraint> constraints() {
        return constraints;
    }

    /** The structure a member's type names; loading guarantees that every such name resolves. */
    public StructSpec struct(String name) {
        StructSpec struct = structs.get(name);
        if (struct == null) {
            throw new IllegalArgumentException(product + " " + version + " has no structure " + name);
        }
        return struct;
    }

    @Override
    public String toString() {
        return product + " " + version + " " + name;
    }
}
