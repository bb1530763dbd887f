package io.tcemu.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.Account;
import io.tcemu.auth.Accounts;
import io.tcemu.dialect.Crypto;
import io.tcemu.dialect.HttpCall;
import io.tcemu.dialect.tencent.Tc3Signature;
import io.tcemu.gateway.Gateway;
import io.tcemu.spec.ApiSpecs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's buttons: an API action on one resource, sent through the gateway as a TC3-signed
 * call with the key of the account that owns the resource, so it is authenticated, validated,
 * handled and journaled like an SDK's call. Blocking.
 */
final class DashboardCalls {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final List<String> SIGNED_HEADERS = List.of("content-type", "host");
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final ObjectMapper json;
    private final Gateway gateway;
    private final ApiSpecs specs;
    private final Accounts accounts;
    private final ActionForms forms;
    private final ResourceInspector inspector;
    private final Clock wall;

    DashboardCalls(ObjectMapper json, Gateway gateway, ApiSpecs specs, Accounts accounts, ActionForms forms,
                   ResourceInspector inspector, Clock wall) {
        this.json = json;
        this.gateway = gateway;
        this.specs = specs;
        this.accounts = accounts;
        this.forms = forms;
        this.inspector = inspector;
        this.wall = wall;
    }

    /**
     * The forms of the actions the resource allows now, or why none can be called from here; and
     * whether the admin "fail" call applies to it now.
     */
    ObjectNode forms(String resourceId) {
        ResourceView resource = resource(resourceId);
        ObjectNode answer = json.createObjectNode().put("resourceId", resourceId);
        String refusal = refusal(resource);
        answer.put("callable", refusal == null).put("reason", refusal).put("failable", forms.failable(resource));
        answer.set("actions", json.valueToTree(forms.allowed(resource)));
        return answer;
    }

    /**
     * Calls {@code action} on the resource: the form's parameters, with {@code params} overriding
     * them member by member. Answers the call's RequestId, code and response.
     */
    ObjectNode call(String resourceId, String action, ObjectNode params) {
        ResourceView resource = resource(resourceId);
        String refusal = refusal(resource);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        ActionForms.Form form = forms.form(resource, action).orElseThrow(() -> new IllegalArgumentException(
                ActionForms.product(resource) + " has no action " + action + "; see the resource's allowed operations"));
        ObjectNode sent = form.params().deepCopy();
        sent.setAll(params);
        Account account = accounts.ofAccount(resource.account()).orElseThrow();
        Gateway.Outcome outcome = gateway.process(signed(account, ActionForms.product(resource), form,
                resource.region(), sent));
        ObjectNode answer = json.createObjectNode().put("action", action).put("requestId", outcome.requestId())
                .put("code", outcome.code());
        answer.set("params", sent);
        answer.set("response", parse(outcome.body().bytes()));
        return answer;
    }

    /** Why the dashboard cannot call this resource's actions, or null when it can. */
    private String refusal(ResourceView resource) {
        String product = ActionForms.product(resource);
        if (!specs.dialect("tencent").products().contains(product)) {
            return product + " speaks Alibaba Cloud's dialect, which the dashboard does not sign; "
                    + "call it through its SDK (release and fail work here)";
        }
        if (accounts.ofAccount(resource.account()).isEmpty()) {
            return "account " + resource.account() + " has no configured key (it came from an unknown SecretId in "
                    + "lenient mode); add one with --accounts to call its resources from here";
        }
        return null;
    }

    private ResourceView resource(String id) {
        return inspector.get(id).orElseThrow(() -> new InspectionApi.NotFound("no resource has the id " + id));
    }

    /** A TC3-HMAC-SHA256 POST, signed as the SDKs sign it, for the product's official host. */
    private HttpCall signed(Account account, String product, ActionForms.Form form, String region, ObjectNode params) {
        byte[] body = params.toString().getBytes(StandardCharsets.UTF_8);
        String host = product + ".tencentcloudapi.com";
        long timestamp = wall.instant().getEpochSecond();
        String date = DATE.format(wall.instant());
        String scope = date + "/" + product + "/tc3_request";
        Map<String, String> signedValues = Map.of("content-type", CONTENT_TYPE, "host", host);
        String canonical = Tc3Signature.canonicalRequest("POST", "", SIGNED_HEADERS, signedValues, Crypto.sha256Hex(body));
        String signature = Tc3Signature.signature(account.secretKey(), date, product,
                Tc3Signature.stringToSign(String.valueOf(timestamp), scope, canonical));
        Map<String, String> headers = new HashMap<>(signedValues);
        headers.put("x-tc-action", form.action());
        headers.put("x-tc-version", form.version());
        headers.put("x-tc-region", region);
        headers.put("x-tc-timestamp", String.valueOf(timestamp));
        if (account.token() != null) {
            headers.put("x-tc-token", account.token());
        }
        headers.put("authorization", Tc3Signature.ALGORITHM + " Credential=" + account.secretId() + "/" + scope
                + ", SignedHeaders=" + String.join(";", SIGNED_HEADERS) + ", Signature=" + signature);
        return new HttpCall("POST", "/", "", Map.copyOf(headers), body);
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.getNodeFactory().textNode(new String(body, StandardCharsets.UTF_8));
        }
    }
}
