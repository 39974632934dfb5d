package cymru.llais.moderation.boundary;

import cymru.llais.i18n.Messages;
import cymru.llais.shared.Language;

/** Why a concern waits, as the councillor reads it: the codes recorded by {@link Screening}, in words. */
final class HeldReasons {

    private HeldReasons() {
    }

    static String describe(String code, Language language) {
        Messages m = Messages.get();
        if (code.startsWith("WORD:")) {
            return m.format(language, "moderation.held.word", code.substring(5));
        }
        return switch (code) {
            case "EMAIL" -> m.format(language, "moderation.held.email");
            case "PHONE" -> m.format(language, "moderation.held.phone");
            case Screening.PRE_MODERATION -> m.format(language, "moderation.held.preModeration");
            default -> code;
        };
    }
}
