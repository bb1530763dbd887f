package io.tcemu.api;

/** The Tencent Cloud API 3.0 common error codes that product handlers raise; every action may answer them. */
public final class CommonErrors {
    public static final String DRY_RUN_OPERATION = "DryRunOperation";
    public static final String FAILED_OPERATION = "FailedOperation";
    public static final String INVALID_PARAMETER = "InvalidParameter";
    public static final String INVALID_PARAMETER_VALUE = "InvalidParameterValue";
    public static final String MISSING_PARAMETER = "MissingParameter";
    public static final String RESOURCE_NOT_FOUND = "ResourceNotFound";
    public static final String UNSUPPORTED_OPERATION = "UnsupportedOperation";

    private CommonErrors() {
    }
}
