package io.tcemu.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.journal.Journal;
import io.tcemu.journal.JournalEntry;
import io.tcemu.journal.JournalEntryJson;
import io.tcemu.journal.RequestPattern;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The /_tcemu/* endpoints that look at what happened and what is: the request journal, the
 * resources with their history, and the whole state as one document to save and load.
 */
final class InspectionApi {
    private static final Set<String> REQUEST_FILTERS = Set.of("product", "action", "code", "resource", "account",
            "region", "since");
    /** The journal's filters, and {@code limit}: only the newest calls that match, so a page that polls reads few. */
    private static final Set<String> REQUEST_QUERY = Stream.concat(REQUEST_FILTERS.stream(), Stream.of("limit"))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> RESOURCE_FILTERS = Set.of("product", "kind", "account", "region", "state");

    private final AdminApi admin;
    private final ObjectMapper json;
    private final Journal journal;
    private final ResourceInspector inspector;
    private final StateDocument state;

    InspectionApi(AdminApi admin, ObjectMapper json, Journal journal, ResourceInspector inspector, StateDocument state) {
        this.admin = admin;
        this.json = json;
        this.journal = journal;
        this.inspector = inspector;
        this.state = state;
    }

    void mount(Router router) {
        router.get("/_tcemu/requests").handler(ctx -> admin.answer(ctx, () -> {
            List<JournalEntry> found = journal.find(query(ctx));
            return requests(found.subList(Math.max(0, found.size() - limit(ctx)), found.size()));
        }));
        router.delete("/_tcemu/requests").handler(ctx -> admin.answer(ctx, () -> {
            journal.clear();
            return requests(List.of());
        }));
        router.post("/_tcemu/requests/count").handler(ctx -> admin.answer(ctx,
                () -> json.createObjectNode().put("count", journal.count(pattern(admin.body(ctx))))));
        router.get("/_tcemu/resources").handler(ctx -> admin.blocking(ctx, () -> {
            checkParams(ctx, RESOURCE_FILTERS);
            ArrayNode list = json.createArrayNode();
            inspector.list(new ResourceInspector.Filter(param(ctx, "product"), param(ctx, "kind"),
                    param(ctx, "account"), param(ctx, "region"), param(ctx, "state"))).forEach(v -> list.add(view(v)));
            return json.createObjectNode().put("count", list.size()).set("resources", list);
        }));
        router.get("/_tcemu/resources/:id").handler(ctx -> admin.blocking(ctx, () -> {
            String id = ctx.pathParam("id");
            ObjectNode view = inspector.get(id).map(this::view)
                    .orElseThrow(() -> new NotFound("no resource has the id " + id));
            view.set("links", json.valueToTree(inspector.links(id)));
            return view;
        }));
        router.get("/_tcemu/state").handler(ctx -> admin.blocking(ctx, state::export));
        router.put("/_tcemu/state").handler(ctx -> admin.blockingWithBody(ctx, body -> {
            state.load(body);
            return json.createObjectNode().put("loaded", true).put("resources", body.path("resources").size());
        }));
    }

    /** A lookup that found nothing: answered 404. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    private RequestPattern query(RoutingContext ctx) {
        checkParams(ctx, REQUEST_QUERY);
        return new RequestPattern(param(ctx, "product"), param(ctx, "action"), param(ctx, "code"),
                param(ctx, "resource"), param(ctx, "account"), param(ctx, "region"), since(param(ctx, "since")), null);
    }

    private RequestPattern pattern(JsonNode body) {
        for (var name : (Iterable<String>) body::fieldNames) {
            if (!REQUEST_FILTERS.contains(name) && !name.equals("params")) {
                throw new IllegalArgumentException("unknown matcher field \"" + name + "\"; known: "
                        + new java.util.TreeSet<>(REQUEST_FILTERS) + " and params");
            }
        }
        if (body.has("params") && !body.get("params").isObject()) {
            throw new IllegalArgumentException("\"params\" must be an object of the members to match");
        }
        return new RequestPattern(text(body, "product"), text(body, "action"), text(body, "code"),
                text(body, "resource"), text(body, "account"), text(body, "region"), since(text(body, "since")),
                body.has("params") ? (ObjectNode) body.get("params") : null);
    }

    private static int limit(RoutingContext ctx) {
        String given = param(ctx, "limit");
        if (given == null) {
            return Integer.MAX_VALUE;
        }
        try {
            int limit = Integer.parseInt(given.trim());
            if (limit > 0) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("\"limit\" must be a whole number of calls, 1 or more, not " + given);
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string, not " + value);
        }
        return value.asText();
    }

    private static Instant since(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"since\" must be an ISO-8601 instant such as 2026-01-01T00:00:00Z, not "
                    + value);
        }
    }

    private static void checkParams(RoutingContext ctx, Set<String> known) {
        ctx.queryParams().names().stream().filter(n -> !known.contains(n)).findFirst().ifPresent(n -> {
            throw new IllegalArgumentException("unknown filter \"" + n + "\"; known: " + new java.util.TreeSet<>(known));
        });
    }

    private static String param(RoutingContext ctx, String name) {
        return ctx.queryParams().get(name);
    }

    private ObjectNode requests(List<JournalEntry> entries) {
        ArrayNode list = json.createArrayNode();
        entries.forEach(e -> list.add(JournalEntryJson.tree(e)));
        ObjectNode answer = json.createObjectNode().put("count", entries.size()).put("capacity", journal.capacity());
        answer.set("requests", list);
        return answer;
    }

    private ObjectNode view(ResourceView v) {
        ObjectNode n = json.createObjectNode().put("id", v.id()).put("kind", v.kind()).put("account", v.account())
                .put("region", v.region()).put("namespace", v.namespace());
        n.set("states", json.valueToTree(v.states()));
        n.set("allowedOperations", json.valueToTree(v.allowedOperations()));
        ArrayNode pending = n.putArray("pending");
        for (ResourceView.Pending p : v.pending()) {
            pending.addObject().put("dimension", p.dimension()).put("operation", p.operation()).put("mode", p.mode())
                    .put("startedAt", p.startedAt().toString())
                    .put("settlesAt", p.settlesAt() == null ? null : p.settlesAt().toString())
                    .put("to", p.to()).put("deletes", p.deletes());
        }
        ArrayNode rules = n.putArray("rulesDue");
        for (ResourceView.RuleDue r : v.rulesDue()) {
            ObjectNode rule = rules.addObject().put("rule", r.rule()).put("at", r.at().toString());
            rule.set("then", json.valueToTree(r.then()));
            rule.put("deletes", r.deletes());
        }
        n.set("progress", json.valueToTree(v.progress()));
        n.put("observedAt", v.observedAt().toString());
        n.set("history", state.history(v.history()));
        return n;
    }
}
