package io.tcemu.dialect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.api.ApiError;
import io.tcemu.api.Language;

/** The envelope stage: how a dialect's answers look, for success and error alike. */
public interface Envelope {

    /** The response header that carries the RequestId in this cloud's answers. */
    String requestIdHeader();

    /** The language of an error raised before the request could be decoded. */
    Language fallbackLanguage(HttpCall call);

    Reply success(ObjectNode fields, String requestId);

    /** @param call the request as it arrived, whatever stage failed (Alibaba names its host in errors) */
    Reply error(ApiError error, HttpCall call, Language language, String requestId);

    /** An HTTP answer: the dialect decides the status (Tencent answers 200 even for errors). */
    record Reply(int status, AnswerBody body) {
    }
}
