package io.tcemu.store;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Sequences and settings in maps, for an emulator that keeps no database. */
final class MemorySequencesAndSettings implements SequencesAndSettings {
    private final Map<String, Long> sequences = new ConcurrentHashMap<>();
    private final Map<String, String> settings = new ConcurrentHashMap<>();

    @Override
    public long nextNumber(String sequence) {
        return sequences.merge(sequence, 1L, Long::sum);
    }

    @Override
    public Map<String, Long> sequences() {
        return new TreeMap<>(sequences);
    }

    @Override
    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    @Override
    public void putSetting(String name, String value) {
        settings.put(name, value);
    }

    void replaceSequences(Map<String, Long> replacement) {
        sequences.clear();
        sequences.putAll(replacement);
    }
}
