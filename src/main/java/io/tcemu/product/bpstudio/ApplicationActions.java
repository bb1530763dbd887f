package io.tcemu.product.bpstudio;

import io.tcemu.product.Scopes;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ActionHandler;
import io.tcemu.api.ActionHandlers;
import io.tcemu.api.ApiRequest;
import io.tcemu.lifecycle.LifecycleEngine;
import io.tcemu.lifecycle.Resource;
import io.tcemu.product.ResourceIds;
import io.tcemu.store.ResourceKey;

import java.util.Locale;
import java.util.Map;

import static io.tcemu.product.bpstudio.BpStudioModule.PRODUCT;
import static io.tcemu.product.bpstudio.BpStudioModule.VERSION;

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

    void register(ActionHandlers handlers) {
        handlers.register(PRODUCT, VERSION, "CreateApplication", this::create)
                .register(PRODUCT, VERSION, "ValidateApplication", this::validate)
                .register(PRODUCT, VERSION, "ValuateApplication", accepted("ValuateApplication"))
                .register(PRODUCT, VERSION, "DeployApplication", accepted("DeployApplication"))
                .register(PRODUCT, VERSION, "ReleaseApplication", accepted("ReleaseApplication"))
                .register(PRODUCT, VERSION, "DeleteApplication", this::delete)
                .register(PRODUCT, VERSION, "GetApplication", this::get)
                .register(PRODUCT, VERSION, "ListApplication", new ApplicationListing(engine)::list);
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
        engine.create(new ResourceKey(Scopes.of(request), Calls.APPLICATION, id), attributes, initial);
        return Calls.numericOk().put("Data", id);
    }

    private static String defaultArea(ApiRequest request) {
        return request.region() == null || request.region().isEmpty() ? DEFAULT_AREA : request.region();
    }

    /** Data: the application id (a string the documentation does not explain further). */
    private ObjectNode validate(ApiRequest request) {
        Resource application = engine.apply(Calls.application(request, "ApplicationId"), "ValidateApplication");
        return Calls.numericOk().put("Data", application.id());
    }

    private ActionHandler accepted(String operation) {
        return request -> {
            engine.apply(Calls.application(request, "ApplicationId"), operation);
            return Calls.numericOk().put("Data", ACCEPTED);
        };
    }

    private ObjectNode delete(ApiRequest request) {
        engine.apply(Calls.application(request, "ApplicationId"), "DeleteApplication");
        return Calls.numericOk();
    }

    private ObjectNode get(ApiRequest request) {
        Resource application = engine.get(Calls.application(request, "ApplicationId"));
        ObjectNode reply = Calls.textualOk();
        reply.set("Data", ApplicationView.details(application, application.progress()));
        return reply;
    }
}
