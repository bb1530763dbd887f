package io.tcemu.product.redis;

import io.tcemu.lifecycle.LifecycleEngine;

/** Private IPv4 addresses for new instances (InstanceSet.WanIp), distinct across the emulator. */
final class Vips {
    private Vips() {
    }

    static String next(LifecycleEngine engine) {
        long n = engine.nextNumber("redis.Vip");
        return "10.0." + (n / 250 % 256) + "." + (n % 250 + 2);
    }
}
