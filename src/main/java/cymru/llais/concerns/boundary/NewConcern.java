package cymru.llais.concerns.boundary;

/**
 * A resident's report as submitted, from the form or the API. Texts are as typed; the rules decide.
 * {@code photo} may be null; {@code submissionToken} makes a repeated submission return the first concern.
 */
public record NewConcern(String category, String latitude, String longitude, String ward, String locationText,
                         String description, String language, String email, byte[] photo, String submissionToken) {
}
