package cymru.llais.moderation.boundary;

import cymru.llais.concerns.boundary.ConcernReported;
import cymru.llais.concerns.boundary.ModerationItem;
import cymru.llais.concerns.boundary.Publications;
import cymru.llais.concerns.entity.Publication;
import cymru.llais.moderation.control.FreeTextCheck;
import cymru.llais.routing.boundary.AuditTrail;
import cymru.llais.routing.entity.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * Before a new concern is published, in the transaction that stores it: a ward that is pre-moderated
 * holds every new concern, and the free-text check holds one whose description or place has an e-mail
 * address, a phone number or a listed word. A held concern is never public, not even for a moment.
 */
@ApplicationScoped
public class Screening {

    /** Recorded for the councillor when a ward's pre-moderation held the concern. */
    public static final String PRE_MODERATION = "PRE_MODERATION";

    @Inject
    Publications publications;

    @Inject
    ModerationWords words;

    @Inject
    Moderation moderation;

    @Inject
    AuditTrail audit;

    void onReported(@Observes ConcernReported reported) {
        if (reported.sensitive()) {
            return;
        }
        ModerationItem item = publications.item(reported.concernId()).orElse(null);
        if (item == null) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        if (moderation.isPreModerated(reported.wardCode())) {
            reasons.add(PRE_MODERATION);
        }
        words.check().check(item.description(), item.locationText()).stream().map(FreeTextCheck.Finding::code).forEach(reasons::add);
        if (!reasons.isEmpty()) {
            publications.hold(reported.concernId(), reasons);
            audit.record(reported.concernId(), null, AuditEvent.Action.MODERATION_HELD, Publication.PUBLISHED.name(),
                    Publication.AWAITING_MODERATION.name(), String.join(", ", reasons));
        }
    }
}
