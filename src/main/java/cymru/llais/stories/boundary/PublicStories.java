package cymru.llais.stories.boundary;

import cymru.llais.shared.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The public's stories pages: the open collections, and a collection's published stories ("what we heard"). */
@Named
@RequestScoped
public class PublicStories {

    @Inject
    Stories stories;

    @Inject
    StoryLinks links;

    private String id;
    private List<Stories.PublishedStory> published;
    private java.util.Map<Long, List<cymru.llais.outcomes.boundary.Outcomes.PublicOutcome>> outcomes;

    public List<Stories.CollectionView> getOpen() {
        return stories.openCollections();
    }

    /** The collection, or null when there is none with that id. */
    public Stories.CollectionView getCollection() {
        return stories.collection(Ids.parse(id)).orElse(null);
    }

    public List<Stories.PublishedStory> getPublished() {
        if (published == null) {
            Long parsed = Ids.parse(id);
            published = parsed == null ? List.of() : stories.published(parsed);
        }
        return published;
    }

    /** The published outcomes linked to each published story (never a draft, never a concern). */
    public java.util.Map<Long, List<cymru.llais.outcomes.boundary.Outcomes.PublicOutcome>> getOutcomes() {
        if (outcomes == null) {
            outcomes = links.publicOutcomes(getPublished().stream().map(Stories.PublishedStory::id).toList());
        }
        return outcomes;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
