package cymru.llais.routing.boundary;

import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;

/** A ward as other capabilities see it: code and names, and its local authority's. */
public record WardInfo(String code, BilingualText name, String authorityCode, BilingualText authorityName) implements java.io.Serializable {

    public String nameIn(Language language) {
        return name.in(language);
    }
}
