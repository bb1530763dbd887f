package io.tcemu.api;

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

    /** The same error under another code: a product answering a shared check with the code its action documents. */
    public ApiError withCode(String otherCode) {
        return new ApiError(otherCode, getMessage(), messageZh);
    }

    public String code() {
        return code;
    }

    public String message(Language language) {
        return language.pick(getMessage(), messageZh);
    }
}
