package io.tcemu.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What advancing the clock would settle: every operation in flight that is due by then and every
 * timed rule that fires from the states resources are in now, soonest first. What those
 * transitions lead to in turn (a rule counted from a state not reached yet) shows after the move.
 */
final class ClockPreview {
    private final ObjectMapper json;
    private final ResourceInspector inspector;

    ClockPreview(ObjectMapper json, ResourceInspector inspector) {
        this.json = json;
        this.inspector = inspector;
    }

    private record Due(Instant at, ResourceView resource, String kind, String name, Map<String, String> changes,
                       boolean deletes) {
    }

    /** Blocking. */
    ObjectNode within(Instant now, Duration ahead) {
        Instant until = now.plus(ahead);
        List<Due> due = new ArrayList<>();
        for (ResourceView v : inspector.list(ResourceInspector.Filter.any())) {
            for (ResourceView.Pending p : v.pending()) {
                if (falls(p.settlesAt(), now, until)) {
                    due.add(new Due(p.settlesAt(), v, "operation", p.operation(),
                            p.to() == null ? Map.of() : Map.of(p.dimension(), p.to()), p.deletes()));
                }
            }
            for (ResourceView.RuleDue r : v.rulesDue()) {
                if (falls(r.at(), now, until)) {
                    due.add(new Due(r.at(), v, "rule", r.rule(), r.then(), r.deletes()));
                }
            }
        }
        due.sort(Comparator.comparing(Due::at));
        ObjectNode answer = json.createObjectNode().put("now", now.toString()).put("until", until.toString())
                .put("seconds", ahead.toSeconds());
        ArrayNode list = answer.putArray("transitions");
        for (Due d : due) {
            ObjectNode n = list.addObject().put("at", d.at().toString()).put("resourceId", d.resource().id())
                    .put("lifecycle", d.resource().kind()).put("kind", d.kind()).put("name", d.name());
            n.set("from", json.valueToTree(d.resource().states()));
            n.set("changes", json.valueToTree(d.changes()));
            n.put("deletes", d.deletes());
        }
        return answer;
    }

    /** Due after now, which has been settled already, and by the end of the preview. */
    private static boolean falls(Instant at, Instant now, Instant until) {
        return at != null && at.isAfter(now) && !at.isAfter(until);
    }
}
