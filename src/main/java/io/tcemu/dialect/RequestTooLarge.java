package io.tcemu.dialect;

import io.tcemu.api.ApiError;

/** The error for a request past one of its dialect's size limits. */
public final class RequestTooLarge {
    private RequestTooLarge() {
    }

    public static ApiError error(String what, int limit, String advice) {
        return ApiError.of("RequestSizeLimitExceeded",
                what + " may carry at most " + limit / 1024 + " KB; " + advice + ".",
                "请求大小超过上限 " + limit / 1024 + " KB。");
    }
}
