package io.tcemu.product.toy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiRequest;
import io.tcemu.api.CommonErrors;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.ProductActions;
import io.tcemu.product.ResourceIds;
import io.tcemu.product.ResourceViews;
import io.tcemu.product.Resources;
import io.tcemu.product.Resources.IdParameter;

import java.util.Map;

/** The lamp actions: CreateLamp and DescribeLamp, and two operations of lifecycle toy.Lamp. */
final class LampActions {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Resources lamps;
    // kept serialised while a lamp is unchanged; built afresh while it warms up
    private final ResourceViews views = new ResourceViews(LampActions::view);

    LampActions(LifecycleEngine engine) {
        this.lamps = new Resources(engine, "toy.Lamp", new IdParameter("LampId", CommonErrors.MISSING_PARAMETER,
                "LampId is required: name the lamp.", "缺少参数 LampId：请指定灯。"));
    }

    void register(ProductActions actions) {
        actions.on("CreateLamp", this::create)
                .on("DescribeLamp", this::describe)
                .on("SwitchOnLamp", request -> switchLamp(request, "SwitchOnLamp"))
                .on("SwitchOffLamp", request -> switchLamp(request, "SwitchOffLamp"));
    }

    private ObjectNode create(ApiRequest request) {
        String id = ResourceIds.next("lamp-", 8);
        lamps.create(lamps.key(request, id), JSON.objectNode().put("Name", request.params().path("Name").asText()), Map.of());
        return JSON.objectNode().put("LampId", id);
    }

    private ObjectNode describe(ApiRequest request) {
        ObjectNode response = JSON.objectNode();
        response.set("Lamp", views.of(lamps.get(request)));
        return response;
    }

    private static ObjectNode view(Resource lamp) {
        return JSON.objectNode().put("LampId", lamp.id())
                .put("Name", lamp.attributes().path("Name").asText())
                .put("Status", lamp.state("Status"));
    }

    /** The lifecycle file says when a switch is allowed and what it answers otherwise. */
    private ObjectNode switchLamp(ApiRequest request, String operation) {
        lamps.apply(request, operation, attributes -> { });
        return JSON.objectNode();
    }
}
