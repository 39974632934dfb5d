package cymru.llais.routing.boundary;

import cymru.llais.shared.BilingualText;

/** A local authority as other capabilities see it. */
public record AuthorityInfo(String code, BilingualText name) {
}
