package io.tcemu.product.bpstudio;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.Resource;
import io.tcemu.lifecycle.StepProgress;
import io.tcemu.product.WireTime;

import java.time.Instant;
import java.util.Optional;

/** An application as GetApplication (Application) and ListApplication (ApplicationSummary) show it. */
final class ApplicationView {
    private ApplicationView() {
    }

    static String status(Resource application) {
        return application.state("Status");
    }

    static ObjectNode summary(Resource application) {
        ObjectNode a = application.attributes();
        return JsonNodeFactory.instance.objectNode()
                .put("ApplicationId", application.id())
                .put("CreateTime", WireTime.format(application.createdAt()))
                .put("ImageURL", "")
                .put("Name", a.path("Name").asText())
                .put("ResourceGroupId", a.path("ResourceGroupId").asText())
                .put("Status", status(application));
    }

    /** tcemu deploys no cloud resources, so the check, compliance, price and resource lists are empty. */
    static ObjectNode details(Resource application, Optional<StepProgress> progress) {
        ObjectNode a = application.attributes();
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("ApplicationId", application.id());
        data.putArray("Checklist");
        data.putArray("ComplianceList");
        data.put("CreateTime", WireTime.format(application.createdAt()))
                .put("DeployPercent", deployPercent(application, progress))
                .put("Description", "")
                .put("Error", error(application))
                .put("ImageURL", "")
                .put("Name", a.path("Name").asText());
        data.putArray("PriceList");
        data.put("ResourceGroupId", a.path("ResourceGroupId").asText());
        data.putArray("ResourceList");
        return data.put("Status", status(application))
                .put("TemplateId", a.path("TemplateId").asText());
    }

    /** When the application last changed state: what ListApplication's OrderType 1 sorts by. */
    static Instant updatedAt(Resource application) {
        return application.since().values().stream().max(Instant::compareTo).orElse(application.createdAt());
    }

    private static int deployPercent(Resource application, Optional<StepProgress> progress) {
        if (BpStudioStates.DEPLOYED.contains(application)) {
            return 100;
        }
        return progress.filter(p -> p.operation().equals("DeployApplication")).map(StepProgress::percent).orElse(0);
    }

    /** Only a fault makes an operation fail in tcemu, so a failure state says that much. */
    private static String error(Resource application) {
        return BpStudioStates.FAILED.contains(application)
                ? "The last operation ended in " + status(application) + ": a fault injected into tcemu." : "";
    }
}
