package cymru.llais.routing.entity;

import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A team of a partner organisation: it receives concerns, by e-mail in its own language and in its inbox. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Column(nullable = false, unique = true)
    private String code;

    @Embedded
    private BilingualText name;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String language;

    @Column(name = "lead_id")
    private Long leadId;

    protected Team() {
    }

    public Team(Partner partner, String code, BilingualText name, String email, Language language) {
        if (partner == null || code == null || name == null || email == null) {
            throw new IllegalArgumentException("partner, code, name and e-mail are required");
        }
        this.partner = partner;
        this.code = code;
        this.name = name;
        this.email = email;
        this.language = (language == null ? Language.EN : language).code();
    }

    public void setLead(Long staffId) {
        this.leadId = staffId;
    }

    public Long getId() {
        return id;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getCode() {
        return code;
    }

    public BilingualText getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Language getLanguage() {
        return Language.fromCode(language).orElse(Language.EN);
    }

    public Long getLeadId() {
        return leadId;
    }
}
