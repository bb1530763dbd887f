package io.tcemu.product.redis;

import com.tencentcloudapi.redis.v20180412.models.CleanUpInstanceRequest;
import com.tencentcloudapi.redis.v20180412.models.CleanUpInstanceResponse;
import com.tencentcloudapi.redis.v20180412.models.CreateInstancesRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeInstancesRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeTaskListRequest;
import com.tencentcloudapi.redis.v20180412.models.DestroyPostpaidInstanceRequest;
import com.tencentcloudapi.redis.v20180412.models.DestroyPrepaidInstanceRequest;
import com.tencentcloudapi.redis.v20180412.models.DestroyPrepaidInstanceResponse;
import com.tencentcloudapi.redis.v20180412.models.InstanceSet;
import com.tencentcloudapi.redis.v20180412.models.RenewInstanceRequest;
import com.tencentcloudapi.redis.v20180412.models.RenewInstanceResponse;
import com.tencentcloudapi.redis.v20180412.models.StartupInstanceRequest;
import com.tencentcloudapi.redis.v20180412.models.StartupInstanceResponse;
import io.tcemu.product.WireTime;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;
import java.util.List;

import static io.tcemu.SdkClients.refused;
import static io.tcemu.product.redis.RedisSteps.PASSWORD;
import static io.tcemu.product.redis.RedisSteps.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recycle bin and the monthly subscription through the official SDK: start up, clean up, renew, return. */
class RedisBillingContractTest extends RedisSdkTest {

    @Test
    void anIsolatedPayAsYouGoInstanceStartsUpAgainOrIsCleanedUpEachByItsTask() throws Exception {
        String id = f.runningInstance("recycled");
        refused("ResourceUnavailable.InstanceStatusAbnormal", () -> startup(id));
        refused("ResourceUnavailable.InstanceStatusAbnormal", () -> cleanUp(id));
        destroyPostpaid(id);

        f.followsToSucceed(startup(id), id, "Enable Instance", "005", 1L);
        assertEquals(WireTime.ZERO, f.instance(id).getCloseTime(), "no longer isolated");

        destroyPostpaid(id);
        f.followsToSucceed(cleanUp(id), id, "Delete Instance", "006", 1L, -3L);
        f.advance(60);
        DescribeInstancesRequest all = new DescribeInstancesRequest();
        assertEquals(0L, f.redis().DescribeInstances(all).getTotalCount(), "gone a minute after it went offline");
    }

    @Test
    void aMonthlyInstanceIsRenewedReturnedAndBroughtBackByARenewal() throws Exception {
        String id = f.runningInstance(f.redis(), monthly("monthly"));
        String deadline = f.instance(id).getDeadlineTime();
        RenewInstanceResponse renewed = f.checked("RenewInstance", renew(id, 2L, null), RenewInstanceResponse.class);
        assertTrue(renewed.getDealName().matches("\\d{23}"), renewed.getDealName());
        assertEquals(plusMonths(deadline, 2), f.instance(id).getDeadlineTime());

        refused("InvalidParameterValue.UnSupportedType", () -> destroyPostpaid(id));
        DestroyPrepaidInstanceRequest destroy = new DestroyPrepaidInstanceRequest();
        destroy.setInstanceId(id);
        DestroyPrepaidInstanceResponse returned = f.checked("DestroyPrepaidInstance", destroy, DestroyPrepaidInstanceResponse.class);
        assertTrue(returned.getDealName().matches("\\d{23}"), returned.getDealName());
        DescribeTaskListRequest disables = new DescribeTaskListRequest();
        disables.setTaskTypes(new String[]{"003"});
        f.followsToSucceed(f.only(f.redis().DescribeTaskList(disables)).getTaskId(), id, "Disable Instance", "003", 1L, -2L);
        refused("ResourceUnavailable.InstanceIsolated", () -> f.redis().DestroyPrepaidInstance(destroy));
        refused("FailedOperation.UnSupportError", () -> startup(id));

        f.redis().RenewInstance(renew(id, 1L, null));
        assertEquals(2L, f.instance(id).getStatus(), "running again");
    }

    @Test
    void anExpiredMonthlyInstanceRunsAgainForPeriodMonthsFromTheRenewal() throws Exception {
        String id = f.runningInstance(f.redis(), monthly("expired"));
        f.advance(32L * 24 * 3600);
        assertEquals(-2L, f.instance(id).getStatus(), "isolated at its DeadlineTime");

        String now = f.now();
        f.redis().RenewInstance(renew(id, 1L, null));
        InstanceSet renewed = f.instance(id);
        assertEquals(List.of(2L, plusMonths(now, 1)), List.of(renewed.getStatus(), renewed.getDeadlineTime()));
    }

    @Test
    void aPayAsYouGoInstanceIsRenewedOnlyIntoAMonthlySubscriptionAndPeriodsAreChecked() throws Exception {
        String id = f.runningInstance("hourly");
        refused("InvalidParameterValue", () -> f.redis().RenewInstance(renew(id, 1L, null)));
        refused("InvalidParameterValue", () -> f.redis().RenewInstance(renew(id, 1L, "postpaid")));
        refused("InvalidParameterValue", () -> f.redis().RenewInstance(renew(id, 13L, "prepaid")));
        refused("LimitExceeded.PeriodLessThanMinLimit", () -> f.redis().RenewInstance(renew(id, 0L, "prepaid")));
        refused("LimitExceeded.PeriodExceedMaxLimit", () -> f.redis().RenewInstance(renew(id, 48L, "prepaid")));
        f.clear(id, PASSWORD);
        refused("ResourceInUse.InstanceBeenLocked", () -> f.redis().RenewInstance(renew(id, 1L, "prepaid")));
        f.advance(60);
        assertEquals(List.of(0L, WireTime.ZERO), List.of(f.instance(id).getBillingMode(), f.instance(id).getDeadlineTime()));

        String now = f.now();
        f.redis().RenewInstance(renew(id, 3L, "prepaid"));
        assertEquals(List.of(1L, plusMonths(now, 3)), List.of(f.instance(id).getBillingMode(), f.instance(id).getDeadlineTime()));
    }

    private static CreateInstancesRequest monthly(String name) {
        CreateInstancesRequest order = order(name);
        order.setBillingMode(1L);
        order.setPeriod(1L);
        return order;
    }

    private static RenewInstanceRequest renew(String id, long period, String payMode) {
        RenewInstanceRequest request = new RenewInstanceRequest();
        request.setInstanceId(id);
        request.setPeriod(period);
        request.setModifyPayMode(payMode);
        return request;
    }

    private static String plusMonths(String time, int months) {
        ZonedDateTime at = WireTime.parse(time).atZone(WireTime.BEIJING);
        return WireTime.format(at.plusMonths(months).toInstant());
    }

    private static long startup(String id) throws Exception {
        StartupInstanceRequest request = new StartupInstanceRequest();
        request.setInstanceId(id);
        return f.checked("StartupInstance", request, StartupInstanceResponse.class).getTaskId();
    }

    private static long cleanUp(String id) throws Exception {
        CleanUpInstanceRequest request = new CleanUpInstanceRequest();
        request.setInstanceId(id);
        return f.checked("CleanUpInstance", request, CleanUpInstanceResponse.class).getTaskId();
    }

    private static void destroyPostpaid(String id) throws Exception {
        DestroyPostpaidInstanceRequest request = new DestroyPostpaidInstanceRequest();
        request.setInstanceId(id);
        f.redis().DestroyPostpaidInstance(request);
        f.advance(60);
        assertEquals(-2L, f.instance(id).getStatus(), "isolated");
    }
}
