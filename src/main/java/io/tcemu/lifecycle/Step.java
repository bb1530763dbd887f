package io.tcemu.lifecycle;

/** One named step of an operation that reports progress (a check item, a migration phase). */
public record Step(String id, String name, int seconds) {
    public Step {
        if (id == null || id.isBlank() || seconds < 0) {
            throw new IllegalArgumentException("a step needs an id and seconds >= 0; got " + id + "/" + seconds);
        }
    }
}
