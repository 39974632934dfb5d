package cymru.llais.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.platform.rest.ProblemMappers;
import cymru.llais.shared.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project's bilingual check: both bundles have the same keys, every text is a valid ICU
 * pattern, Welsh plurals have all six CLDR forms, views and Java code take their texts from the
 * bundles, and every key the code names exists.
 */
class BundlesTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Path EN_FILE = ROOT.resolve("i18n/messages_en.properties");
    private static final Path CY_FILE = ROOT.resolve("i18n/messages_cy.properties");
    private static final Set<String> CLDR_WELSH = Set.of("zero", "one", "two", "few", "many", "other");

    /** A bundle key named in Java code: a capability prefix, a dot, and more (Jakarta Mail's own mail.smtp.* are not keys). */
    private static final Pattern KEY_LITERAL = Pattern.compile("(?:concerns|opendata|insight|site|home|error|form|safeguarding|language|api|open311|admin|accounts|account|moderation|privacy|notify|outcomes|budgeting|stories|mail(?!\\.smtp\\.))\\.[A-Za-z0-9_.-]+");
    /** A text that looks like a key rather than a sentence: dotted words, no spaces. */
    private static final Pattern KEY_LIKE = Pattern.compile("[a-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+");
    private static final Pattern VIEW_LOOKUP = Pattern.compile("\\bmsg\\[\\s*(['\"])(.*?)\\1\\s*(\\S)");
    private static final Pattern VIEW_FORMAT = Pattern.compile("\\bmsg\\.(?:format[23]?|get)\\(\\s*(['\"])(.*?)\\1\\s*(\\S)");
    private static final Pattern FACES_MESSAGE = Pattern.compile(
            "\\bnew\\s+(?:jakarta\\.faces\\.application\\.)?FacesMessage\\s*\\(|\\.set(?:Summary|Detail)\\s*\\(");
    private static final Pattern PROBLEM_SLUG = Pattern.compile("\\bProblem\\.of\\(\\s*[^,()]+,\\s*\"([^\"]+)\"");

    private static Map<String, String> en;
    private static Map<String, String> cy;

    @BeforeAll
    static void loadBundles() {
        en = load(EN_FILE);
        cy = load(CY_FILE);
    }

    // ---- the bundles

    @Test
    void everyKeyHasBothLanguages() {
        Set<String> noWelsh = new TreeSet<>(en.keySet());
        noWelsh.removeAll(cy.keySet());
        Set<String> noEnglish = new TreeSet<>(cy.keySet());
        noEnglish.removeAll(en.keySet());
        assertTrue(noWelsh.isEmpty() && noEnglish.isEmpty(),
                "keys without Welsh: " + noWelsh + "; keys without English: " + noEnglish);
        assertTrue(en.size() > 100, "the English bundle was read: " + en.size() + " keys");
    }

    @Test
    void noKeyIsWrittenTwice() {
        for (Path file : List.of(EN_FILE, CY_FILE)) {
            List<String> keys = keysInOrder(read(file));
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            keys.forEach(k -> (seen.add(k) ? seen : twice).add(k));
            assertTrue(twice.isEmpty(), ROOT.relativize(file) + " defines these keys more than once (the last one silently wins): " + twice);
        }
    }

    @Test
    void noTextIsEmpty() {
        List<String> empty = new ArrayList<>();
        en.forEach((k, v) -> {
            if (v.isBlank()) {
                empty.add("en " + k);
            }
        });
        cy.forEach((k, v) -> {
            if (v.isBlank()) {
                empty.add("cy " + k);
            }
        });
        assertTrue(empty.isEmpty(), "empty texts: " + empty);
    }

    @Test
    void everyTextIsAValidIcuPattern() {
        List<String> invalid = new ArrayList<>();
        for (var bundle : Map.of("en", en, "cy", cy).entrySet()) {
            ULocale locale = new ULocale(bundle.getKey());
            new TreeMap<>(bundle.getValue()).forEach((key, text) -> {
                try {
                    new MessageFormat(text, locale);
                } catch (IllegalArgumentException e) {
                    invalid.add(bundle.getKey() + " " + key + ": " + e.getMessage());
                }
            });
        }
        assertTrue(invalid.isEmpty(), "texts that ICU cannot read: " + invalid);
    }

    @Test
    void welshHasTheSixCldrPluralForms() {
        assertEquals(CLDR_WELSH, PluralRules.forLocale(new ULocale("cy")).getKeywords());
    }

    @Test
    void everyWelshPluralHasAllSixForms() {
        List<String> problems = new ArrayList<>();
        new TreeMap<>(cy).forEach((key, text) -> {
            if (text.contains("plural")) {
                pluralFormsMissing(text, new ULocale("cy")).forEach(missing -> problems.add(key + " lacks " + missing));
            }
        });
        assertTrue(problems.isEmpty(), "Welsh plurals without all of zero, one, two, few, many, other: " + problems);
    }

    @Test
    void everyEnglishPluralHasOneAndOther() {
        List<String> problems = new ArrayList<>();
        new TreeMap<>(en).forEach((key, text) -> pluralFormsMissing(text, ULocale.ENGLISH)
                .forEach(missing -> problems.add(key + " lacks " + missing)));
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void pluralCheckFindsAMissingForm() {
        assertEquals(List.of("[few, many]"), pluralFormsMissing(
                "{0, plural, zero {dim} one {un} two {dau} other {# o bethau}}", new ULocale("cy")));
        assertEquals(List.of(), pluralFormsMissing(
                "{0, plural, zero {a} one {b} two {c} few {d} many {e} other {f}}", new ULocale("cy")));
        assertEquals(List.of("[few, many, two, zero]"), pluralFormsMissing(
                "Ward: {1}. {0, plural, =0 {dim} one {un} other {#}}", new ULocale("cy")));
    }

    @Test
    void welshAndEnglishTextsTakeTheSameArguments() {
        List<String> differ = new ArrayList<>();
        new TreeMap<>(en).forEach((key, text) -> {
            if (cy.containsKey(key) && !arguments(text).equals(arguments(cy.get(key)))) {
                differ.add(key + ": en " + arguments(text) + ", cy " + arguments(cy.get(key)));
            }
        });
        assertTrue(differ.isEmpty(), "texts whose two languages use different arguments: " + differ);
    }

    // ---- views

    @Test
    void viewsHaveNoLiteralUiText() {
        List<Path> views = views();
        assertTrue(views.size() >= 10, "the views were found: " + views);
        List<ViewTextScanner.Finding> findings = new ArrayList<>();
        for (Path view : views) {
            findings.addAll(ViewTextScanner.scan(ROOT.relativize(view).toString(), readString(view)));
        }
        assertTrue(findings.isEmpty(), "literal UI text in views (use #{msg['...']}):\n"
                + findings.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Hello there</p>",
            "<p>Ar gau</p>",
            "<div id=\"map\" class=\"map\" aria-label=\"Map\"/>",
            "<img src=\"/photo.jpg\" alt=\"Photo of the lane\"/>",
            "<input type=\"text\" name=\"q\" placeholder=\"Your name\"/>",
            "<input type=\"submit\" value=\"Send\"/>",
            "<input name=\"q\" value=\"Search here\"/>",
            "<h:commandButton id=\"go\" value=\"Send\" action=\"#{report.submit}\"/>",
            "<h:outputText value=\"Closed\"/>",
            "<h:outputLabel for=\"ward\" value=\"Ward\"/>",
            "<h:inputText id=\"q\" pt:placeholder=\"Search\"/>",
            "<f:selectItem itemValue=\"\" itemLabel=\"Choose a ward\"/>",
            "<span title=\"Help for #{field.name}\">?</span>",
            "<p>#{msg['concerns.list.title']} in Cardiff</p>",
            "<button type=\"button\" class=\"x\">Close<span class=\"icon\"/></button>",
            "<ul><li><a href=\"/\">Cartref</a></li></ul>",
            "<p>Dyma&nbsp;destun</p>",
            "<nav aria-label=\"#{msg['site.nav.label']} menu\"/>",
            "<p>#{x}\n   More words\n</p>"})
    void literalUiTextInAViewIsFound(String markup) {
        List<ViewTextScanner.Finding> findings = ViewTextScanner.scan("sample.xhtml", view(markup));
        assertEquals(1, findings.size(), () -> markup + " → " + findings);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<option value=\"\">#{msg['concerns.list.allWards']}</option>",
            "<input type=\"hidden\" name=\"lang\" value=\"cy\"/>",
            "<input type=\"hidden\" name=\"token\" value=\"abcdef\"/>",
            "<input type=\"checkbox\" name=\"agree\" value=\"yes\"/>",
            "<h:inputHidden id=\"latitude\" value=\"fixed\"/>",
            "<div id=\"report-map\" class=\"map panel\" hidden=\"hidden\" role=\"application\" aria-label=\"#{msg['concerns.map.label']}\"/>",
            "<img src=\"#{photo.url}\" alt=\"\"/>",
            "<button type=\"submit\" class=\"button\" name=\"action\" value=\"send\">#{msg['home.find.submit']}</button>",
            "<script>var label = \"Hello there\";</script>",
            "<style>.panel::after { content: \"Note well\"; }</style>",
            "<!-- the list of concerns goes here -->",
            "<p>#{a.first} – #{b.second}</p>",
            "<p>#{browse.selectedWard == null ? msg['concerns.list.title'] : msg.format('concerns.list.titleWard', w.name)}</p>",
            "<p>#{msg.format('x.y', '}')} #{msg['z']}</p>",
            "<ui:param name=\"section\" value=\"concerns\"/>",
            "<f:viewParam name=\"ward\" value=\"#{browse.ward}\" maxlength=\"20\"/>",
            "<h:panelGroup rendered=\"#{a.count > 0 and b lt c}\" styleClass=\"panel panel-info\">#{msg['x']}</h:panelGroup>",
            "<time datetime=\"2026-01-01\">#{dates.date(c.createdAt())}</time>",
            "<p class=\"small\">999 · 101 — 2026</p>",
            "<a class=\"skip-link\" href=\"#main\" lang=\"cy\" hreflang=\"cy\" target=\"_self\">#{msg['site.skip']}</a>",
            "<h:selectOneMenu id=\"ward\" value=\"W05000857\"><f:selectItems value=\"#{report.wards}\" var=\"w\" itemValue=\"#{w.code()}\" itemLabel=\"#{w.name}\"/></h:selectOneMenu>",
            "<h:inputText id=\"email\" type=\"email\" autocomplete=\"email\" maxlength=\"254\" pt:spellcheck=\"false\" value=\"#{report.email}\"/>",
            "<p>Hi</p>"})
    void markupThatIsNotUiTextIsNotFound(String markup) {
        List<ViewTextScanner.Finding> findings = ViewTextScanner.scan("sample.xhtml", view(markup));
        assertEquals(List.of(), findings, markup);
    }

    @Test
    void malformedViewIsReported() {
        List<ViewTextScanner.Finding> findings = ViewTextScanner.scan("broken.xhtml", view("<p>#{msg['x']}</div>"));
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).what().contains("well-formed"));
    }

    @Test
    void findingSaysWhereTheTextIs() {
        List<ViewTextScanner.Finding> findings = ViewTextScanner.scan("sample.xhtml", view("\n\n<p>Hello there</p>"));
        assertEquals("sample.xhtml:4: text \"Hello there\" in <p>", findings.get(0).toString());
    }

    // ---- Java

    @Test
    void javaCodeGivesFacesMessagesNoLiteralText() {
        List<String> findings = new ArrayList<>();
        for (Path source : javaSources()) {
            findings.addAll(literalFacesMessages(ROOT.relativize(source).toString(), readString(source)));
        }
        assertTrue(findings.isEmpty(), "FacesMessages with literal text (use Messages.get().format(...)): " + findings);
    }

    @Test
    void literalTextGivenToAFacesMessageIsFound() {
        String source = """
                class Sample {
                    void a(FacesContext faces, String text) {
                        // new FacesMessage("only a comment")
                        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose a category", text));
                        faces.addMessage(null, new FacesMessage(SEVERITY_INFO, text, text));
                        faces.addMessage(null, new jakarta.faces.application.FacesMessage(
                                Messages.get().format(Language.CY, "concerns.error.category.required"), ""));
                        message.setDetail("Rhowch eich enw");
                        message.setSummary(text + ": " + other);
                    }
                }
                """;
        assertEquals(List.of("Sample.java:4: \"Choose a category\"", "Sample.java:8: \"Rhowch eich enw\""),
                literalFacesMessages("Sample.java", source));
    }

    // ---- keys the code names

    @Test
    void everyKeyUsedInTheViewsExists() {
        Set<String> missing = new TreeSet<>();
        Set<String> unknownPrefixes = new TreeSet<>();
        for (Path view : views()) {
            ViewKeys used = keysUsedIn(readString(view));
            used.keys().stream().filter(k -> !exists(k)).forEach(k -> missing.add(k + " (" + ROOT.relativize(view) + ")"));
            for (String prefix : used.prefixes()) {
                expand(prefix, unknownPrefixes).stream().filter(k -> !exists(k)).forEach(missing::add);
            }
        }
        assertTrue(unknownPrefixes.isEmpty(), "views build keys from prefixes this test cannot expand: " + unknownPrefixes
                + "; add their expansions to BundlesTest.expand");
        assertTrue(missing.isEmpty(), "keys used in views but missing from a bundle: " + missing);
    }

    @Test
    void keysAreFoundInViewExpressions() {
        ViewKeys used = keysUsedIn("""
                <h1>#{msg['concerns.report.title']}</h1>
                <p>#{msg["site.skip"]} #{msg.format('concerns.view.title', c.reference())}</p>
                <p>#{msg.format2('concerns.list.pageOf', a, b)} #{msg[s.status().key()]}</p>
                <p>#{msg['concerns.view.writtenIn.' += c.language().code()]}</p>
                <p title="#{msg.format('api.problem.' + slug + '.title', x)}"/>
                """);
        assertEquals(Set.of("concerns.report.title", "site.skip", "concerns.view.title", "concerns.list.pageOf"), used.keys());
        assertEquals(Set.of("concerns.view.writtenIn.", "api.problem."), used.prefixes());
    }

    @Test
    void everyKeyNamedInJavaExists() {
        Set<String> missing = new TreeSet<>();
        Set<String> unknownPrefixes = new TreeSet<>();
        int named = 0;
        for (Path source : javaSources()) {
            String code = JavaSourceScanner.withoutComments(readString(source));
            for (JavaSourceScanner.Literal literal : JavaSourceScanner.literals(code)) {
                if (!KEY_LITERAL.matcher(literal.text()).matches()) {
                    continue;
                }
                named++;
                Collection<String> keys = literal.text().endsWith(".") ? expand(literal.text(), unknownPrefixes) : List.of(literal.text());
                keys.stream().filter(k -> !exists(k)).forEach(k -> missing.add(k + " (" + ROOT.relativize(source) + ")"));
            }
        }
        assertTrue(named > 20, "keys were found in the Java sources: " + named);
        assertTrue(unknownPrefixes.isEmpty(), "Java builds keys from prefixes this test cannot expand: " + unknownPrefixes
                + "; add their expansions to BundlesTest.expand");
        assertTrue(missing.isEmpty(), "keys named in Java but missing from a bundle: " + missing);
    }

    @Test
    void everyProblemOfTheApiHasATitleAndDetail() {
        Set<String> slugs = problemSlugs();
        List<String> missing = expand("api.problem.", new TreeSet<>()).stream().filter(k -> !exists(k)).toList();
        assertTrue(missing.isEmpty(), "problem texts missing: " + missing);
        assertTrue(slugs.containsAll(Set.of("not-found", "internal", "invalid-concern", "unknown-ward", "outside-wales", "no-ward")),
                "the slugs of ProblemMappers, ConcernsResource and AreasResource were all found: " + slugs);
    }

    @Test
    void everyStatusHasAName() {
        List<String> missing = Arrays.stream(ConcernStatus.values()).map(ConcernStatus::key).filter(k -> !exists(k)).toList();
        assertTrue(missing.isEmpty(), "statuses without a name: " + missing);
    }

    @Test
    void everyLanguageCanSayAConcernWasWrittenInIt() {
        for (Language l : Language.values()) {
            assertTrue(exists("concerns.view.writtenIn." + l.code()), l.code());
            assertTrue(exists("language." + l.code()), l.code());
        }
    }

    // ---- helpers

    private static boolean exists(String key) {
        return en.containsKey(key) && cy.containsKey(key);
    }

    /** The keys a key prefix stands for, where the code builds keys by concatenation. */
    private static List<String> expand(String prefix, Set<String> unknown) {
        return switch (prefix) {
            case "api.problem." -> problemSlugs().stream()
                    .flatMap(s -> Stream.of(prefix + s + ".title", prefix + s + ".detail")).toList();
            case "concerns.status." -> Arrays.stream(ConcernStatus.values()).map(ConcernStatus::key).toList();
            case "concerns.view.writtenIn.", "language." -> Arrays.stream(Language.values()).map(l -> prefix + l.code()).toList();
            case "staff.action." -> Arrays.stream(cymru.llais.routing.entity.AuditEvent.Action.values()).map(a -> prefix + a.name()).toList();
            case "privacy.mode.", "privacy.mail.mode.", "privacy.request.mode.", "privacy.state." -> prefix.equals("privacy.state.")
                    ? Stream.of("DONE", "WAITING", "EXPIRED").map(s -> prefix + s).toList()
                    : Arrays.stream(cymru.llais.privacy.control.ErasureMode.values()).map(m -> prefix + m.name()).toList();
            case "outcomes.kind." -> Arrays.stream(cymru.llais.outcomes.entity.OutcomeKind.values()).map(k -> k.key()).toList();
            case "outcomes.rating.choice." -> Arrays.stream(cymru.llais.outcomes.entity.Rating.values()).map(k -> k.key()).toList();
            case "outcomes.status." -> Arrays.stream(cymru.llais.outcomes.entity.OutcomeStatus.values()).map(k -> k.key()).toList();
            case "outcomes.period." -> Arrays.stream(cymru.llais.outcomes.boundary.Outcomes.Period.values()).map(k -> k.key()).toList();
            case "outcomes.error." -> Stream.of("responseEn", "responseCy", "outcomeEn", "outcomeCy", "reasonEn", "reasonCy")
                    .map(f -> prefix + f).toList();
            case "admin.staff.role." -> Arrays.stream(cymru.llais.accounts.entity.Role.values()).map(r -> prefix + r.name()).toList();
            case "moderation.publication." -> Arrays.stream(cymru.llais.concerns.entity.Publication.values())
                    .map(cymru.llais.concerns.entity.Publication::key).toList();
            case "stories.kind." -> Arrays.stream(cymru.llais.stories.entity.SignifierKind.values()).map(k -> k.key()).toList();
            case "stories.status." -> Arrays.stream(cymru.llais.stories.entity.StoryStatus.values()).map(k -> k.key()).toList();
            case "budgeting.phase." -> Arrays.stream(cymru.llais.budgeting.entity.Phase.values()).map(k -> k.key()).toList();
            case "budgeting.delivery.status." -> Arrays.stream(cymru.llais.budgeting.entity.DeliveryStatus.values()).map(k -> k.key()).toList();
            case "budgeting.ballotType." -> Arrays.stream(cymru.llais.budgeting.entity.BallotType.values()).map(k -> k.key()).toList();
            case "budgeting.rule." -> Arrays.stream(cymru.llais.budgeting.entity.CountingRule.values()).map(k -> k.key()).toList();
            case "budgeting.feasibility." -> Arrays.stream(cymru.llais.budgeting.entity.Feasibility.values()).map(k -> k.key()).toList();
            case "budgeting.error." -> Stream.of("titleEn", "titleCy", "descriptionEn", "descriptionCy").map(f -> prefix + f).toList();
            case "budgeting.vote.intro.", "budgeting.vote.total." -> Arrays.stream(cymru.llais.budgeting.entity.BallotType.values())
                    .map(t -> prefix + t.name().toLowerCase(java.util.Locale.ROOT)).toList();
            case "opendata.name.", "opendata.file." -> Arrays.stream(cymru.llais.insight.control.OpenDataSchema.values())
                    .map(f -> prefix + f.file()).toList();
            case "opendata.column." -> Arrays.stream(cymru.llais.insight.control.OpenDataSchema.values())
                    .flatMap(f -> f.columns().stream().map(f::columnKey)).toList();
            case "opendata.type." -> Arrays.stream(cymru.llais.insight.control.OpenDataSchema.values())
                    .flatMap(f -> f.columns().stream().map(c -> prefix + c.type())).distinct().toList();
            default -> {
                unknown.add(prefix);
                yield List.of();
            }
        };
    }

    /** Every problem type the API can answer with: ProblemMappers' table, and every literal slug given to Problem.of. */
    private static Set<String> problemSlugs() {
        Set<String> slugs = new TreeSet<>();
        try {
            Field table = ProblemMappers.class.getDeclaredField("SLUGS");
            table.setAccessible(true);
            ((Map<?, ?>) table.get(null)).values().forEach(v -> slugs.add((String) v));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("ProblemMappers.SLUGS has moved; update this test", e);
        }
        for (Path source : javaSources()) {
            Matcher m = PROBLEM_SLUG.matcher(JavaSourceScanner.withoutComments(readString(source)));
            while (m.find()) {
                slugs.add(m.group(1));
            }
        }
        return slugs;
    }

    record ViewKeys(Set<String> keys, Set<String> prefixes) {
    }

    static ViewKeys keysUsedIn(String xhtml) {
        Set<String> keys = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Pattern p : List.of(VIEW_LOOKUP, VIEW_FORMAT)) {
            Matcher m = p.matcher(xhtml);
            while (m.find()) {
                (m.group(3).startsWith("+") ? prefixes : keys).add(m.group(2));
            }
        }
        return new ViewKeys(keys, prefixes);
    }

    static List<String> literalFacesMessages(String file, String source) {
        String code = JavaSourceScanner.withoutComments(source);
        List<String> findings = new ArrayList<>();
        Matcher m = FACES_MESSAGE.matcher(code);
        while (m.find()) {
            int open = m.end() - 1;
            String arguments = JavaSourceScanner.parenthesised(code, open);
            for (JavaSourceScanner.Literal literal : JavaSourceScanner.literals(arguments)) {
                String text = literal.text();
                if (text.codePoints().anyMatch(Character::isLetter) && !KEY_LIKE.matcher(text).matches()) {
                    int line = (int) code.substring(0, open + 1 + literal.offset()).chars().filter(c -> c == '\n').count() + 1;
                    findings.add(file + ":" + line + ": \"" + text + "\"");
                }
            }
        }
        return findings;
    }

    /** For each plural (or selectordinal) argument, the forms of the language's CLDR rules that it lacks. */
    static List<String> pluralFormsMissing(String pattern, ULocale locale) {
        MessagePattern parsed = parse(pattern);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START
                    || !(part.getArgType() == MessagePattern.ArgType.PLURAL || part.getArgType() == MessagePattern.ArgType.SELECTORDINAL)) {
                continue;
            }
            PluralRules rules = PluralRules.forLocale(locale, part.getArgType() == MessagePattern.ArgType.PLURAL
                    ? PluralRules.PluralType.CARDINAL : PluralRules.PluralType.ORDINAL);
            Set<String> forms = new TreeSet<>();
            int limit = parsed.getLimitPartIndex(i);
            for (int j = i + 1; j < limit; j++) {
                MessagePattern.Part p = parsed.getPart(j);
                if (p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                    forms.add(parsed.getSubstring(p));
                } else if (p.getType() == MessagePattern.Part.Type.MSG_START) {
                    j = parsed.getLimitPartIndex(j);
                }
            }
            Set<String> lacking = new TreeSet<>(rules.getKeywords());
            lacking.removeAll(forms);
            if (!lacking.isEmpty()) {
                missing.add(lacking.toString());
            }
        }
        return missing;
    }

    /** The parsed pattern; an invalid one counts as plain text here, as everyTextIsAValidIcuPattern reports it. */
    private static MessagePattern parse(String pattern) {
        try {
            return new MessagePattern(pattern);
        } catch (IllegalArgumentException e) {
            return new MessagePattern("");
        }
    }

    /** The numbers and names of a pattern's arguments. */
    private static Set<String> arguments(String pattern) {
        MessagePattern parsed = parse(pattern);
        Set<String> arguments = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part p = parsed.getPart(i);
            if (p.getType() == MessagePattern.Part.Type.ARG_NUMBER || p.getType() == MessagePattern.Part.Type.ARG_NAME) {
                arguments.add(parsed.getSubstring(p));
            }
        }
        return arguments;
    }

    private static String view(String markup) {
        return "<ui:composition xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ui=\"jakarta.faces.facelets\""
                + " xmlns:h=\"jakarta.faces.html\" xmlns:f=\"jakarta.faces.core\" xmlns:pt=\"jakarta.faces.passthrough\">\n"
                + markup + "\n</ui:composition>";
    }

    private static List<Path> views() {
        return files(ROOT.resolve("src/main/webapp"), ".xhtml");
    }

    private static List<Path> javaSources() {
        return files(ROOT.resolve("src/main/java"), ".java");
    }

    private static List<Path> files(Path directory, String suffix) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(read(file))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream()
                .collect(Collectors.toMap(Function.identity(), properties::getProperty, (a, b) -> b, LinkedHashMap::new));
    }

    private static String read(Path file) {
        assertTrue(Files.isRegularFile(file), file + " is missing");
        // read strictly as UTF-8: a file saved in another encoding fails here instead of showing mojibake
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not UTF-8", e);
        }
    }

    /** The keys of a properties text in the order written, repeats included. */
    private static List<String> keysInOrder(String text) {
        List<String> keys = new ArrayList<>();
        boolean continuation = false;
        for (String line : text.split("\\R")) {
            String s = line.stripLeading();
            boolean startsEntry = !continuation && !s.isEmpty() && s.charAt(0) != '#' && s.charAt(0) != '!';
            if (startsEntry) {
                StringBuilder key = new StringBuilder();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '\\' && i + 1 < s.length()) {
                        key.append(s.charAt(++i));
                    } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                        break;
                    } else {
                        key.append(c);
                    }
                }
                keys.add(key.toString());
            }
            continuation = (startsEntry || continuation) && endsWithOddBackslashes(line);
        }
        return keys;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    @Test
    void propertiesKeysAreReadInOrderWithContinuationsSkipped() {
        assertEquals(List.of("a.b", "c", "d", "a.b"), keysInOrder("# comment\na.b=1 \\\n  x=not a key\nc : 2\n\n! other\nd 3\na.b=4\n"));
        assertFalse(keysInOrder("e=5\\\\\nf=6").contains("x"));
        assertEquals(List.of("e", "f"), keysInOrder("e=5\\\\\nf=6"));
    }
}
