package io.tcemu.api;

/** The handler that answers an action, and which kind of answer it gives. */
public record Answerer(AnswerKind kind, ActionHandler handler) {
}
