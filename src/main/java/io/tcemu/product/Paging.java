package io.tcemu.product;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;

import java.util.List;

/** Offset/Limit paging as the Describe actions document it: Limit defaults and a maximum. */
public record Paging(int offset, int limit) {

    /** Reads Offset and Limit from validated params; Limit outside [1, max] is InvalidParameterValue. */
    public static Paging of(ObjectNode params, int defaultLimit, int maxLimit) {
        return of(params, defaultLimit, maxLimit, "InvalidParameterValue");
    }

    /** The same, refusing a bad Limit or Offset with the code the action documents for it. */
    public static Paging of(ObjectNode params, int defaultLimit, int maxLimit, String invalidCode) {
        long limit = params.path("Limit").asLong(defaultLimit);
        long offset = params.path("Offset").asLong(0);
        if (limit < 1 || limit > maxLimit) {
            throw ApiError.of(invalidCode,
                    "Limit must be between 1 and " + maxLimit + ", not " + limit + ".",
                    "Limit 取值范围为 1 到 " + maxLimit + "，当前为 " + limit + "。");
        }
        if (offset < 0 || offset > Integer.MAX_VALUE) {
            throw ApiError.of(invalidCode, "Offset must be 0 or more, not " + offset + ".",
                    "Offset 必须大于等于 0，当前为 " + offset + "。");
        }
        return new Paging((int) offset, (int) limit);
    }

    /** Reads PageNumber (from 1) and PageSize (from 1 to max), as the WeData lists take them; both are required there. */
    public static Paging ofPages(ObjectNode params, int maxSize) {
        long number = params.path("PageNumber").asLong();
        long size = params.path("PageSize").asLong();
        if (size < 1 || size > maxSize) {
            throw ApiError.of("InvalidParameterValue",
                    "PageSize must be between 1 and " + maxSize + ", not " + size + ".",
                    "PageSize 取值范围为 1 到 " + maxSize + "，当前为 " + size + "。");
        }
        if (number < 1 || number - 1 > Integer.MAX_VALUE / size) {
            throw ApiError.of("InvalidParameterValue", "PageNumber counts from 1, not " + number + ".",
                    "PageNumber 从 1 开始，当前为 " + number + "。");
        }
        return new Paging((int) ((number - 1) * size), (int) size);
    }

    public <T> List<T> page(List<T> all) {
        if (offset >= all.size()) {
            return List.of();
        }
        return all.subList(offset, Math.min(all.size(), offset + limit));
    }
}
