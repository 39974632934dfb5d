package cymru.llais.accounts.entity;

import cymru.llais.shared.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A member of staff of a partner organisation, or a partnership administrator. */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = StaffAccount.BY_EMAIL, query = "SELECT s FROM StaffAccount s WHERE s.email = :email")
public class StaffAccount {

    public static final String BY_EMAIL = "StaffAccount.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "partner_id", nullable = false)
    private Long partnerId;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_team", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "team_id")
    private Set<Long> teamIds = new HashSet<>();

    /** A councillor's wards; empty for everyone else. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_ward", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "ward_code")
    private Set<String> wardCodes = new HashSet<>();

    protected StaffAccount() {
    }

    public StaffAccount(String email, String displayName, String passwordHash, Role role, Long partnerId,
                        Language language, Set<Long> teamIds, Instant now) {
        if (email == null || displayName == null || passwordHash == null || role == null || partnerId == null) {
            throw new IllegalArgumentException("e-mail, name, password, role and partner are required");
        }
        this.email = normalise(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.role = role;
        this.partnerId = partnerId;
        this.language = (language == null ? Language.EN : language).code();
        this.teamIds = new HashSet<>(teamIds == null ? Set.of() : teamIds);
        this.active = true;
        this.createdAt = now;
    }

    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void deactivate() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public Language getLanguage() {
        return Language.fromCode(language).orElse(Language.EN);
    }

    public boolean isActive() {
        return active;
    }

    /** Gives a councillor their wards; only councillors have wards. */
    public void assignWards(Set<String> wards) {
        if (role != Role.COUNCILLOR && wards != null && !wards.isEmpty()) {
            throw new IllegalArgumentException("only councillors have wards");
        }
        this.wardCodes = new HashSet<>(wards == null ? Set.of() : wards);
    }

    public Set<String> getWardCodes() {
        return Set.copyOf(wardCodes);
    }

    public Set<Long> getTeamIds() {
        return Set.copyOf(teamIds);
    }
}
