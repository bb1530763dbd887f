package io.tcemu.lifecycle;

import io.tcemu.store.SharedValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The progression settings in force; the most specific one applies, then the lifecycle file's time
 * default. Kept as a shared value, so gateways on one store follow the same settings.
 */
public final class ProgressionSettings {
    private final LifecycleCatalog catalog;
    private final SharedList<ProgressionSetting> settings;

    ProgressionSettings(LifecycleCatalog catalog, SharedValues shared) {
        this.catalog = catalog;
        this.settings = new SharedList<>(shared, "progression", ProgressionSetting.class);
    }

    /** Adds or replaces the setting for its scope; names must exist so a typo does not silently do nothing. */
    public void set(ProgressionSetting setting) {
        check(setting);
        settings.update(list -> put(list, setting));
    }

    private void check(ProgressionSetting setting) {
        if (setting.lifecycle() != null) {
            if (!catalog.contains(setting.lifecycle())) {
                throw ProgressionSetting.invalid("unknown lifecycle " + setting.lifecycle() + "; known: "
                        + catalog.all().stream().map(LifecycleDefinition::lifecycle).toList());
            }
            LifecycleDefinition d = catalog.get(setting.lifecycle());
            if (setting.operation() != null && d.operation(setting.operation()).isEmpty()) {
                throw ProgressionSetting.invalid(d.lifecycle() + " has no operation " + setting.operation() + "; known: "
                        + d.operations().stream().map(Operation::name).toList());
            }
        }
    }

    /** Replaces every setting, all or none: each is checked before any is kept. */
    public void replace(List<ProgressionSetting> replacements) {
        replacements.forEach(this::check);
        settings.update(list -> {
            List<ProgressionSetting> fresh = new ArrayList<>();
            replacements.forEach(r -> put(fresh, r));
            return fresh;
        });
    }

    public List<ProgressionSetting> list() {
        return new ArrayList<>(settings.get());
    }

    public void clear() {
        settings.update(list -> new ArrayList<>());
    }

    /** The list with {@code setting} in place of any of the same scope. */
    private static List<ProgressionSetting> put(List<ProgressionSetting> list, ProgressionSetting setting) {
        list.removeIf(s -> Objects.equals(s.lifecycle(), setting.lifecycle())
                && Objects.equals(s.operation(), setting.operation()));
        list.add(setting);
        return list;
    }

    /** The setting for this operation: its own, else its lifecycle's, else the global one, else time with file defaults. */
    ProgressionSetting resolve(String lifecycle, String operation) {
        List<ProgressionSetting> all = settings.get();
        ProgressionSetting s = find(all, lifecycle, operation);
        if (s == null) {
            s = find(all, lifecycle, null);
        }
        if (s == null) {
            s = find(all, null, null);
        }
        return s != null ? s : ProgressionSetting.global(ProgressionMode.TIME);
    }

    private static ProgressionSetting find(List<ProgressionSetting> all, String lifecycle, String operation) {
        for (ProgressionSetting s : all) {
            if (Objects.equals(s.lifecycle(), lifecycle) && Objects.equals(s.operation(), operation)) {
                return s;
            }
        }
        return null;
    }
}
