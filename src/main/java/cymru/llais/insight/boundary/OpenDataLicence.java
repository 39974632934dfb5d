package cymru.llais.insight.boundary;

/** The licence of the open data: the Open Government Licence v3.0, in English and in Welsh. */
public final class OpenDataLicence {

    public static final String NAME = "OGL-UK-3.0";
    public static final String URL_EN = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    public static final String URL_CY = "https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/";

    private OpenDataLicence() {
    }
}
