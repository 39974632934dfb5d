package cymru.llais.moderation.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The administrator's list of words that hold a concern for moderation: add and remove, Welsh and English. */
@Named
@RequestScoped
public class AdminWords {

    @Inject
    ModerationWords words;

    @Inject
    CurrentStaff current;

    @Inject
    CurrentLanguage language;

    private String word;
    private String wordLanguage = "cy";

    public List<ModerationWords.WordView> getWords() {
        return words.all();
    }

    public String add() {
        if (!current.isAdmin()) {
            return say("moderation.error.notYours", true);
        }
        String error = words.add(word, wordLanguage, current.require().id());
        if (error != null) {
            return say(error, true);
        }
        word = null;
        return say("moderation.words.added", false);
    }

    public String remove(Long id) {
        if (!current.isAdmin()) {
            return say("moderation.error.notYours", true);
        }
        return words.remove(id) ? say("moderation.words.removed", false) : say("moderation.words.error.gone", true);
    }

    private String say(String key, boolean error) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.get().format(language.get(), key);
        faces.addMessage(null, new FacesMessage(error ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_INFO, text, text));
        if (error) {
            faces.validationFailed();
        }
        return null;
    }

    public String getWord() {
        return word;
    }

    public void setWord(String word) {
        this.word = word;
    }

    public String getWordLanguage() {
        return wordLanguage;
    }

    public void setWordLanguage(String wordLanguage) {
        this.wordLanguage = wordLanguage;
    }
}
