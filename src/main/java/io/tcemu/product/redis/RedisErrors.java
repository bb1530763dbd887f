package io.tcemu.product.redis;

/** The redis error codes this product's handlers raise, each documented in api-specs/redis/2018-04-12/errors.json. */
public final class RedisErrors {
    public static final String INVALID_PARAMETER_EMPTY_PARAM = "InvalidParameter.EmptyParam";
    public static final String INVALID_PARAMETER_INVALID_PARAMETER = "InvalidParameter.InvalidParameter";
    public static final String INVALID_PARAMETER_NOT_SUPPORTED = "InvalidParameter.NotSupported";
    public static final String INVALID_PARAMETER_PERIOD = "InvalidParameter.Period";
    public static final String INVALID_PARAMETER_PERMISSION_DENIED = "InvalidParameter.PermissionDenied";
    public static final String INVALID_PARAMETER_VALUE_BACKUP_NOT_EXISTS = "InvalidParameterValue.BackupNotExists";
    public static final String INVALID_PARAMETER_VALUE_CHECK_NOT_PASS = "InvalidParameterValue.CheckNotPass";
    public static final String INVALID_PARAMETER_VALUE_INSTANCE_NAME_RULE_ERROR = "InvalidParameterValue.InstanceNameRuleError";
    public static final String INVALID_PARAMETER_VALUE_INVALID_INSTANCE_TYPE_ID = "InvalidParameterValue.InvalidInstanceTypeId";
    public static final String INVALID_PARAMETER_VALUE_INVALID_SUBNET_ID = "InvalidParameterValue.InvalidSubnetId";
    public static final String INVALID_PARAMETER_VALUE_PASSWORD_EMPTY = "InvalidParameterValue.PasswordEmpty";
    public static final String INVALID_PARAMETER_VALUE_PASSWORD_ERROR = "InvalidParameterValue.PasswordError";
    public static final String INVALID_PARAMETER_VALUE_PASSWORD_FREE_DENIED = "InvalidParameterValue.PasswordFreeDenied";
    public static final String INVALID_PARAMETER_VALUE_PASSWORD_RULE_ERROR = "InvalidParameterValue.PasswordRuleError";
    public static final String INVALID_PARAMETER_VALUE_REPLICATION_GROUP_NOT_EXISTS = "InvalidParameterValue.ReplicationGroupNotExists";
    public static final String INVALID_PARAMETER_VALUE_SPEC_NOT_EXIST = "InvalidParameterValue.SpecNotExist";
    public static final String INVALID_PARAMETER_VALUE_UN_SUPPORTED_TYPE = "InvalidParameterValue.UnSupportedType";
    public static final String INVALID_PARAMETER_VALUE_UN_VPC_ID_NOT_EXISTS = "InvalidParameterValue.UnVpcIdNotExists";
    public static final String INVALID_PARAMETER_VALUE_WEEK_DAYS_IS_INVALID = "InvalidParameterValue.WeekDaysIsInvalid";
    public static final String LIMIT_EXCEEDED_INVALID_MEM_SIZE = "LimitExceeded.InvalidMemSize";
    public static final String LIMIT_EXCEEDED_INVALID_PARAMETER_GOODS_NUM_NOT_IN_RANGE = "LimitExceeded.InvalidParameterGoodsNumNotInRange";
    public static final String LIMIT_EXCEEDED_PERIOD_EXCEED_MAX_LIMIT = "LimitExceeded.PeriodExceedMaxLimit";
    public static final String LIMIT_EXCEEDED_PERIOD_LESS_THAN_MIN_LIMIT = "LimitExceeded.PeriodLessThanMinLimit";
    public static final String RESOURCE_NOT_FOUND_INSTANCE_NOT_EXISTS = "ResourceNotFound.InstanceNotExists";
    public static final String RESOURCE_NOT_FOUND_INSTANCE_NOT_FOUND = "ResourceNotFound.InstanceNotFound";
    public static final String RESOURCE_UNAVAILABLE_BACKUP_SPEC_ERROR = "ResourceUnavailable.BackupSpecError";
    public static final String RESOURCE_UNAVAILABLE_BACKUP_STATUS_INVALID = "ResourceUnavailable.BackupStatusInvalid";
    public static final String UNSUPPORTED_OPERATION_INSTANCE_NOT_OPERATION = "UnsupportedOperation.InstanceNotOperation";

    private RedisErrors() {
    }
}
