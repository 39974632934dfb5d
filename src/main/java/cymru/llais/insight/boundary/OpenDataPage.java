package cymru.llais.insight.boundary;

import cymru.llais.insight.control.OpenDataGrid;
import cymru.llais.insight.control.OpenDataPeriod;
import cymru.llais.insight.control.OpenDataSchema;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.List;

/** The open data page: the files of the last months, quarters and years with their addresses, and every column described. */
@Named
@RequestScoped
public class OpenDataPage {

    /** This month and the twelve before it; older months are at the same addresses. */
    private static final int MONTHS = 13;

    @Inject
    Clock clock;

    /** This quarter and the four before it; this year and the four before it. */
    private static final int QUARTERS = 5;
    private static final int YEARS = 5;

    private List<String> periods;

    public List<String> getPeriods() {
        if (periods == null) {
            periods = OpenDataPeriod.containing(clock.instant()).andPrevious(MONTHS).stream().map(OpenDataPeriod::toString).toList();
        }
        return periods;
    }

    public List<String> getQuarters() {
        return OpenDataPeriod.quarterContaining(clock.instant()).andPrevious(QUARTERS).stream().map(OpenDataPeriod::toString).toList();
    }

    public List<String> getYears() {
        return OpenDataPeriod.yearContaining(clock.instant()).andPrevious(YEARS).stream().map(OpenDataPeriod::toString).toList();
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
