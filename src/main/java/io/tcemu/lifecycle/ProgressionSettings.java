package io.tcemu.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The progression settings in force; the most specific one applies, then the lifecycle file's time default. */
public final class ProgressionSettings {
    private static final String ANY = "";

    private final LifecycleCatalog catalog;
    private final Map<String, ProgressionSetting> byScope = new ConcurrentHashMap<>();

    ProgressionSettings(LifecycleCatalog catalog) {
        this.catalog = catalog;
    }

    /** Adds or replaces the setting for its scope; names must exist so a typo does not silently do nothing. */
    public void set(ProgressionSetting setting) {
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
        byScope.put(scope(setting.lifecycle(), setting.operation()), setting);
    }

    /** Replaces every setting, all or none: each is checked before any is kept. */
    public void replace(List<ProgressionSetting> settings) {
        ProgressionSettings checked = new ProgressionSettings(catalog);
        settings.forEach(checked::set);
        byScope.clear();
        byScope.putAll(checked.byScope);
    }

    public List<ProgressionSetting> list() {
        return new ArrayList<>(byScope.values());
    }

    public void clear() {
        byScope.clear();
    }

    /** The setting for this operation: its own, else its lifecycle's, else the global one, else time with file defaults. */
    ProgressionSetting resolve(String lifecycle, String operation) {
        ProgressionSetting s = byScope.get(scope(lifecycle, operation));
        if (s == null) {
            s = byScope.get(scope(lifecycle, null));
        }
        if (s == null) {
            s = byScope.get(scope(null, null));
        }
        return s != null ? s : ProgressionSetting.global(ProgressionMode.TIME);
    }

    private static String scope(String lifecycle, String operation) {
        return (lifecycle == null ? ANY : lifecycle) + "/" + (operation == null ? ANY : operation);
    }
}
