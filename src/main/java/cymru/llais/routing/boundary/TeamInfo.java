package cymru.llais.routing.boundary;

import cymru.llais.routing.entity.Team;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;

/** A team as other capabilities and the views see it. */
public record TeamInfo(Long id, String code, BilingualText name, Long partnerId, BilingualText partnerName,
                       String email, Language language, Long leadId) implements java.io.Serializable {

    static TeamInfo of(Team t) {
        return new TeamInfo(t.getId(), t.getCode(), t.getName(), t.getPartner().getId(), t.getPartner().getName(),
                t.getEmail(), t.getLanguage(), t.getLeadId());
    }
}
