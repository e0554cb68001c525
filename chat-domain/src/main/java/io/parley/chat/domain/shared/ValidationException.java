package io.parley.chat.domain.shared;

import java.util.Arrays;
import java.util.Optional;

/** A parameter that is missing or out of shape; names the field as the client sent it (API.md j.9, j.10). */
public final class ValidationException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final Problem problem;
    private final transient Object[] args;

    public ValidationException(String field, Problem problem, Object... args) {
        super(ReasonCode.VALIDATION_FAILED, field + " " + problem + " " + Arrays.toString(args));
        this.field = field;
        this.problem = problem;
        this.args = args.clone();
    }

    @Override
    public Optional<String> field() {
        return Optional.of(field);
    }

    public Problem problem() {
        return problem;
    }

    @Override
    public String text(Language language) {
        Object[] withField = new Object[args.length + 1];
        withField[0] = field;
        System.arraycopy(args, 0, withField, 1, args.length);
        return Texts.get("validation." + problem.name(), language, withField);
    }

    /** What is wrong with the field; each has a sentence in the text bundles ({0} is the field). */
    public enum Problem {
        /** absent or empty */
        REQUIRED,
        /** {1} min length, {2} max length */
        LENGTH,
        /** {1} max length */
        TOO_LONG,
        /** not a whole number */
        NOT_INTEGER,
        /** {1} min, {2} max */
        OUT_OF_RANGE,
        /** {1} what is allowed */
        NOT_ONE_OF,
        /** does not have the required form; {1} says which */
        PATTERN,
        /** not valid JSON */
        NOT_JSON,
        /** {1} what was expected */
        BAD_SHAPE,
        /** differs from the field it must repeat, {1} */
        MISMATCH,
        /** this value may not be changed */
        NOT_EDITABLE
    }
}
