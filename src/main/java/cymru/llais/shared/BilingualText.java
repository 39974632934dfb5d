package cymru.llais.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A text that exists in both languages, such as a category's or a ward's name. */
@Embeddable
public class BilingualText implements java.io.Serializable {

    @Column(name = "name_en")
    private String en;

    @Column(name = "name_cy")
    private String cy;

    protected BilingualText() {
    }

    public BilingualText(String en, String cy) {
        if (en == null || en.isBlank() || cy == null || cy.isBlank()) {
            throw new IllegalArgumentException("both languages are required");
        }
        this.en = en.strip();
        this.cy = cy.strip();
    }

    public String en() {
        return en;
    }

    public String cy() {
        return cy;
    }

    public String in(Language language) {
        return language == Language.CY ? cy : en;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BilingualText b && Objects.equals(en, b.en) && Objects.equals(cy, b.cy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(en, cy);
    }

    @Override
    public String toString() {
        return en + " / " + cy;
    }
}
