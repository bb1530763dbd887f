package io.tcemu.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.answer.Coverage;
import io.tcemu.api.AnswerKind;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code GET /_tcemu/coverage}: each product, version and action with how it is answered. With
 * {@code ?format=markdown}, the table scripts/coverage writes into README.md.
 */
public final class CoverageApi {
    private final ObjectMapper json;
    private final Coverage coverage;

    public CoverageApi(ObjectMapper json, Coverage coverage) {
        this.json = json;
        this.coverage = coverage;
    }

    public void mount(Router router) {
        router.get("/_tcemu/coverage").handler(this::coverage);
    }

    private void coverage(RoutingContext ctx) {
        String format = ctx.queryParams().get("format");
        List<Coverage.ProductCoverage> products = coverage.products();
        if (format == null || format.equals("json")) {
            ctx.response().putHeader("Content-Type", "application/json").end(json(products).toString());
        } else if (format.equals("markdown")) {
            ctx.response().putHeader("Content-Type", "text/markdown; charset=utf-8").end(markdown(products));
        } else {
            AdminReplies.error(ctx, json, 400, "format must be json or markdown, not " + format);
        }
    }

    private ObjectNode json(List<Coverage.ProductCoverage> products) {
        ObjectNode body = json.createObjectNode();
        ArrayNode list = body.putArray("products");
        products.forEach(p -> {
            ObjectNode product = list.addObject().put("product", p.product()).put("version", p.version());
            product.set("counts", json.valueToTree(p.counts()));
            product.set("actions", json.valueToTree(p.actions()));
        });
        return body;
    }

    /** A summary table, then the emulated actions of each product. */
    static String markdown(List<Coverage.ProductCoverage> products) {
        StringBuilder md = new StringBuilder("| product | version | actions | "
                + String.join(" | ", Coverage.KINDS) + " |\n|---|---|---|" + "---|".repeat(Coverage.KINDS.size()) + "\n");
        for (Coverage.ProductCoverage p : products) {
            md.append("| ").append(p.product()).append(" | `").append(p.version()).append("` | ").append(p.actions().size());
            p.counts().values().forEach(count -> md.append(" | ").append(count));
            md.append(" |\n");
        }
        md.append("\nEmulated:\n\n");
        for (Coverage.ProductCoverage p : products) {
            md.append("- ").append(p.product()).append(": ").append(p.actions().entrySet().stream()
                    .filter(action -> action.getValue().equals(AnswerKind.EMULATED.wire())).map(Map.Entry::getKey)
                    .collect(Collectors.joining(", "))).append('\n');
        }
        return md.toString();
    }
}
