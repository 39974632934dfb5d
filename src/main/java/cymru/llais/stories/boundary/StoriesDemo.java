package cymru.llais.stories.boundary;

import cymru.llais.stories.entity.CollectionDetails;
import cymru.llais.stories.entity.ContextOption;
import cymru.llais.stories.entity.Signification;
import cymru.llais.stories.entity.SignifierDetails;
import cymru.llais.stories.entity.Story;
import cymru.llais.stories.entity.StoryDraft;
import cymru.llais.stories.entity.StoryValue;
import cymru.llais.stories.entity.TriadValue;
import cymru.llais.stories.entity.DyadValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo's story collection in Cathays ("a time you felt safe or unsafe where you live"), open now, with two
 * triads, a dyad, two context questions and thirty published stories, some in Welsh, signified in varied ways.
 */
@ApplicationScoped
public class StoriesDemo {

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Stories stories;

    @Inject
    Clock clock;

    /** title, text, language; triad one a b c; triad two a b c; dyad; age band (1-4); years here (1-3). */
    private record DemoStory(String title, String text, String lang, int t1a, int t1b, int t1c, int t2a, int t2b, int t2c,
                             int dyad, int age, int years) {
    }

    private static final List<DemoStory> STORIES = List.of(
            new DemoStory("The lane behind the terrace", "Walking home through the back lane after a late shift, the only light was from kitchen windows. I ran the last bit.", "en", 70, 20, 10, 10, 20, 70, 20, 2, 2),
            new DemoStory("Neighbours with torches", "When the streetlight went out, three neighbours walked me to my door with their phone torches. I felt looked after.", "en", 30, 60, 10, 80, 10, 10, 85, 4, 3),
            new DemoStory("Y lôn dywyll", "Roedd y lôn gefn yn hollol dywyll ar ôl naw o'r gloch. Es i'r ffordd hir o gwmpas er mwyn osgoi'r lôn.", "cy", 75, 15, 10, 10, 10, 80, 25, 1, 1),
            new DemoStory("Students and the noise", "Groups of students shouting outside at two in the morning. Nobody did anything wrong but I did not sleep and felt on edge.", "en", 15, 75, 10, 10, 30, 60, 35, 4, 3),
            new DemoStory("The new bike racks", "Since the council put bike racks by the shop, there are always people around and I feel easier leaving my bike.", "en", 65, 25, 10, 15, 75, 10, 80, 2, 2),
            new DemoStory("Cymydog da", "Pan gollais fy allweddi, daeth y cymydog drws nesaf â phaned a gadael i mi aros nes i'r saer cloeon gyrraedd.", "cy", 10, 70, 20, 85, 5, 10, 90, 3, 3),
            new DemoStory("Followed from the station", "A man followed me from Cathays station all the way to Crwys Road. I went into the takeaway until he left.", "en", 20, 65, 15, 10, 10, 80, 10, 1, 1),
            new DemoStory("Police on bikes", "Two officers on bikes stopped to chat on a summer evening. It made the park feel like somewhere I could sit.", "en", 25, 50, 25, 10, 80, 10, 75, 3, 2),
            new DemoStory("Speeding cars", "Cars race down the road at night. I will not let my children cross alone any more.", "en", 55, 35, 10, 5, 45, 50, 20, 3, 3),
            new DemoStory("Dysgu'r ffordd", "Ar ôl blwyddyn yma rydw i'n gwybod pa strydoedd sy'n brysur gyda'r nos, ac rydw i'n dewis fy llwybr yn ofalus.", "cy", 30, 10, 60, 5, 5, 90, 60, 1, 2),
            new DemoStory("The fly-tipping", "Mattresses dumped in the lane for weeks made it feel like nobody cared about our street.", "en", 80, 10, 10, 20, 40, 40, 25, 4, 3),
            new DemoStory("Walking group", "Our Thursday walking group goes through the cemetery paths together. On my own I would never go.", "en", 20, 40, 40, 85, 5, 10, 80, 4, 3),
            new DemoStory("Trusting my instincts", "I crossed the road when I saw a group ahead. Probably nothing, but I trust my gut.", "en", 10, 30, 60, 5, 5, 90, 50, 2, 1),
            new DemoStory("Golau newydd", "Ers i'r golau newydd gael ei osod ar y gornel, rydw i'n cerdded adref o'r côr heb boeni.", "cy", 80, 10, 10, 10, 85, 5, 90, 4, 3),
            new DemoStory("Broken into twice", "Our shed was broken into twice in a month. The police came once. I bought a better lock myself.", "en", 40, 30, 30, 5, 35, 60, 15, 3, 2),
            new DemoStory("Friendly shopkeeper", "The man at the corner shop knows everyone. If something is wrong he notices and says so.", "en", 10, 80, 10, 75, 10, 15, 85, 2, 3),
            new DemoStory("Late bus", "The last bus leaves me at the main road and the walk to my flat is through unlit streets. I ring my sister every time.", "en", 65, 15, 20, 40, 10, 50, 30, 1, 1),
            new DemoStory("Parti stryd", "Roedd y parti stryd yn yr haf yn gyfle i gwrdd â phawb. Nawr rydw i'n adnabod wynebau ac yn teimlo'n fwy diogel.", "cy", 10, 80, 10, 80, 15, 5, 95, 3, 2),
            new DemoStory("Scooters on the pavement", "E-scooters come fast along the pavement. My mother nearly fell last week.", "en", 45, 45, 10, 10, 50, 40, 25, 4, 3),
            new DemoStory("Moved here alone", "When I moved here alone I did not know anyone and every noise at night worried me. It got better slowly.", "en", 15, 25, 60, 30, 10, 60, 55, 1, 1),
            new DemoStory("The community centre", "The youth club at the centre means my son has somewhere to go instead of hanging around outside.", "en", 40, 40, 20, 40, 50, 10, 80, 3, 3),
            new DemoStory("Shouting at the bus stop", "Someone was shouting at people at the bus stop. Others moved closer to me and we waited together.", "en", 10, 70, 20, 70, 10, 20, 60, 2, 2),
            new DemoStory("Ofn yn y tywyllwch", "Yn y gaeaf mae'n tywyllu'n gynnar a dydw i ddim yn hoffi mynd allan ar ôl pedwar o'r gloch.", "cy", 60, 10, 30, 10, 10, 80, 30, 4, 3),
            new DemoStory("Cameras on the shops", "The shops put up cameras and signs. I am not sure they help but they make me feel someone is watching out.", "en", 70, 20, 10, 10, 70, 20, 65, 3, 2),
            new DemoStory("Parking rows", "Arguments about parking got nasty on our street. I keep my head down now.", "en", 30, 60, 10, 20, 20, 60, 30, 3, 3),
            new DemoStory("Running at night", "I run in the evenings. I changed my route to stay on the main roads with shops open.", "en", 40, 10, 50, 5, 10, 85, 55, 2, 2),
            new DemoStory("Ffrindiau yn y neuadd", "Mae'r clwb yn y neuadd yn golygu fy mod yn cerdded adref gyda ffrindiau bob nos Fawrth.", "cy", 15, 55, 30, 80, 10, 10, 85, 1, 2),
            new DemoStory("Reported a broken light", "I reported the broken light on Llais and it was fixed in a week. Small thing, big difference.", "en", 75, 5, 20, 10, 80, 10, 90, 2, 2),
            new DemoStory("Drug dealing", "There is dealing at the end of the lane most evenings. The police know. Nothing changes.", "en", 30, 60, 10, 5, 40, 55, 10, 3, 3),
            new DemoStory("Home at last", "After ten years here the street feels like mine. I know who to call and who will call me.", "en", 15, 50, 35, 70, 10, 20, 90, 4, 3));

    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(c) FROM StoryCollection c", Long.class).getSingleResult() == 0;
    }

    @Transactional
    public Long load() {
        LocalDate today = stories.today();
        Long id = stories.saveCollection(null, new CollectionDetails("WARD:W05000857",
                "Tell us about a time you felt safe or unsafe where you live.",
                "Dywedwch wrthym am adeg pan oeddech chi'n teimlo'n ddiogel neu'n anniogel lle rydych chi'n byw.",
                "Your story will be read by the council and its partners, and published without your name once a councillor has "
                        + "checked it. Please do not name other people or give addresses.",
                "Bydd y cyngor a'i bartneriaid yn darllen eich stori, a chaiff ei chyhoeddi heb eich enw ar ôl i gynghorydd ei "
                        + "gwirio. Peidiwch ag enwi pobl eraill na rhoi cyfeiriadau, os gwelwch yn dda.",
                today.minusDays(30).toString(), today.plusDays(60).toString())).id();
        Long triadOne = stories.addSignifier(id, new SignifierDetails("TRIAD", "In this story, what mattered most?",
                "Yn y stori hon, beth oedd bwysicaf?", "The place itself", "Y lle ei hun", "Other people", "Pobl eraill",
                "My own choices", "Fy newisiadau fy hun", null, null)).id();
        Long triadTwo = stories.addSignifier(id, new SignifierDetails("TRIAD", "Who helped?", "Pwy a helpodd?",
                "Neighbours and community", "Cymdogion a'r gymuned", "Council or police", "Y cyngor neu'r heddlu",
                "Nobody: I managed alone", "Neb: ymdopais ar fy mhen fy hun", null, null)).id();
        Long dyad = stories.addSignifier(id, new SignifierDetails("DYAD", "How did you feel at the end?", "Sut oeddech chi'n teimlo ar y diwedd?",
                "Much less safe", "Llawer llai diogel", "Much safer", "Llawer mwy diogel", null, null, null, null)).id();
        Long age = stories.addSignifier(id, new SignifierDetails("CONTEXT", "Your age", "Eich oed", null, null, null, null, null, null,
                "Under 25\n25 to 44\n45 to 64\n65 or over", "Dan 25\n25 i 44\n45 i 64\n65 neu hŷn")).id();
        Long years = stories.addSignifier(id, new SignifierDetails("CONTEXT", "How long have you lived here?", "Ers faint ydych chi wedi byw yma?",
                null, null, null, null, null, null, "Less than a year\n1 to 5 years\nMore than 5 years",
                "Llai na blwyddyn\n1 i 5 mlynedd\nMwy na 5 mlynedd")).id();
        List<Long> ageOptions = options(age);
        List<Long> yearOptions = options(years);
        int i = 0;
        for (DemoStory d : STORIES) {
            Story s = new Story(id, new StoryDraft(d.title(), d.text(), d.lang(), true), null, List.of(),
                    clock.instant().minus(Duration.ofHours(6L * (STORIES.size() - i++))));
            s.placeIn("W05000857");
            em.persist(s);
            em.flush();
            em.persist(new StoryValue(s.getId(), new Signification.Value(triadOne, TriadValue.ofPercents(d.t1a(), d.t1b(), d.t1c()).orElseThrow(), null, null)));
            em.persist(new StoryValue(s.getId(), new Signification.Value(triadTwo, TriadValue.ofPercents(d.t2a(), d.t2b(), d.t2c()).orElseThrow(), null, null)));
            em.persist(new StoryValue(s.getId(), new Signification.Value(dyad, null, new DyadValue(d.dyad()), null)));
            em.persist(new StoryValue(s.getId(), new Signification.Value(age, null, null, ageOptions.get(d.age() - 1))));
            em.persist(new StoryValue(s.getId(), new Signification.Value(years, null, null, yearOptions.get(d.years() - 1))));
            s.publish(null, clock.instant());
        }
        return id;
    }

    private List<Long> options(Long signifierId) {
        return em.createQuery("SELECT o FROM ContextOption o WHERE o.signifierId = :s ORDER BY o.position", ContextOption.class)
                .setParameter("s", signifierId).getResultList().stream().map(ContextOption::getId).toList();
    }

}
