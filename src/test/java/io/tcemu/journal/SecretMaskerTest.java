package io.tcemu.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a journal shows of a call's parameters: everything but the secrets. */
class SecretMaskerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode params(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    @Test
    void secretsAreMaskedAtAnyDepthAndInAnyCaseWhileTheCallKeepsThem() throws Exception {
        String sent = "{\"SecretId\":\"AKID1\",\"SrcInfo\":{\"User\":\"root\",\"PASSWORD\":\"p1\"},"
                + "\"Keys\":[{\"accessKeySecret\":\"s1\",\"Name\":\"k\"}],\"SessionToken\":\"t1\"}";
        ObjectNode call = params(sent);

        ObjectNode shown = SecretMasker.mask(call);

        assertEquals("{\"SecretId\":\"AKID1\",\"SrcInfo\":{\"User\":\"root\",\"PASSWORD\":\"******\"},"
                + "\"Keys\":[{\"accessKeySecret\":\"******\",\"Name\":\"k\"}],\"SessionToken\":\"******\"}",
                JSON.writeValueAsString(shown));
        assertEquals(sent, JSON.writeValueAsString(call));
    }

    @Test
    void parametersWithoutSecretsAreShownAsSent() throws Exception {
        String sent = "{\"JobId\":\"sync-1\",\"Limit\":20,\"Tags\":[{\"TagKey\":\"team\",\"TagValue\":\"a\"}]}";
        assertEquals(sent, JSON.writeValueAsString(SecretMasker.mask(params(sent))));
    }
}
