package cymru.llais.stories.entity;

import cymru.llais.shared.Language;

import java.util.ArrayList;
import java.util.List;

/** A story as typed: title, text, the language it is written in ("cy" or "en"), and the teller's consent. */
public record StoryDraft(String title, String text, String lang, boolean consent) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 10_000;

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new Problem("story-title", "stories.error.title"));
        } else if (title.strip().length() > MAX_TITLE) {
            problems.add(new Problem("story-title", "stories.error.titleLong"));
        }
        if (text == null || text.isBlank()) {
            problems.add(new Problem("story-text", "stories.error.text"));
        } else if (text.strip().length() > MAX_TEXT) {
            problems.add(new Problem("story-text", "stories.error.textLong"));
        }
        if (language() == null) {
            problems.add(new Problem("story-lang", "stories.error.lang"));
        }
        if (!consent) {
            problems.add(new Problem("consent", "stories.error.consent"));
        }
        return problems;
    }

    public Language language() {
        return lang == null ? null : Language.fromCode(lang.strip()).orElse(null);
    }
}
