package io.tcemu.product.wedata;

/** The wedata error codes this product's handlers raise, each documented in api-specs/wedata/2021-08-20/errors.json. */
public final class WedataErrors {
    public static final String OPERATION_DENIED = "OperationDenied";

    private WedataErrors() {
    }
}
