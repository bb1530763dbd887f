package io.tcemu.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.LifecycleCatalog;
import io.tcemu.lifecycle.RecoverableError;
import io.tcemu.spec.ActionSpec;
import io.tcemu.spec.ApiSpecs;
import io.tcemu.spec.MemberSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parameters of an API action called on one resource, filled from the action's spec: its id
 * goes to the member named after its kind's name or that name's tail (JobId for a SyncJob, TaskId
 * for an IntegrationTask, InstanceId for an Instance), its namespace to the member named after the
 * lifecycle's namespace (ProjectId for a WeData task). Other required members get an empty value
 * of their type, for the person to fill in.
 */
final class ActionForms {
    private final ObjectMapper json;
    private final ApiSpecs specs;
    private final LifecycleCatalog catalog;

    ActionForms(ObjectMapper json, ApiSpecs specs, LifecycleCatalog catalog) {
        this.json = json;
        this.specs = specs;
        this.catalog = catalog;
    }

    /** An action ready to call: the API version that has it, its parameters, and the required members still to fill. */
    record Form(String action, String version, ObjectNode params, List<String> missing) {
    }

    static String product(ResourceView resource) {
        return resource.kind().substring(0, resource.kind().indexOf('.'));
    }

    /** A form per operation the resource's state allows that its product's spec has as an action. */
    List<Form> allowed(ResourceView resource) {
        List<Form> forms = new ArrayList<>();
        resource.allowedOperations().forEach(action -> form(resource, action).ifPresent(forms::add));
        return forms;
    }

    /** Whether the admin "fail" call would put the resource into its lifecycle's recoverable error state now. */
    boolean failable(ResourceView resource) {
        RecoverableError error = catalog.get(resource.kind()).recoverableError();
        return error != null && error.from().entrySet().stream()
                .allMatch(allowed -> allowed.getValue().contains(resource.state(allowed.getKey())));
    }

    Optional<Form> form(ResourceView resource, String action) {
        return spec(product(resource), action).map(spec -> fill(resource, spec));
    }

    private Optional<ActionSpec> spec(String product, String action) {
        return specs.versions(product).stream().sorted()
                .flatMap(version -> specs.action(product, version, action).stream()).reduce((older, newer) -> newer);
    }

    private Form fill(ResourceView resource, ActionSpec spec) {
        ObjectNode params = json.createObjectNode();
        List<String> missing = new ArrayList<>();
        idMember(resource, spec).ifPresent(name -> params.put(name, resource.id()));
        String namespaceMember = capitalized(catalog.get(resource.kind()).namespaceName().en()) + "Id";
        if (!resource.namespace().isEmpty() && spec.input().members().containsKey(namespaceMember)) {
            params.put(namespaceMember, resource.namespace());
        }
        for (MemberSpec member : spec.input().members().values()) {
            if (member.required() && !params.has(member.name())) {
                missing.add(member.name());
                placeholder(params, member);
            }
        }
        return new Form(spec.name(), spec.version(), params, missing);
    }

    /** The longest tail of the kind's name (SyncJob, then Job) that, with Id, names a string member. */
    private static Optional<String> idMember(ResourceView resource, ActionSpec spec) {
        String name = resource.kind().substring(resource.kind().indexOf('.') + 1);
        for (int i = 0; i < name.length(); i++) {
            if (i == 0 || Character.isUpperCase(name.charAt(i))) {
                MemberSpec member = spec.input().members().get(name.substring(i) + "Id");
                if (member != null && !member.isList() && "string".equals(member.member())) {
                    return Optional.of(member.name());
                }
            }
        }
        return Optional.empty();
    }

    private static void placeholder(ObjectNode params, MemberSpec member) {
        if (member.isList()) {
            params.putArray(member.name());
        } else if (member.isStructure()) {
            params.putObject(member.name());
        } else if ("string".equals(member.member()) || member.member().startsWith("date")) {
            params.put(member.name(), "");
        } else if ("bool".equals(member.member())) {
            params.put(member.name(), false);
        } else {
            params.put(member.name(), 0);
        }
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
