package io.tcemu.product.redis;

import io.tcemu.api.ApiError;

/** Checks on the network an instance is placed in: VPC and subnet ids, password-free access (its port's range is in constraints.json). */
final class Network {
    private Network() {
    }

    /** A VPC (vpc-…) comes with a subnet (subnet-…); neither means the basic network. */
    static void check(String vpcId, String subnetId) {
        if (vpcId != null && !vpcId.startsWith("vpc-")) {
            throw ApiError.of(RedisErrors.INVALID_PARAMETER_VALUE_UN_VPC_ID_NOT_EXISTS, "VpcId " + vpcId + " is not a VPC id (vpc-…).",
                    "VpcId " + vpcId + " 不是私有网络 ID（vpc-…）。");
        }
        if ((vpcId == null) != (subnetId == null) || subnetId != null && !subnetId.startsWith("subnet-")) {
            throw ApiError.of(RedisErrors.INVALID_PARAMETER_VALUE_INVALID_SUBNET_ID,
                    "Give VpcId with a SubnetId of that VPC (subnet-…), or neither for the basic network.",
                    "VpcId 须与其子网 SubnetId（subnet-…）一起填写，基础网络则都不填。");
        }
    }

    /** Only instances in a VPC may be password-free. */
    static void checkPasswordFree(String vpcId) {
        if (vpcId == null || vpcId.isEmpty()) {
            throw ApiError.of(RedisErrors.INVALID_PARAMETER_VALUE_PASSWORD_FREE_DENIED, "Only an instance in a VPC can be password-free (NoAuth).",
                    "仅私有网络（VPC）中的实例支持免密访问（NoAuth）。");
        }
    }
}
