package cymru.llais.moderation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * How near and how close in time two concerns of the same category must be to be suspected duplicates:
 * {@code llais.moderation.duplicate-metres} (150) and {@code llais.moderation.duplicate-days} (14).
 */
@ApplicationScoped
public class ModerationSettings {

    @Inject
    @ConfigProperty(name = "llais.moderation.duplicate-metres", defaultValue = "150")
    double duplicateMetres;

    @Inject
    @ConfigProperty(name = "llais.moderation.duplicate-days", defaultValue = "14")
    int duplicateDays;

    public double duplicateMetres() {
        return Math.max(0, duplicateMetres);
    }

    public Duration duplicateWindow() {
        return Duration.ofDays(Math.max(0, duplicateDays));
    }
}
