package io.tcemu.answer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.tcemu.api.ActionHandlers;
import io.tcemu.api.AnswerKind;
import io.tcemu.api.Answerer;
import io.tcemu.api.ApiRequest;
import io.tcemu.spec.ActionSpec;
import io.tcemu.spec.ApiSpecs;
import io.tcemu.spec.OutputModel;

import java.util.Optional;

/**
 * Answers every spec action tcemu does not emulate with something true to its model: the documented
 * response example where there is one, otherwise members synthesized from the output model. Either
 * way every member the model requires is there, and the same request gets the same answer.
 */
public final class ModelAnswers implements ActionHandlers.Fallback {
    private final ApiSpecs specs;

    public ModelAnswers(ApiSpecs specs) {
        this.specs = specs;
    }

    @Override
    public Optional<Answerer> answerer(String product, String version, String action) {
        return specs.action(product, version, action).map(ModelAnswers::answerer);
    }

    private static Answerer answerer(ActionSpec action) {
        OutputModel model = OutputModel.of(action);
        return action.example()
                .map(example -> new Answerer(AnswerKind.EXAMPLE, request -> model.repair(example, seed(request))))
                .orElseGet(() -> new Answerer(AnswerKind.SYNTHESIZED,
                        request -> model.repair(JsonNodeFactory.instance.objectNode(), seed(request))));
    }

    /** The same action with the same parameters, in any member order, gets the same values. */
    private static long seed(ApiRequest request) {
        return 31L * request.action().hashCode() + request.params().hashCode();
    }
}
