package io.tcemu.product.bpstudio;

import io.tcemu.product.ProductActions;

import io.tcemu.product.Scopes;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ActionHandler;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.ResourceIds;
import io.tcemu.store.ResourceKey;

import java.util.Locale;
import java.util.Map;


/** The application actions: each maps onto an operation of lifecycle bpstudio.Application. */
final class ApplicationActions {
    /**
     * Data of ValuateApplication, DeployApplication and ReleaseApplication: an int64 the
     * documentation does not explain (its example is 123); tcemu answers 1 for "accepted".
     */
    static final long ACCEPTED = 1;
    /** Where an application runs when CreateApplication names no AreaId and the call no RegionId. */
    static final String DEFAULT_AREA = "cn-hangzhou";

    private final LifecycleEngine engine;

    ApplicationActions(LifecycleEngine engine) {
        this.engine = engine;
    }

    void register(ProductActions actions) {
        actions.on("CreateApplication", this::create)
                .on("ValidateApplication", this::validate)
                .on("ValuateApplication", accepted("ValuateApplication"))
                .on("DeployApplication", accepted("DeployApplication"))
                .on("ReleaseApplication", accepted("ReleaseApplication"))
                .on("ModifyApplicationSpec", this::revise)
                .on("DeleteApplication", this::delete)
                .on("GetApplication", this::get)
                .on("ListApplication", new ApplicationListing(engine)::list);
    }

    /** Created Modified at once, or with CreateAsync true passing through Creating first. Data: the new id. */
    private ObjectNode create(ApiRequest request) {
        ObjectNode params = request.params();
        String id = ResourceIds.next("", 16).toUpperCase(Locale.ROOT);
        ObjectNode attributes = JsonNodeFactory.instance.objectNode()
                .put("Name", params.path("Name").asText(id))
                .put("AreaId", params.path("AreaId").asText(defaultArea(request)))
                .put("TemplateId", params.path("TemplateId").asText(""))
                .put("ResourceGroupId", params.path("ResourceGroupId").asText(""));
        Map<String, String> initial = params.path("CreateAsync").asBoolean(false) ? Map.of() : Map.of("Status", "Modified");
        engine.create(new ResourceKey(Scopes.of(request), BpStudioParams.APPLICATION, id), attributes, initial);
        return BpStudioParams.numericOk().put("Data", id);
    }

    private static String defaultArea(ApiRequest request) {
        return request.region() == null || request.region().isEmpty() ? DEFAULT_AREA : request.region();
    }

    /** Data: the application id (a string the documentation does not explain further). */
    private ObjectNode validate(ApiRequest request) {
        Resource application = engine.apply(BpStudioParams.application(request, "ApplicationId"), "ValidateApplication");
        return BpStudioParams.numericOk().put("Data", application.id());
    }

    private ActionHandler accepted(String operation) {
        return request -> {
            engine.apply(BpStudioParams.application(request, "ApplicationId"), operation);
            return BpStudioParams.numericOk().put("Data", ACCEPTED);
        };
    }

    /** An architecture revision: the new InstanceSpec is kept, and the application is Revised until it deploys again. */
    private ObjectNode revise(ApiRequest request) {
        Resource application = engine.apply(BpStudioParams.application(request, "ApplicationId"), "ModifyApplicationSpec",
                a -> a.set("InstanceSpec", request.params().path("InstanceSpec").deepCopy()));
        return BpStudioParams.textualOk().put("Data", application.id()).put("Success", "true");
    }

    private ObjectNode delete(ApiRequest request) {
        engine.apply(BpStudioParams.application(request, "ApplicationId"), "DeleteApplication");
        return BpStudioParams.numericOk();
    }

    private ObjectNode get(ApiRequest request) {
        Resource application = engine.get(BpStudioParams.application(request, "ApplicationId"));
        ObjectNode reply = BpStudioParams.textualOk();
        reply.set("Data", ApplicationView.details(application, application.progress()));
        return reply;
    }
}
