package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Params;
import io.tcemu.product.ProductActions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An instance's automatic backup settings, kept and shown; tcemu does not make automatic backups.
 * Until changed: every day, 00:00-01:00 (tcemu's choice; the sources give no default hour), kept 7 days.
 */
final class AutoBackupActions {
    private static final String CONFIG = "AutoBackup";
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    /** A whole hour: 00:00-01:00 … 23:00-00:00. */
    private static final Pattern HOUR = Pattern.compile("([01]\\d|2[0-3]):00-([01]\\d|2[0-3]):00");
    /** AutoBackupType and BackupStorageDays each take the one value the action documents (constraints.json). */
    private static final long TYPE = 1;
    private static final long STORAGE_DAYS = 7;

    private final LifecycleEngine engine;

    AutoBackupActions(LifecycleEngine engine) {
        this.engine = engine;
    }

    void register(ProductActions actions) {
        actions.on("ModifyAutoBackupConfig", this::modifyAutoBackupConfig);
        actions.on("DescribeAutoBackupConfig", this::describeAutoBackupConfig);
    }

    /** ModifyAutoBackupConfig: changes what is given, at once; answers the settings as they now are. */
    private ObjectNode modifyAutoBackupConfig(ApiRequest request) {
        ObjectNode p = request.params();
        JsonNode days = p.path("WeekDays");
        String period = Params.text(p, "TimePeriod");
        if (period != null && !wholeHour(period)) {
            throw ApiError.of(RedisErrors.INVALID_PARAMETER_PERIOD, "TimePeriod must be one whole hour such as 00:00-01:00 or 23:00-00:00, not `"
                    + period + "`.", "TimePeriod 须为一个整点时段，如 00:00-01:00、23:00-00:00。");
        }
        Resource instance = engine.apply(RedisResources.instance(request, p.path("InstanceId").asText()), "ModifyAutoBackupConfig", a -> {
            ObjectNode config = config(a).deepCopy();
            if (!days.isEmpty()) {
                config.set("WeekDays", days.deepCopy());
            }
            if (period != null) {
                config.put("TimePeriod", period);
            }
            a.set(CONFIG, config);
        });
        ObjectNode shown = config(instance.attributes()).deepCopy();
        shown.remove("BinlogStorageDays");
        return shown;
    }

    /** DescribeAutoBackupConfig: the settings, with BinlogStorageDays (documented as no longer used) at 7. */
    private ObjectNode describeAutoBackupConfig(ApiRequest request) {
        Resource instance = engine.get(RedisResources.instance(request, request.params().path("InstanceId").asText()));
        return config(instance.attributes()).deepCopy();
    }

    private static ObjectNode config(ObjectNode instance) {
        if (instance.has(CONFIG)) {
            return (ObjectNode) instance.get(CONFIG);
        }
        ObjectNode defaults = JsonNodeFactory.instance.objectNode().put("AutoBackupType", TYPE);
        ArrayNode days = defaults.putArray("WeekDays");
        DAYS.forEach(days::add);
        return defaults.put("TimePeriod", "00:00-01:00").put("BackupStorageDays", STORAGE_DAYS).put("BinlogStorageDays", STORAGE_DAYS);
    }

    private static boolean wholeHour(String period) {
        Matcher m = HOUR.matcher(period);
        return m.matches() && (Integer.parseInt(m.group(1)) + 1) % 24 == Integer.parseInt(m.group(2));
    }
}
