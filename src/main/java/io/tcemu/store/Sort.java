package io.tcemu.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One key of a {@link ResourceQuery}'s order, as data every store executes alike: the order of
 * creation, the creation time, the time of the latest state change, or an attribute (a JSON pointer:
 * numbers compare as numbers, anything else as text, a missing one as empty text), either way round.
 */
public record Sort(Key key, String pointer, boolean descending) {
    public enum Key { CREATION, CREATED_AT, CHANGED_AT, ATTRIBUTE }

    public Sort {
        Objects.requireNonNull(key, "key");
        if ((key == Key.ATTRIBUTE) != (pointer != null)) {
            throw new IllegalArgumentException("an attribute sort names a pointer, and only it: " + key + " " + pointer);
        }
    }

    /** The order in which the resources were stored. */
    public static Sort creation(boolean descending) {
        return new Sort(Key.CREATION, null, descending);
    }

    /** The instant each resource was created (resources created in the same instant tie). */
    public static Sort createdAt(boolean descending) {
        return new Sort(Key.CREATED_AT, null, descending);
    }

    /** The instant any state of the resource last changed, its creation if none has. */
    public static Sort changedAt(boolean descending) {
        return new Sort(Key.CHANGED_AT, null, descending);
    }

    /** The attribute at a JSON pointer, such as {@code /ProjectId}. */
    public static Sort attribute(String pointer, boolean descending) {
        return new Sort(Key.ATTRIBUTE, pointer, descending);
    }

    /** This key over rows given with their place in creation order. */
    Comparator<Placed> comparator() {
        Comparator<Placed> ascending = switch (key) {
            case CREATION -> Comparator.comparingLong(Placed::place);
            case CREATED_AT -> Comparator.comparing(Placed::created);
            case CHANGED_AT -> Comparator.comparing(Placed::changed);
            case ATTRIBUTE -> Comparator.comparing(p -> p.row().attributes().at(pointer), Sort::compareValues);
        };
        return descending ? ascending.reversed() : ascending;
    }

    /** A row, its place in creation order and, when an order needs them, its times, read once rather than at each comparison. */
    record Placed(StoredResource row, long place, Instant created, Instant changed) {
        static Placed of(StoredResource row, long place, boolean times) {
            return times ? new Placed(row, place, creationTime(row), latestChange(row)) : new Placed(row, place, null, null);
        }
    }

    /** Whether this key reads the times of the lifecycle document. */
    boolean readsTimes() {
        return key == Key.CREATED_AT || key == Key.CHANGED_AT;
    }

    static Instant creationTime(StoredResource row) {
        return Instant.parse(row.lifecycle().path("createdAt").asText());
    }

    private static Instant latestChange(StoredResource row) {
        Instant latest = creationTime(row);
        for (JsonNode since : row.lifecycle().path("since")) {
            Instant at = Instant.parse(since.asText());
            latest = at.isAfter(latest) ? at : latest;
        }
        return latest;
    }

    private static int compareValues(JsonNode x, JsonNode y) {
        if (x.isNumber() && y.isNumber()) {
            return Double.compare(x.asDouble(), y.asDouble());
        }
        return x.asText().compareTo(y.asText());
    }
}
