package cymru.llais.stories.entity;

import cymru.llais.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answer a context question offers, in both languages. */
@Entity
@Table(name = "story_option")
public class ContextOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "signifier_id", nullable = false)
    private Long signifierId;

    @Column(nullable = false)
    private int position;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "label_cy", nullable = false)
    private String labelCy;

    protected ContextOption() {
    }

    public ContextOption(Long signifierId, int position, String labelEn, String labelCy) {
        this.signifierId = signifierId;
        this.position = position;
        this.labelEn = labelEn;
        this.labelCy = labelCy;
    }

    public String label(Language l) {
        return l == Language.CY ? labelCy : labelEn;
    }

    public Long getId() {
        return id;
    }

    public Long getSignifierId() {
        return signifierId;
    }

    public int getPosition() {
        return position;
    }
}
