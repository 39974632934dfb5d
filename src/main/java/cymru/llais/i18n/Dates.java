package cymru.llais.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.Date;

/** Dates and times in the request's language (ICU/CLDR), in Wales' time zone. */
@Named
@RequestScoped
public class Dates {

    private static final TimeZone WALES = TimeZone.getTimeZone("Europe/London");

    @Inject
    CurrentLanguage language;

    public String dateTime(Instant instant) {
        return dateTime(language.get(), instant);
    }

    public String date(Instant instant) {
        return date(language.get(), instant);
    }

    /** Machine-readable, for {@code <time datetime="...">}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public static String dateTime(Language language, Instant instant) {
        if (instant == null) {
            return "";
        }
        DateFormat f = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT, ULocale.forLocale(language.locale()));
        f.setTimeZone(WALES);
        return f.format(Date.from(instant));
    }

    public static String date(Language language, Instant instant) {
        if (instant == null) {
            return "";
        }
        DateFormat f = DateFormat.getDateInstance(DateFormat.LONG, ULocale.forLocale(language.locale()));
        f.setTimeZone(WALES);
        return f.format(Date.from(instant));
    }
}
