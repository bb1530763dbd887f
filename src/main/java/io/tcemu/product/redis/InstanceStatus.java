package io.tcemu.product.redis;

import io.tcemu.api.Language;

import io.tcemu.lifecycle.LocalizedText;
import java.util.Arrays;

/** The instance lifecycle's states as DescribeInstances reports them: Status and InstanceTitle. */
enum InstanceStatus {
    CREATING("creating", 0, new LocalizedText("To be initialized", "待初始化")),
    PROCESSING("processing", 1, new LocalizedText("In process", "流程中")),
    RUNNING("running", 2, new LocalizedText("Running", "运行中")),
    ISOLATED("isolated", -2, new LocalizedText("Isolated", "已隔离")),
    DELETING("deleting", -3, new LocalizedText("Pending deletion", "待删除"));

    final String state;
    final int code;
    private final LocalizedText title;

    InstanceStatus(String state, int code, LocalizedText title) {
        this.state = state;
        this.code = code;
        this.title = title;
    }

    static InstanceStatus of(String state) {
        return Arrays.stream(values()).filter(s -> s.state.equals(state)).findFirst()
                .orElseThrow(() -> new IllegalStateException("redis.Instance has no state " + state));
    }

    String title(Language language) {
        return title.in(language);
    }
}
