package io.tcemu.product.redis;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** A version as the upgrade actions name them (6.2, 5.8.0): compared number by number, a missing number counting as 0. */
final class DottedVersion implements Comparable<DottedVersion> {
    private static final Pattern FORM = Pattern.compile("\\d{1,6}(\\.\\d{1,6}){0,3}");

    private final int[] numbers;

    private DottedVersion(int[] numbers) {
        this.numbers = numbers;
    }

    static Optional<DottedVersion> parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new DottedVersion(Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray()));
    }

    /** Whether this version begins with every number of {@code line} (6.2.14 is of the line 6.2). */
    boolean isOf(DottedVersion line) {
        return line.numbers.length <= numbers.length
                && Arrays.equals(line.numbers, Arrays.copyOf(numbers, line.numbers.length));
    }

    @Override
    public int compareTo(DottedVersion other) {
        int length = Math.max(numbers.length, other.numbers.length);
        return Arrays.compare(Arrays.copyOf(numbers, length), Arrays.copyOf(other.numbers, length));
    }
}
