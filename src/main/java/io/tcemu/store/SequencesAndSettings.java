package io.tcemu.store;

import java.util.Map;
import java.util.Optional;

/** What a store keeps beside its resources: numbered sequences (Redis TaskId) and named settings (the clock's offset). */
interface SequencesAndSettings {

    /** The sequence's next number, from one; never the same twice. */
    long nextNumber(String sequence);

    /** Every sequence's last number, by name. */
    Map<String, Long> sequences();

    Optional<String> setting(String name);

    void putSetting(String name, String value);
}
