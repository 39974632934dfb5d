package cymru.llais.stories.entity;

import cymru.llais.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One signifier of a collection: a triad (corners a, b, c), a dyad (poles a, b) or a context question. */
@Entity
@Table(name = "story_signifier")
public class Signifier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "collection_id", nullable = false)
    private Long collectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignifierKind kind;

    @Column(nullable = false)
    private int position;

    @Column(name = "question_en", nullable = false)
    private String questionEn;

    @Column(name = "question_cy", nullable = false)
    private String questionCy;

    @Column(name = "label_a_en")
    private String labelAEn;

    @Column(name = "label_a_cy")
    private String labelACy;

    @Column(name = "label_b_en")
    private String labelBEn;

    @Column(name = "label_b_cy")
    private String labelBCy;

    @Column(name = "label_c_en")
    private String labelCEn;

    @Column(name = "label_c_cy")
    private String labelCCy;

    protected Signifier() {
    }

    /** Details must have no problems; a context question's options are stored apart. */
    public Signifier(Long collectionId, int position, SignifierDetails d) {
        if (!d.problems().isEmpty()) {
            throw new IllegalArgumentException("signifier details have problems: " + d.problems());
        }
        this.collectionId = collectionId;
        this.position = position;
        this.kind = d.signifierKind();
        this.questionEn = d.questionEn().strip();
        this.questionCy = d.questionCy().strip();
        if (kind != SignifierKind.CONTEXT) {
            this.labelAEn = d.aEn().strip();
            this.labelACy = d.aCy().strip();
            this.labelBEn = d.bEn().strip();
            this.labelBCy = d.bCy().strip();
        }
        if (kind == SignifierKind.TRIAD) {
            this.labelCEn = d.cEn().strip();
            this.labelCCy = d.cCy().strip();
        }
    }

    public String question(Language l) {
        return l == Language.CY ? questionCy : questionEn;
    }

    public String labelA(Language l) {
        return l == Language.CY ? labelACy : labelAEn;
    }

    public String labelB(Language l) {
        return l == Language.CY ? labelBCy : labelBEn;
    }

    public String labelC(Language l) {
        return l == Language.CY ? labelCCy : labelCEn;
    }

    public Long getId() {
        return id;
    }

    public Long getCollectionId() {
        return collectionId;
    }

    public SignifierKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }
}
