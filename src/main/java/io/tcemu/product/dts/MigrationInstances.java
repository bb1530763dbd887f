package io.tcemu.product.dts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.Paging;
import io.tcemu.product.Params;
import io.tcemu.product.Scopes;
import io.tcemu.store.ResourceQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * DescribeMigrateDBInstances. tcemu hosts no databases of its own, so the instances that exist are
 * the ones the caller's migration jobs name: each configured job's SrcInfo (role src) and DstInfo
 * (role dst) endpoints in the request's region, of the asked DatabaseType, once each, in the order
 * the jobs were bought. Every one is usable; its name is its id, as a job names no instance name.
 */
final class MigrationInstances {
    private static final List<String> ROLES = List.of("src", "dst");

    private final MigrationJobs jobs;

    MigrationInstances(MigrationJobs jobs) {
        this.jobs = jobs;
    }

    ObjectNode handle(ApiRequest request) {
        ObjectNode params = request.params();
        String role = Params.text(params, "MigrateRole");
        Paging paging = Paging.of(params, 20, 100, DtsErrors.INVALID_PARAMETER_VALUE_INVALID_PARAMETER_VALUE_ERROR);
        String type = params.path("DatabaseType").asText();
        String id = Params.text(params, "InstanceId");
        String name = Params.text(params, "InstanceName");
        List<String> sides = (role == null ? ROLES : List.of(role)).stream().map(r -> r.equals("src") ? "SrcInfo" : "DstInfo").toList();
        String region = Scopes.of(request).region();
        Predicate<JsonNode> named = endpoint -> endpoint.path("DatabaseType").asText().equals(type)
                && endpoint.path("Region").asText().equals(region);
        // the store finds the jobs naming such an endpoint (a test: endpoints are nested); the instances are theirs, paged here
        ResourceQuery naming = jobs.all(request).matching((jobId, job) -> sides.stream().anyMatch(side -> named.test(job.path(side))));
        Map<String, ObjectNode> instances = new LinkedHashMap<>();
        for (Resource job : jobs.query(naming).items()) {
            sides.stream().map(side -> job.attributes().path(side)).filter(named)
                    .forEach(endpoint -> endpoint.path("Info").forEach(info -> add(instances, info)));
        }
        List<ObjectNode> matching = new ArrayList<>(instances.values().stream()
                .filter(i -> id == null || id.equals(i.path("InstanceId").asText()))
                .filter(i -> name == null || i.path("InstanceName").asText().contains(name)).toList());
        ObjectNode response = JsonNodeFactory.instance.objectNode().put("TotalCount", matching.size());
        ArrayNode list = response.putArray("Instances");
        paging.page(matching).forEach(list::add);
        return response;
    }

    /** One MigrateDBItem per instance id: an endpoint without one (a self-built database) is no cloud instance. */
    private static void add(Map<String, ObjectNode> instances, JsonNode info) {
        String instanceId = info.path("InstanceId").asText("");
        if (instanceId.isEmpty() || instances.containsKey(instanceId)) {
            return;
        }
        instances.put(instanceId, JsonNodeFactory.instance.objectNode()
                .put("InstanceId", instanceId)
                .put("InstanceName", instanceId)
                .put("Vip", info.path("Host").asText(""))
                .put("Vport", info.path("Port").asLong(0))
                .put("Usable", 1)
                .put("Hint", "ok"));
    }
}
