package cymru.llais.concerns.boundary;

import cymru.llais.shared.BilingualText;

/** A category as offered to residents. */
public record CategoryView(String code, BilingualText name, boolean sensitive) {
}
