package io.tcemu.junit;

import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.CreateSyncJobRequest;
import com.tencentcloudapi.redis.v20180412.RedisClient;
import com.tencentcloudapi.redis.v20180412.models.DescribeInstancesRequest;
import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import io.tcemu.admin.ResourceInspector;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.Map;

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

        assertEquals(0L, redis.DescribeInstances(new DescribeInstancesRequest()).getTotalCount());

        assertEquals("UnInitialized", tc.resource(jobId).orElseThrow().state("Status"));
        tc.requests().verify(action("dts", "CreateSyncJob").withResource(jobId).times(1));
        tc.requests().verify(action("redis", "DescribeInstances").withCode("OK").withAccount("100000000001").times(1));
    }

    @Test
    @Order(2)
    void anInjectedAlibabaClientCallsBpStudio(Client alibaba, Tcemu tc) throws Exception {
        Params action = new Params().setAction("CreateApplication").setVersion("2021-09-31").setProtocol("HTTP")
                .setPathname("/").setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData")
                .setBodyType("json");
        OpenApiRequest request = new OpenApiRequest().setBody(Map.of("Name", "shop", "AreaId", "cn-hangzhou",
                "TemplateId", "TPL-1", "ResourceGroupId", "rg-shop"));
        Map<?, ?> body = (Map<?, ?>) alibaba.callApi(action, request, new RuntimeOptions()).get("body");

        String id = (String) body.get("Data");
        assertEquals("bpstudio.Application", tc.resource(id).orElseThrow().kind());
        tc.requests().verify(action("bpstudio", "CreateApplication").withParam("Name", "shop").times(1));
        assertEquals("alibaba", tc.requests().all().get(0).dialect());
    }

    @Test
    @Order(3)
    void eachTestStartsWithNoResourcesAndAnEmptyJournal(Tcemu tc) {
        assertTrue(tc.requests().all().isEmpty(), "journal: " + tc.requests().all());
        assertTrue(tc.resources().list(ResourceInspector.Filter.any()).isEmpty());
    }
}
