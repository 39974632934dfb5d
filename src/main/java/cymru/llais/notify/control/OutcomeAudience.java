package cymru.llais.notify.control;

import cymru.llais.notify.control.NotifyMail.ConcernFacts;
import cymru.llais.shared.EmailAddress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is told of a published outcome, once each however many of its concerns link them to it: the reporters and
 * followers of every concern it answers, each with the concerns that are theirs. A sensitive concern's reporters
 * are told (it is their own concern); its followers are not, as the public sees nothing of it but a count.
 * Language and reason merge as in {@link Recipients}.
 */
public final class OutcomeAudience {

    /** One concern that links someone to the outcome. */
    public record Linked(long concernId, ConcernFacts facts) {
    }

    /** One person to tell, and the concerns named in their e-mail (the first is the one its unsubscribe link names). */
    public record Person(Recipients.Recipient recipient, List<Linked> concerns) {

        /** The public concerns when there are any (then sensitive ones are left out); otherwise the sensitive ones. */
        public List<Linked> told() {
            List<Linked> open = concerns.stream().filter(c -> !c.facts().sensitive()).toList();
            return open.isEmpty() ? concerns : open;
        }
    }

    private final Recipients recipients = new Recipients();
    private final Map<String, List<Linked>> concernsOf = new LinkedHashMap<>();

    /** Adds someone linked to the outcome through a concern; a follower of a sensitive concern is not added. */
    public OutcomeAudience add(Recipients.Recipient r, long concernId, ConcernFacts facts) {
        if (r == null || r.email() == null || r.email().isBlank()) {
            return this;
        }
        if (facts.sensitive() && r.reason() != Recipients.Reason.REPORTED) {
            return this;
        }
        String key = EmailAddress.normalise(r.email());
        recipients.add(key, r.language(), r.reason());
        List<Linked> theirs = concernsOf.computeIfAbsent(key, k -> new ArrayList<>());
        if (theirs.stream().noneMatch(l -> l.concernId() == concernId)) {
            theirs.add(new Linked(concernId, facts));
        }
        return this;
    }

    public List<Person> people() {
        return recipients.all().stream().map(r -> new Person(r, List.copyOf(concernsOf.get(r.email())))).toList();
    }
}
