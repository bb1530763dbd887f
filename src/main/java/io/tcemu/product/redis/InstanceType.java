package io.tcemu.product.redis;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** An instance type (CreateInstances.TypeId, InstanceSet.Type): engine, version and architecture. */
record InstanceType(int id, String engine, String version, boolean cluster) {
    private static final Map<Integer, InstanceType> ALL = new TreeMap<>();

    static {
        add(2, "Redis", "2.8", false);
        add(3, "CKV", "3.2", false);
        add(4, "CKV", "3.2", true);
        add(6, "Redis", "4.0", false);
        add(7, "Redis", "4.0", true);
        add(8, "Redis", "5.0", false);
        add(9, "Redis", "5.0", true);
        add(15, "Redis", "6.2", false);
        add(16, "Redis", "6.2", true);
        add(17, "Redis", "7.0", false);
        add(18, "Redis", "7.0", true);
        add(19, "Valkey", "8.0", false);
        add(20, "Valkey", "8.0", true);
        add(21, "Valkey", "9.0", false);
        add(22, "Valkey", "9.0", true);
        add(200, "Memcached", "1.6", true);
    }

    private static void add(int id, String engine, String version, boolean cluster) {
        ALL.put(id, new InstanceType(id, engine, version, cluster));
    }

    static Optional<InstanceType> of(long id) {
        return Optional.ofNullable(ALL.get((int) Math.min(id, Integer.MAX_VALUE)));
    }

    /** The TypeIds of the types that pass {@code test}, as text: what a filter on InstanceSet.Type asks of the store. */
    static Set<String> ids(Predicate<InstanceType> test) {
        return ALL.values().stream().filter(test).map(t -> String.valueOf(t.id())).collect(Collectors.toSet());
    }

    /** The TypeIds CreateInstances documents, for error messages. */
    static String known() {
        return ALL.keySet().toString();
    }

    /** CKV takes a letters-and-digits password only; Redis 2.8 and CKV standard run one replica. */
    boolean ckv() {
        return engine.equals("CKV");
    }

    boolean singleReplicaOnly() {
        return !cluster && (ckv() || version.equals("2.8"));
    }

    String productType() {
        return cluster ? "cluster" : "standalone";
    }

    /**
     * UpgradeInstanceVersion: a higher version of the same engine, or the same version from standard
     * to cluster architecture; never back to standard, never Redis 2.8 or CKV.
     */
    boolean canUpgradeTo(InstanceType target) {
        if (target.id == id || !target.engine.equals(engine) || ckv() || version.equals("2.8") || cluster && !target.cluster) {
            return false;
        }
        int order = Double.compare(Double.parseDouble(target.version), Double.parseDouble(version));
        return order > 0 || order == 0 && target.cluster;
    }
}
