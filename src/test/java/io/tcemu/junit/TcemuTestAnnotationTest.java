package io.tcemu.junit;

import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.CreateSyncJobRequest;
import com.tencentcloudapi.redis.v20180412.RedisClient;
import com.tencentcloudapi.redis.v20180412.models.CreateInstancesRequest;
import io.tcemu.admin.ResourceInspector;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static io.tcemu.journal.RequestPattern.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@TcemuTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TcemuTestAnnotationTest {

    @Test
    @Order(1)
    void injectedDtsAndRedisClientsCallTheEmulator(DtsClient dts, RedisClient redis, Tcemu tc) throws Exception {
        CreateSyncJobRequest buy = new CreateSyncJobRequest();
        buy.setPayMode("PostPay");
        buy.setSrcDatabaseType("mysql");
        buy.setSrcRegion(Tcemu.REGION);
        buy.setDstDatabaseType("mysql");
        buy.setDstRegion(Tcemu.REGION);
        String jobId = dts.CreateSyncJob(buy).getJobIds()[0];

        CreateInstancesRequest order = new CreateInstancesRequest();
        order.setTypeId(15L);
        order.setMemSize(4096L);
        order.setGoodsNum(1L);
        order.setPeriod(1L);
        order.setBillingMode(0L);
        order.setZoneId(100003L);
        order.setPassword("Redis@2024pass");
        order.setVpcId("vpc-mjwornzj");
        order.setSubnetId("subnet-1ed4w7to");
        String instanceId = redis.CreateInstances(order).getInstanceIds()[0];

        assertEquals("UnInitialized", tc.resource(jobId).orElseThrow().state("Status"));
        assertEquals("redis.Instance", tc.resource(instanceId).orElseThrow().kind());
        tc.requests().verify(action("dts", "CreateSyncJob").withResource(jobId).times(1));
        tc.requests().verify(action("redis", "CreateInstances").withCode("OK").times(1));
    }

    @Test
    @Order(2)
    void eachTestStartsWithNoResourcesAndAnEmptyJournal(Tcemu tc) {
        assertTrue(tc.requests().all().isEmpty(), "journal: " + tc.requests().all());
        assertTrue(tc.resources().list(ResourceInspector.Filter.any()).isEmpty());
    }
}
