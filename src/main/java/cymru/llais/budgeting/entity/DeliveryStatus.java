package cymru.llais.budgeting.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How far the delivery of a winning project has gone: planned, in progress, done. */
public enum DeliveryStatus {
    PLANNED, IN_PROGRESS, DONE;

    public String key() {
        return "budgeting.delivery.status." + name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DeliveryStatus> parse(String value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(value.strip())).findFirst();
    }
}
