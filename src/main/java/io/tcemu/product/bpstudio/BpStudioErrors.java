package io.tcemu.product.bpstudio;

/**
 * The BPStudio error codes this product's handlers raise: Alibaba documents none for these cases,
 * so each is a choice listed in api-specs/error-choices.json.
 */
public final class BpStudioErrors {
    public static final String INVALID_TASK_ID_NOT_FOUND = "InvalidTaskId.NotFound";

    private BpStudioErrors() {
    }
}
