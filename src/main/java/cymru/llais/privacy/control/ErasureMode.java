package cymru.llais.privacy.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * What happens to a person's public content when their personal data is erased. Either way their
 * address, account, name, follows, flags' link to them and the e-mails to them are gone.
 */
public enum ErasureMode {
    /** Their concerns lose their text, place and photo and leave the public pages, which say why. */
    REMOVE,
    /** Their concerns stay public as they are, no longer linked to anyone. */
    ANONYMISE;

    public static Optional<ErasureMode> parse(String text) {
        return Arrays.stream(values()).filter(m -> m.name().equals(text)).findFirst();
    }
}
