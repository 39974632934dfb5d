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

    private String id;

    public List<Stories.CollectionView> getOpen() {
        return stories.openCollections();
    }

    /** The collection, or null when there is none with that id. */
    public Stories.CollectionView getCollection() {
        return stories.collection(Ids.parse(id)).orElse(null);
    }

    public List<Stories.PublishedStory> getPublished() {
        Long parsed = Ids.parse(id);
        return parsed == null ? List.of() : stories.published(parsed);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
