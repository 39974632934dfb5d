package cymru.llais.routing.control;

import java.util.List;

/**
 * Why a boundary file, or one feature in it, cannot be imported: a reason that a message can be
 * chosen by, the feature (counted from 1; 0 for the file as a whole), its code when it was read,
 * and the details the message needs. The exception's own message is English, for logs and tests.
 */
public final class BoundaryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        NOT_JSON,
        NOT_FEATURE_COLLECTION,
        WRONG_CRS,
        NO_FEATURES,
        NO_CODE_PROPERTY,
        NOT_A_FEATURE,
        MISSING_CODE,
        MISSING_NAME,
        NO_GEOMETRY,
        GEOMETRY_TYPE,
        BAD_POSITION,
        POSITION_OUT_OF_RANGE,
        RING_TOO_SHORT,
        RING_NOT_CLOSED,
        EMPTY_GEOMETRY
    }

    private final Reason reason;
    private final int feature;
    private final String code;
    private final transient List<Object> details;

    public BoundaryException(Reason reason, String message, Object... details) {
        this(reason, 0, null, message, List.of(details), null);
    }

    private BoundaryException(Reason reason, int feature, String code, String message, List<Object> details, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.feature = feature;
        this.code = code;
        this.details = details;
    }

    /** The same problem, placed at a feature of the file. */
    public BoundaryException at(int featureNumber, String featureCode) {
        return new BoundaryException(reason, featureNumber, featureCode,
                "feature " + featureNumber + " is not valid: " + getMessage(), details, this);
    }

    public Reason reason() {
        return reason;
    }

    /** The feature, counted from 1; 0 when the file as a whole is wrong. */
    public int feature() {
        return feature;
    }

    /** The feature's code, when it had been read; otherwise null. */
    public String code() {
        return code;
    }

    public List<Object> details() {
        return details;
    }
}
