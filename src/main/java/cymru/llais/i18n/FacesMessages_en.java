package cymru.llais.i18n;

/** Faces' own messages in English. */
public class FacesMessages_en extends FacesMessages {
}
