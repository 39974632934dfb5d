package cymru.llais.outcomes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The participatory budgeting project an outcome reports the delivery of: its round, its id and its title in both
 * languages, and its round's title, copied when the update is published (a project no longer changes once voting has begun).
 */
@Embeddable
public class ProjectLink {

    @Column(name = "pb_round_id")
    private Long roundId;

    @Column(name = "pb_project_id")
    private Long projectId;

    @Column(name = "pb_title_en")
    private String titleEn;

    @Column(name = "pb_title_cy")
    private String titleCy;

    @Column(name = "pb_round_title_en")
    private String roundTitleEn;

    @Column(name = "pb_round_title_cy")
    private String roundTitleCy;

    protected ProjectLink() {
    }

    public ProjectLink(Long roundId, Long projectId, String titleEn, String titleCy, String roundTitleEn, String roundTitleCy) {
        if (roundId == null || projectId == null || blank(titleEn) || blank(titleCy) || blank(roundTitleEn) || blank(roundTitleCy)) {
            throw new IllegalArgumentException("a project link has a round, a project and their titles in both languages");
        }
        this.roundTitleEn = roundTitleEn;
        this.roundTitleCy = roundTitleCy;
        this.roundId = roundId;
        this.projectId = projectId;
        this.titleEn = titleEn;
        this.titleCy = titleCy;
    }

    /** Whether it names a project (an outcome answering concerns has its columns empty). */
    public boolean isPresent() {
        return projectId != null;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleCy() {
        return titleCy;
    }

    public String getRoundTitleEn() {
        return roundTitleEn;
    }

    public String getRoundTitleCy() {
        return roundTitleCy;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
