package cymru.llais.insight.boundary;

import cymru.llais.insight.control.OpenDataGrid;
import cymru.llais.insight.control.OpenDataPeriod;
import cymru.llais.insight.control.OpenDataSchema;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.List;

/** The open data page: the files of the last months with their addresses, and every column described. */
@Named
@RequestScoped
public class OpenDataPage {

    /** This month and the twelve before it; older months are at the same addresses. */
    private static final int MONTHS = 13;

    @Inject
    Clock clock;

    private List<String> periods;

    public List<String> getPeriods() {
        if (periods == null) {
            periods = OpenDataPeriod.containing(clock.instant()).andPrevious(MONTHS).stream().map(OpenDataPeriod::toString).toList();
        }
        return periods;
    }

    public List<OpenDataSchema> getFiles() {
        return List.of(OpenDataSchema.values());
    }

    public String getLatitudeStep() {
        return OpenDataGrid.LATITUDE_STEP.toPlainString();
    }

    public String getLongitudeStep() {
        return OpenDataGrid.LONGITUDE_STEP.toPlainString();
    }

    public String getLicenceEn() {
        return OpenDataLicence.URL_EN;
    }

    public String getLicenceCy() {
        return OpenDataLicence.URL_CY;
    }
}
