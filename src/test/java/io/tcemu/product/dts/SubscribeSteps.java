package io.tcemu.product.dts;

import com.tencentcloudapi.common.AbstractModel;
import com.tencentcloudapi.dts.v20211206.models.ConfigureSubscribeJobRequest;
import com.tencentcloudapi.dts.v20211206.models.EndpointItem;
import com.tencentcloudapi.dts.v20211206.models.SubscribeKafkaConfig;

/** Requests the subscription tests build alike. */
final class SubscribeSteps {
    private SubscribeSteps() {
    }

    /** The request for one subscription: every subscription request has setSubscribeId(String). */
    static <T extends AbstractModel> T on(T request, String id) {
        try {
            request.getClass().getMethod("setSubscribeId", String.class).invoke(request, id);
            return request;
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(request.getClass().getSimpleName() + " names no subscription", e);
        }
    }

    /** A configuration of a MySQL instance reached as cdb, into one partition. */
    static ConfigureSubscribeJobRequest configuration(String id, String mode) {
        ConfigureSubscribeJobRequest request = on(new ConfigureSubscribeJobRequest(), id);
        request.setSubscribeMode(mode);
        request.setAccessType("cdb");
        EndpointItem endpoint = new EndpointItem();
        endpoint.setDatabaseRegion("ap-guangzhou");
        endpoint.setInstanceId("cdb-kdxona7h");
        endpoint.setUser("root");
        endpoint.setPassword("secret");
        request.setEndpoints(new EndpointItem[]{endpoint});
        SubscribeKafkaConfig kafka = new SubscribeKafkaConfig();
        kafka.setNumberOfPartitions(1L);
        request.setKafkaConfig(kafka);
        return request;
    }
}
