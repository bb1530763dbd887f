package io.tcemu.gateway;

/**
 * An error a caller can cause, answered in the envelope as {@code Response.Error}. Carries the
 * documented error code and a message in English and Chinese (chosen by the request's Language).
 */
public final class ApiError extends RuntimeException {
    private final String code;
    private final String messageZh;

    private ApiError(String code, String messageEn, String messageZh) {
        super(messageEn, null, false, false);
        this.code = code;
        this.messageZh = messageZh;
    }

    /** An error whose message reads the same in both languages (identifiers, data). */
    public static ApiError of(String code, String message) {
        return new ApiError(code, message, message);
    }

    public static ApiError of(String code, String messageEn, String messageZh) {
        return new ApiError(code, messageEn, messageZh);
    }

    public String code() {
        return code;
    }

    public String message(boolean chinese) {
        return chinese ? messageZh : getMessage();
    }
}
