package cymru.llais.concerns.boundary;

import cymru.llais.shared.Language;

/**
 * A resident's report as submitted, from the form or the API. Texts are as typed; the rules decide.
 * {@code language} is the language the description is written in; {@code contactLanguage} the one
 * the resident uses the portal in, for e-mails. {@code photo} may be null; {@code submissionToken}
 * makes a repeated submission return the first concern. {@code reporterAccountId} is the account of a
 * signed-in resident (null without one); the caller then gives that account's address as {@code email}.
 */
public record NewConcern(String category, String latitude, String longitude, String ward, String locationText,
                         String description, String language, String email, byte[] photo, String submissionToken,
                         Language contactLanguage, Long reporterAccountId) {

    /** A report without an account. */
    public NewConcern(String category, String latitude, String longitude, String ward, String locationText,
                      String description, String language, String email, byte[] photo, String submissionToken,
                      Language contactLanguage) {
        this(category, latitude, longitude, ward, locationText, description, language, email, photo, submissionToken,
                contactLanguage, null);
    }
}
