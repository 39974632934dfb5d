package cymru.llais.i18n;

import cymru.llais.shared.Language;

/** Faces' own messages in Welsh. */
public class FacesMessages_cy extends FacesMessages {

    @Override
    protected Language language() {
        return Language.CY;
    }
}
