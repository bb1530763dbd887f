package io.tcemu.product.dts;

/** The dts error codes this product's handlers raise, each documented in api-specs/dts/2021-12-06/errors.json. */
public final class DtsErrors {
    public static final String INVALID_PARAMETER_INVALID_PARAMETER_ERROR = "InvalidParameter.InvalidParameterError";
    public static final String INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE = "InvalidParameterValue.InvalidParameterValue";
    public static final String INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR = "InvalidParameterValue.InvalidParameterValueError";
    public static final String MISSING_PARAMETER_MISSING_PARAMETER_ERROR = "MissingParameter.MissingParameterError";

    private DtsErrors() {
    }
}
