package cymru.llais.budgeting.boundary;

import cymru.llais.budgeting.control.counting.CountResult;
import cymru.llais.budgeting.control.counting.Counting;
import cymru.llais.budgeting.control.counting.Election;
import cymru.llais.budgeting.control.counting.PabulibFormatException;
import cymru.llais.budgeting.control.counting.PabulibReader;
import cymru.llais.budgeting.control.counting.PbInstance;
import cymru.llais.budgeting.control.counting.ProjectOutcome;
import cymru.llais.budgeting.control.counting.Reason;
import cymru.llais.budgeting.control.counting.Rule;
import cymru.llais.i18n.Messages;
import cymru.llais.shared.Language;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The recount tool, {@code java -jar target/llais-recount.jar [--rule greedy|greedy-no-skip|equalshares]
 * [--lang cy|en] [--explain] FILE.pb...}: counts each pabulib file and prints
 * {@code FILE<TAB>selected ids, comma-separated, ascending}; with {@code --explain}, then one indented line per
 * project saying why it won or lost. Without {@code --rule} each file's META rule is used. Errors go to
 * standard error in Welsh or English ({@code --lang}, else the system locale). Exit status: 0 all files
 * counted, 1 some file failed, 2 wrong usage.
 */
public final class RecountCommand {

    private final PrintStream out;
    private final PrintStream err;
    private Language language;

    RecountCommand(PrintStream out, PrintStream err, Language language) {
        this.out = out;
        this.err = err;
        this.language = language;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new RecountCommand(out, err, Language.of(Locale.getDefault())).run(args));
    }

    int run(String[] args) {
        Rule rule = null;
        boolean explain = false;
        List<String> files = new ArrayList<>();
        String badRule = null;
        String usageError = null;
        Object usageArg = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            String option = a;
            if (a.startsWith("--") && a.contains("=")) {
                option = a.substring(0, a.indexOf('='));
                value = a.substring(a.indexOf('=') + 1);
            }
            switch (option) {
                case "--rule", "--lang" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            usageError = usageError != null ? usageError : "budgeting.recount.missingValue";
                            usageArg = usageArg != null ? usageArg : option;
                            continue;
                        }
                        value = args[++i];
                    }
                    if (option.equals("--lang")) {
                        Optional<Language> l = Language.fromCode(value);
                        if (l.isPresent()) {
                            language = l.get();
                        } else if (usageError == null) {
                            usageError = "budgeting.recount.unknownLanguage";
                            usageArg = value;
                        }
                    } else {
                        Optional<Rule> r = Rule.fromName(value);
                        if (r.isPresent()) {
                            rule = r.get();
                        } else {
                            badRule = value;
                        }
                    }
                }
                case "--explain" -> explain = true;
                case "--help", "-h" -> {
                    err.println(text("budgeting.recount.usage"));
                    return 2;
                }
                default -> {
                    if (a.startsWith("--") && usageError == null) {
                        usageError = "budgeting.recount.unknownOption";
                        usageArg = a;
                    } else if (!a.startsWith("--")) {
                        files.add(a);
                    }
                }
            }
        }
        if (usageError == null && badRule != null) {
            usageError = "budgeting.recount.unknownRule";
            usageArg = badRule;
        }
        if (usageError == null && files.isEmpty()) {
            usageError = "budgeting.recount.noFiles";
        }
        if (usageError != null) {
            err.println(text(usageError, usageArg));
            err.println(text("budgeting.recount.usage"));
            return 2;
        }
        int status = 0;
        PabulibReader reader = new PabulibReader();
        for (String file : files) {
            try {
                PbInstance instance = reader.read(Path.of(file));
                Rule used = rule;
                if (used == null) {
                    Optional<String> named = instance.rule();
                    if (named.isEmpty()) {
                        err.println(text("budgeting.recount.noRule", file));
                        status = 1;
                        continue;
                    }
                    Optional<Rule> known = Rule.fromName(named.get());
                    if (known.isEmpty()) {
                        err.println(text("budgeting.recount.fileRuleUnknown", file, named.get()));
                        status = 1;
                        continue;
                    }
                    used = known.get();
                }
                CountResult result = Counting.count(Election.of(instance), used);
                out.println(file + "\t" + String.join(",", result.selectedAscending()));
                if (explain) {
                    for (ProjectOutcome o : result.outcomes()) {
                        out.println("  " + o.projectId() + "\t" + text(o.reason().key(), o.reason().args().toArray()));
                        for (Reason.SupporterShare share : o.reason().supporters()) {
                            out.println("    " + text("budgeting.reason.supporterShare", share.voters(), share.left()));
                        }
                    }
                }
            } catch (PabulibFormatException e) {
                err.println(text("budgeting.recount.malformed", file, Integer.toString(e.line()),
                        text(e.key(), e.args().toArray())));
                status = 1;
            } catch (CharacterCodingException e) {
                err.println(text("budgeting.recount.notUtf8", file));
                status = 1;
            } catch (IOException | java.nio.file.InvalidPathException e) {
                err.println(text("budgeting.recount.unreadable", file));
                status = 1;
            }
        }
        return status;
    }

    private String text(String key, Object... args) {
        return Messages.get().format(language, key, args);
    }
}
