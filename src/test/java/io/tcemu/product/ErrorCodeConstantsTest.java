package io.tcemu.product;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcemu.api.CommonErrors;
import io.tcemu.product.bpstudio.BpStudioErrors;
import io.tcemu.product.bpstudio.BpStudioModule;
import io.tcemu.product.dts.DtsErrors;
import io.tcemu.product.dts.DtsModule;
import io.tcemu.product.redis.RedisErrors;
import io.tcemu.product.redis.RedisModule;
import io.tcemu.product.wedata.WedataErrors;
import io.tcemu.product.wedata.WedataModule;
import io.tcemu.product.wedata.WedataSettings;
import io.tcemu.spec.ApiSpecs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Product code names its error codes as constants, and every constant is a code the product's
 * errors.json, the choices of api-specs/error-choices.json or the common list every action shares defines: a typo or an invented code fails here,
 * not in a user's SDK.
 */
class ErrorCodeConstantsTest {
    private static final ApiSpecs SPECS = ApiSpecs.load();
    /** A code written where an error is raised, instead of a constant. */
    private static final Pattern LITERAL_CODE = Pattern.compile("(ApiError\\.of|withCode)\\(\\s*\"");

    @Test
    void everyProductConstantIsACodeItsSpecDefinesOrAChoice() throws IllegalAccessException, IOException {
        Map<Class<?>, ProductModule> owners = Map.of(DtsErrors.class, new DtsModule(),
                RedisErrors.class, new RedisModule(), WedataErrors.class, new WedataModule(WedataSettings.defaults()),
                BpStudioErrors.class, new BpStudioModule());
        JsonNode choices = new ObjectMapper().readTree(Files.readString(Path.of("api-specs/error-choices.json")));
        List<String> unknown = new ArrayList<>();
        for (var owner : owners.entrySet()) {
            String product = owner.getValue().product();
            Set<String> defined = new HashSet<>(SPECS.errorCodes(product, owner.getValue().version()));
            choices.path("choices").forEach(choice -> {
                if (choice.path("product").asText().equals(product)) {
                    defined.add(choice.path("code").asText());
                }
            });
            for (String code : codes(owner.getKey())) {
                if (!defined.contains(code)) {
                    unknown.add(product + " " + code);
                }
            }
        }
        assertEquals(List.of(), unknown, "constants naming codes neither the product's errors.json nor error-choices.json has");
    }

    @Test
    void everyCommonConstantIsACodeEveryTencentActionMayAnswer() throws IllegalAccessException {
        Set<String> constants = new HashSet<>(codes(CommonErrors.class));
        constants.removeAll(SPECS.dialect("tencent").commonErrors());
        assertEquals(Set.of(), constants, "CommonErrors constants that are not Tencent Cloud common codes");
    }

    @Test
    void productCodeRaisesNoCodeWrittenAsALiteral() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/io/tcemu/product"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher matcher = LITERAL_CODE.matcher(lines.get(i));
                    if (matcher.find()) {
                        literals.add(source.getFileName() + ":" + (i + 1));
                    }
                }
            }
        }
        assertEquals(List.of(), literals, "raise codes through the product's *Errors constants or CommonErrors");
    }

    private static List<String> codes(Class<?> constants) throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field field : constants.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                codes.add((String) field.get(null));
            }
        }
        return codes;
    }
}
