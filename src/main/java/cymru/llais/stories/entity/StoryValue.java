package cymru.llais.stories.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A story's value for one signifier: a triad's shares, a dyad's position or a context question's option. */
@Entity
@Table(name = "story_value")
@IdClass(StoryValue.Key.class)
public class StoryValue {

    /** The composite key: story and signifier. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long storyId;
        private Long signifierId;

        public Key() {
        }

        public Key(Long storyId, Long signifierId) {
            this.storyId = storyId;
            this.signifierId = signifierId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(storyId, k.storyId) && Objects.equals(signifierId, k.signifierId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(storyId, signifierId);
        }
    }

    @Id
    @Column(name = "story_id")
    private Long storyId;

    @Id
    @Column(name = "signifier_id")
    private Long signifierId;

    @Column(name = "share_a")
    private Integer shareA;

    @Column(name = "share_b")
    private Integer shareB;

    @Column(name = "share_c")
    private Integer shareC;

    @Column(name = "dyad")
    private Integer dyad;

    @Column(name = "option_id")
    private Long optionId;

    protected StoryValue() {
    }

    public StoryValue(Long storyId, Signification.Value v) {
        this.storyId = storyId;
        this.signifierId = v.signifierId();
        if (v.triad() != null) {
            shareA = v.triad().a();
            shareB = v.triad().b();
            shareC = v.triad().c();
        }
        if (v.dyad() != null) {
            dyad = v.dyad().value();
        }
        optionId = v.optionId();
    }

    public TriadValue triad() {
        return shareA == null ? null : new TriadValue(shareA, shareB, shareC);
    }

    public DyadValue dyadValue() {
        return dyad == null ? null : new DyadValue(dyad);
    }

    public Long getStoryId() {
        return storyId;
    }

    public Long getSignifierId() {
        return signifierId;
    }

    public Long getOptionId() {
        return optionId;
    }
}
