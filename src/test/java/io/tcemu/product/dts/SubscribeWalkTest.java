package io.tcemu.product.dts;

import static io.tcemu.product.dts.SubscribeSteps.configuration;
import static io.tcemu.product.dts.SubscribeSteps.on;
import static io.tcemu.product.dts.SyncJobSteps.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tencentcloudapi.dts.v20211206.models.ConfigureSubscribeJobRequest;
import com.tencentcloudapi.dts.v20211206.models.CreateSubscribeCheckJobRequest;
import com.tencentcloudapi.dts.v20211206.models.CreateSubscribeRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSubscribeCheckJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSubscribeCheckJobResponse;
import com.tencentcloudapi.dts.v20211206.models.DescribeSubscribeDetailRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSubscribeDetailResponse;
import com.tencentcloudapi.dts.v20211206.models.DescribeSubscribeJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSubscribeJobsResponse;
import com.tencentcloudapi.dts.v20211206.models.DescribeSubscribeReturnableRequest;
import com.tencentcloudapi.dts.v20211206.models.DestroyIsolatedSubscribeRequest;
import com.tencentcloudapi.dts.v20211206.models.IsolateSubscribeRequest;
import com.tencentcloudapi.dts.v20211206.models.ModifiedSubscribeObject;
import com.tencentcloudapi.dts.v20211206.models.ModifySubscribeAutoRenewFlagRequest;
import com.tencentcloudapi.dts.v20211206.models.ModifySubscribeNameRequest;
import com.tencentcloudapi.dts.v20211206.models.ModifySubscribeObjectsRequest;
import com.tencentcloudapi.dts.v20211206.models.ResetSubscribeRequest;
import com.tencentcloudapi.dts.v20211206.models.ResumeSubscribeRequest;
import com.tencentcloudapi.dts.v20211206.models.StartSubscribeRequest;
import com.tencentcloudapi.dts.v20211206.models.SubscribeCheckStepInfo;
import com.tencentcloudapi.dts.v20211206.models.SubscribeInfo;
import com.tencentcloudapi.dts.v20211206.models.SubscribeObject;
import io.tcemu.junit.TcemuExtension;
import io.tcemu.product.WireTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Data subscriptions through the official SDK, on the emulator's clock: one pay-as-you-go
 * subscription from purchase through configuration, a failed and a passing check, start, an error
 * and resume, changes, reset and reconfiguration, to isolation and destruction; a monthly one that
 * expires, is isolated and is deleted seven days later.
 */
class SubscribeWalkTest {
    @RegisterExtension
    static final TcemuExtension tc = TcemuExtension.newInstance().frozenClock(true).build();
    static final SyncJobSteps bed = new SyncJobSteps(tc);

    @Test
    void aSubscriptionFromPurchaseToDestroy() throws Exception {
        Instant bought = tc.clock().now();
        CreateSubscribeRequest buy = new CreateSubscribeRequest();
        buy.setProduct("mysql");
        buy.setPayType(1L);
        buy.setName("orders-binlog");
        String id = bed.dts().CreateSubscribe(buy).getSubscribeIds()[0];
        assertTrue(id.matches("subs-[a-z0-9]{10}"), id);
        SubscribeInfo created = info(id);
        assertEquals(List.of("orders-binlog", "mysql", "notStarted", "normal", 1L, WireTime.ZERO, WireTime.format(bought), "small"),
                List.of(created.getSubscribeName(), created.getProduct(), created.getSubsStatus(), created.getStatus(),
                        created.getPayType(), created.getExpireTime(), created.getCreateTime(), created.getInstanceClass()));
        refused("OperationDenied.OperationDeniedError", () -> bed.dts().CreateSubscribeCheckJob(on(new CreateSubscribeCheckJobRequest(), id)));
        assertEquals("unknown", check(id).getStatus(), "no check has run");

        ConfigureSubscribeJobRequest configure = configuration(id, "dml");
        refused("MissingParameter", () -> bed.dts().ConfigureSubscribeJob(configure));
        configure.setSubscribeObjects(new SubscribeObject[]{ordersTable()});
        bed.dts().ConfigureSubscribeJob(configure);
        DescribeSubscribeDetailResponse configured = detail(id);
        assertEquals(List.of("dml", "cdb", "cdb-kdxona7h", "topic-" + id + "-cdb-kdxona7h", "", "orders"),
                List.of(configured.getSubscribeMode(), configured.getAccessType(), configured.getInstanceId(), configured.getTopic(),
                        configured.getEndpoints()[0].getPassword(), configured.getSubscribeObjects()[0].getDatabase()));

        bed.admin("/_tcemu/faults", "{\"product\":\"dts\",\"action\":\"CreateSubscribeCheckJob\",\"outcome\":\"fail\",\"step\":\"VersionCheck\"}");
        bed.dts().CreateSubscribeCheckJob(on(new CreateSubscribeCheckJobRequest(), id));
        bed.advance(2);
        DescribeSubscribeCheckJobResponse checking = check(id);
        assertEquals(List.of("running", 3L, 40L), List.of(checking.getStatus(), checking.getStepNow(), checking.getProgress()));
        bed.advance(3);
        DescribeSubscribeCheckJobResponse failed = check(id);
        assertEquals(List.of("failed", "checkNotPass"), List.of(failed.getStatus(), info(id).getSubsStatus()));
        assertEquals(List.of("finished", "finished", "failed", "finished", "finished"), stepStatuses(failed));
        refused("OperationDenied.OperationDeniedError", () -> bed.dts().StartSubscribe(on(new StartSubscribeRequest(), id)));

        bed.dts().CreateSubscribeCheckJob(on(new CreateSubscribeCheckJobRequest(), id));
        bed.advance(5);
        DescribeSubscribeCheckJobResponse passed = check(id);
        assertEquals(List.of("success", "success", 100L, 5L), List.of(passed.getStatus(), passed.getMessage(), passed.getProgress(), passed.getStepNow()));
        bed.dts().StartSubscribe(on(new StartSubscribeRequest(), id));
        assertEquals("starting", info(id).getSubsStatus());
        bed.advance(5);
        assertEquals("running", info(id).getSubsStatus());
        refused("OperationDenied.OperationDeniedError", () -> bed.dts().ConfigureSubscribeJob(configure));

        bed.admin("/_tcemu/resources/" + id + "/fail", "{}");
        assertEquals("error", info(id).getSubsStatus());
        bed.dts().ResumeSubscribe(on(new ResumeSubscribeRequest(), id));
        bed.advance(3);
        assertEquals("running", info(id).getSubsStatus());

        ModifySubscribeObjectsRequest objects = on(new ModifySubscribeObjectsRequest(), id);
        objects.setSubscribeObjectType(1L);
        ModifiedSubscribeObject customers = new ModifiedSubscribeObject();
        customers.setObjectsType(1L);
        customers.setDatabaseName("crm");
        customers.setTableNames(new String[]{"customers"});
        objects.setObjects(new ModifiedSubscribeObject[]{customers});
        bed.dts().ModifySubscribeObjects(objects);
        SubscribeObject changed = detail(id).getSubscribeObjects()[0];
        assertEquals(List.of("table", "crm", List.of("customers")), List.of(changed.getObjectType(), changed.getDatabase(), List.of(changed.getTables())));
        ModifySubscribeNameRequest rename = on(new ModifySubscribeNameRequest(), id);
        rename.setSubscribeName("crm-binlog");
        bed.dts().ModifySubscribeName(rename);
        ModifySubscribeAutoRenewFlagRequest renew = on(new ModifySubscribeAutoRenewFlagRequest(), id);
        renew.setAutoRenewFlag(1L);
        bed.dts().ModifySubscribeAutoRenewFlag(renew);
        assertEquals(List.of("crm-binlog", 0L), List.of(info(id).getSubscribeName(), info(id).getAutoRenewFlag()),
                "a pay-as-you-go subscription does not renew");

        bed.dts().ResetSubscribe(on(new ResetSubscribeRequest(), id));
        bed.advance(3);
        DescribeSubscribeDetailResponse reset = detail(id);
        assertEquals(List.of("notStarted", "", 0), List.of(reset.getSubsStatus(), reset.getSubscribeMode(), reset.getEndpoints().length));
        bed.dts().ConfigureSubscribeJob(configuration(id, "all"));
        assertEquals("all", detail(id).getSubscribeMode());

        assertTrue(bed.dts().DescribeSubscribeReturnable(on(new DescribeSubscribeReturnableRequest(), id)).getIsReturnable());
        refused("OperationDenied.OperationDeniedError", () -> bed.dts().DestroyIsolatedSubscribe(on(new DestroyIsolatedSubscribeRequest(), id)));
        bed.dts().IsolateSubscribe(on(new IsolateSubscribeRequest(), id));
        assertEquals("isolating", info(id).getStatus());
        bed.advance(3);
        SubscribeInfo isolated = info(id);
        assertEquals("isolated", isolated.getStatus());
        Instant isolatedAt = WireTime.parse(isolated.getIsolateTime());
        assertEquals(WireTime.format(isolatedAt.plus(Duration.ofDays(7))), isolated.getOfflineTime());
        assertFalse(bed.dts().DescribeSubscribeReturnable(on(new DescribeSubscribeReturnableRequest(), id)).getIsReturnable());
        refused("OperationDenied.OperationDeniedError", () -> bed.dts().StartSubscribe(on(new StartSubscribeRequest(), id)));

        bed.dts().DestroyIsolatedSubscribe(on(new DestroyIsolatedSubscribeRequest(), id));
        assertEquals("offlining", info(id).getStatus());
        bed.advance(3);
        refused("ResourceNotFound.ResourceNotFoundError", () -> bed.dts().DescribeSubscribeDetail(on(new DescribeSubscribeDetailRequest(), id)));
        assertEquals(0L, list(new DescribeSubscribeJobsRequest()).getTotalCount());
    }

    @Test
    void aMonthlySubscriptionExpiresAndIsDeletedAWeekLater() throws Exception {
        CreateSubscribeRequest buy = new CreateSubscribeRequest();
        buy.setProduct("mariadb");
        buy.setPayType(0L);
        buy.setDuration(1L);
        buy.setCount(2L);
        String[] ids = bed.dts().CreateSubscribe(buy).getSubscribeIds();
        ModifySubscribeAutoRenewFlagRequest renew = on(new ModifySubscribeAutoRenewFlagRequest(), ids[1]);
        renew.setAutoRenewFlag(1L);
        bed.dts().ModifySubscribeAutoRenewFlag(renew);
        SubscribeInfo monthly = info(ids[0]);
        assertEquals(List.of(0L, 0L), List.of(monthly.getPayType(), monthly.getAutoRenewFlag()));
        Instant expiry = WireTime.parse(monthly.getExpireTime());

        bed.advance(Duration.between(tc.clock().now(), expiry).plusSeconds(1));
        assertEquals(List.of("isolated", "normal"), List.of(info(ids[0]).getStatus(), info(ids[1]).getStatus()),
                "expired unless it renews automatically");
        DescribeSubscribeJobsRequest isolatedOnes = new DescribeSubscribeJobsRequest();
        isolatedOnes.setStatus(new String[]{"isolated"});
        assertEquals(List.of(ids[0]), Arrays.stream(list(isolatedOnes).getItems()).map(SubscribeInfo::getSubscribeId).toList());

        bed.advance(Duration.ofDays(7).plusSeconds(5));
        DescribeSubscribeJobsRequest all = new DescribeSubscribeJobsRequest();
        all.setProduct("mariadb");
        assertEquals(List.of(ids[1]), Arrays.stream(list(all).getItems()).map(SubscribeInfo::getSubscribeId).toList());
    }

    private static SubscribeObject ordersTable() {
        SubscribeObject orders = new SubscribeObject();
        orders.setObjectType("table");
        orders.setDatabase("orders");
        orders.setTables(new String[]{"orders"});
        return orders;
    }

    private static SubscribeInfo info(String id) throws Exception {
        DescribeSubscribeJobsRequest request = new DescribeSubscribeJobsRequest();
        request.setSubscribeId(id);
        DescribeSubscribeJobsResponse response = list(request);
        assertEquals(1L, response.getTotalCount(), id + " listed once");
        return response.getItems()[0];
    }

    private static DescribeSubscribeJobsResponse list(DescribeSubscribeJobsRequest request) throws Exception {
        return bed.dts().DescribeSubscribeJobs(request);
    }

    private static DescribeSubscribeDetailResponse detail(String id) throws Exception {
        return bed.dts().DescribeSubscribeDetail(on(new DescribeSubscribeDetailRequest(), id));
    }

    private static DescribeSubscribeCheckJobResponse check(String id) throws Exception {
        return bed.dts().DescribeSubscribeCheckJob(on(new DescribeSubscribeCheckJobRequest(), id));
    }

    private static List<String> stepStatuses(DescribeSubscribeCheckJobResponse check) {
        return Arrays.stream(check.getSteps()).map(SubscribeCheckStepInfo::getStatus).toList();
    }
}
