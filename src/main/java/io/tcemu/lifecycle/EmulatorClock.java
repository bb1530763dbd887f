package io.tcemu.lifecycle;

import io.tcemu.store.SharedValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The emulator's time: the wall clock shifted by an offset, optionally frozen, optionally running
 * {@code scale} times faster. Lifecycles settle against it; signature expiry does not (it keeps
 * the wall clock). Thread-safe without locks: all state is one immutable anchor swapped atomically.
 * Shared ({@link #share}), the anchor is a value of the store that every gateway on it reads and
 * changes, so they all show the same time.
 */
public final class EmulatorClock {

    /** The latest time the clock can show: dates keep four-digit years, and time arithmetic cannot overflow. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** What the clock shows, for an admin call that displays it. */
    public record Reading(Instant now, Duration offset, boolean frozen, double scale) {}

    /**
     * Emulated time is {@code emulatedAt + (wall - wallAt) * scale}, or {@code emulatedAt} while
     * frozen. Every change re-anchors at the current instant, so a change never makes time jump.
     */
    private record Anchor(Instant wallAt, Instant emulatedAt, boolean frozen, double scale) {
        Instant at(Instant wall) {
            if (frozen) {
                return emulatedAt;
            }
            long elapsedNanos = Duration.between(wallAt, wall).toNanos();
            Instant at = emulatedAt.plusNanos(Math.round(elapsedNanos * scale));
            return at.isAfter(LATEST) ? LATEST : at;
        }

        String text() {
            return wallAt + " " + emulatedAt + " " + frozen + " " + scale;
        }

        static Anchor parse(String text) {
            String[] parts = text.split(" ");
            return new Anchor(Instant.parse(parts[0]), Instant.parse(parts[1]), Boolean.parseBoolean(parts[2]),
                    Double.parseDouble(parts[3]));
        }
    }

    private static final String SHARED = "clock";

    private final Clock wall;
    private final AtomicReference<Anchor> anchor;
    private volatile Consumer<Reading> onChange = reading -> { };
    private volatile SharedValues shared;

    /** The system clock at normal speed. */
    public EmulatorClock() {
        this(Clock.systemUTC(), 1.0);
    }

    /** A clock over {@code wall} (tests pass a controllable one) running {@code scale} times faster. */
    public EmulatorClock(Clock wall, double scale) {
        this.wall = wall;
        Instant start = wall.instant();
        this.anchor = new AtomicReference<>(new Anchor(start, start, false, checkedScale(scale)));
    }

    public Instant now() {
        return anchor().at(wall.instant());
    }

    /**
     * From now on keeps the anchor in {@code values}, shared with every gateway on the same store:
     * each reading takes the anchor kept there, each change is made there.
     */
    public void share(SharedValues values) {
        this.shared = values;
    }

    /** Whether the clock is kept in a store that several gateways share. */
    public boolean shared() {
        return shared != null;
    }

    private Anchor anchor() {
        SharedValues values = shared;
        if (values != null) {
            String text = values.get(SHARED);
            if (text != null && !text.equals(anchor.get().text())) {
                anchor.set(Anchor.parse(text));
            }
        }
        return anchor.get();
    }

    /** Applies {@code change} to the anchor, in the store when the clock is shared. */
    private void change(UnaryOperator<Anchor> change) {
        SharedValues values = shared;
        if (values == null) {
            anchor.updateAndGet(change);
        } else {
            anchor.set(Anchor.parse(values.update(SHARED,
                    text -> change.apply(text == null ? anchor.get() : Anchor.parse(text)).text())));
        }
    }

    /** Moves emulated time forward; lifecycles settle lazily, so nothing else needs to happen. */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the emulator clock only moves forward; got " + by);
        }
        reanchor(a -> {
            if (Duration.between(a.emulatedAt(), LATEST).compareTo(by) < 0) {
                throw new IllegalArgumentException("the emulator clock cannot pass " + LATEST + "; it shows "
                        + a.emulatedAt() + ", so advance it by at most "
                        + Duration.between(a.emulatedAt(), LATEST).toSeconds() + " seconds");
            }
            return new Anchor(a.wallAt(), a.emulatedAt().plus(by), a.frozen(), a.scale());
        });
    }

    public void setFrozen(boolean frozen) {
        reanchor(a -> new Anchor(a.wallAt(), a.emulatedAt(), frozen, a.scale()));
    }

    public void setScale(double scale) {
        double checked = checkedScale(scale);
        reanchor(a -> new Anchor(a.wallAt(), a.emulatedAt(), a.frozen(), checked));
    }

    /** Back to the wall clock: no offset, not frozen. The scale is start-up configuration and stays. */
    public void reset() {
        Instant w = wall.instant();
        change(a -> new Anchor(w, w, false, a.scale()));
        onChange.accept(reading());
    }

    /**
     * Resumes from a reading kept before a restart: the same offset from the wall clock, or the same
     * instant if it was frozen. The scale stays the one configured at start.
     */
    public void resume(Reading saved) {
        Instant w = wall.instant();
        Instant emulated = saved.frozen() ? saved.now() : w.plus(saved.offset());
        change(a -> new Anchor(w, emulated.isAfter(LATEST) ? LATEST : emulated, saved.frozen(), a.scale()));
    }

    /** Tells {@code listener} every reading an explicit change (advance, freeze, scale, reset) leaves. */
    public void onChange(Consumer<Reading> listener) {
        this.onChange = listener;
    }

    /**
     * Puts the clock where a saved reading left it: a frozen clock at the instant it showed, a
     * running one at the same offset from the wall clock.
     */
    public void restore(Reading saved) {
        double scale = checkedScale(saved.scale());
        Instant w = wall.instant();
        change(a -> new Anchor(w, saved.frozen() ? saved.now() : w.plus(saved.offset()), saved.frozen(), scale));
    }

    public Reading reading() {
        Instant w = wall.instant();
        Anchor a = anchor();
        Instant now = a.at(w);
        return new Reading(now, Duration.between(w, now), a.frozen(), a.scale());
    }

    /** Applies {@code change} to an anchor first moved to the current instant. */
    private void reanchor(UnaryOperator<Anchor> change) {
        change(a -> {
            Instant w = wall.instant();
            return change.apply(new Anchor(w, a.at(w), a.frozen(), a.scale()));
        });
        onChange.accept(reading());
    }

    private static double checkedScale(double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("time scale must be a positive number; got " + scale);
        }
        return scale;
    }
}
