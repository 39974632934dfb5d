package cymru.llais.routing.control;

import org.locationtech.jts.geom.Geometry;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The import of local authority and ward boundaries from ONS GeoJSON files: the one use case that
 * the administration page and the import command share. Every file is read and checked completely
 * before anything is written; any problem means nothing is written, and each problem names its file
 * and feature. Then everything is written on the caller's connection, inside the caller's one
 * transaction: new areas are inserted, changed ones updated in place (codes are keys), and no area
 * is ever deleted, so the wards that concerns refer to stay.
 */
public final class AreaImport {

    /** The longest name the database keeps. */
    public static final int MAX_NAME = 150;

    /** ONS codes are nine letters and digits (W05000857); the database keeps at most nine. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,9}");

    /** Where an uploaded or local file's bytes come from. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    /** A file to import: a name for messages, and its content. */
    public record Source(String name, Content content) {

        public static Source of(Path file) {
            return new Source(file.toString(), () -> Files.newInputStream(file));
        }
    }

    public enum Mode {
        /** Read, check and compare with the database; write nothing. */
        CHECK,
        /** Read, check, and write everything in the caller's transaction. */
        WRITE
    }

    /** How the files compare with the database: new and changed areas, unchanged ones, and ones only in the database (kept). */
    public record Counts(int added, int updated, int unchanged, int onlyInDatabase) {

        static final Counts NONE = new Counts(0, 0, 0, 0);

        public int changes() {
            return added + updated;
        }
    }

    /** The outcome: problems (then nothing was written), or the counts; and how long reading and writing took. */
    public record Result(List<AreaProblem> problems, Counts authorities, Counts wards, int files, long readMillis,
                         long writeMillis, boolean written) {

        public boolean ok() {
            return problems.isEmpty();
        }

        static Result refused(List<AreaProblem> problems, int files, long readMillis) {
            return new Result(List.copyOf(problems), Counts.NONE, Counts.NONE, files, readMillis, 0, false);
        }
    }

    /** The areas in the database now, and the last import. */
    public record Status(int authorities, int wards, Optional<LastImport> last) {
    }

    /** {@code via} is page, command or demo; {@code by} who did it (a staff e-mail, an operating system user). */
    public record LastImport(Instant at, String via, String by, int authoritiesAdded, int authoritiesUpdated,
                             int wardsAdded, int wardsUpdated) {
    }

    /** An area read from a file, with the file and feature it came from. */
    record Area(String code, String nameEn, String nameCy, String boundary, Geometry shape, String file, int feature) {
    }

    /** Every area the files hold, or the problems that stop the import. */
    record Reading(List<Area> authorities, List<Area> wards, List<AreaProblem> problems) {
    }

    private AreaImport() {
    }

    /**
     * Reads and checks the files and, in {@link Mode#WRITE}, writes them on {@code connection} without
     * committing: the caller commits when the result is {@link Result#ok()} and rolls back on an exception.
     */
    public static Result run(Connection connection, List<Source> authorityFiles, List<Source> wardFiles, Mode mode,
                             String via, String by, Clock clock) throws SQLException {
        long start = System.nanoTime();
        int files = authorityFiles.size() + wardFiles.size();
        if (files == 0) {
            return Result.refused(List.of(AreaProblem.of("areas.error.noFiles")), 0, 0);
        }
        Reading reading = read(authorityFiles, wardFiles);
        if (!reading.problems().isEmpty()) {
            return Result.refused(reading.problems(), files, millisSince(start));
        }
        if (mode == Mode.WRITE) {
            AreaStore.lock(connection);
        }
        Map<String, AreaStore.Row> authoritiesNow = AreaStore.authorities(connection);
        Map<String, AreaStore.Row> wardsNow = AreaStore.wards(connection);

        Map<String, String> authorityOf = new HashMap<>();
        if (!reading.wards().isEmpty()) {
            Set<String> uploaded = reading.authorities().stream().map(Area::code).collect(Collectors.toSet());
            Set<String> others = new HashSet<>(authoritiesNow.keySet());
            others.removeAll(uploaded);
            Map<String, Geometry> known = new HashMap<>(AreaStore.authorityShapes(connection, others));
            reading.authorities().forEach(a -> known.put(a.code(), a.shape()));
            List<AreaProblem> outside = assign(reading.wards(), new WardAuthorities(known), authorityOf);
            if (!outside.isEmpty()) {
                return Result.refused(outside, files, millisSince(start));
            }
        }

        List<Area> newAuthorities = new ArrayList<>();
        List<Area> changedAuthorities = new ArrayList<>();
        Counts authorities = compare(reading.authorities(), authoritiesNow, Map.of(), newAuthorities, changedAuthorities);
        List<Area> newWards = new ArrayList<>();
        List<Area> changedWards = new ArrayList<>();
        Counts wards = compare(reading.wards(), wardsNow, authorityOf, newWards, changedWards);
        long readMillis = millisSince(start);
        if (mode == Mode.CHECK) {
            return new Result(List.of(), authorities, wards, files, readMillis, 0, false);
        }

        long writing = System.nanoTime();
        AreaStore.insertAuthorities(connection, newAuthorities);
        AreaStore.updateAuthorities(connection, changedAuthorities);
        AreaStore.insertWards(connection, newWards, authorityOf);
        AreaStore.updateWards(connection, changedWards, authorityOf);
        Instant now = clock.instant();
        if (authorities.changes() + wards.changes() > 0) {
            AreaStore.bumpVersion(connection, now);
        }
        long writeMillis = millisSince(writing);
        String names = java.util.stream.Stream.concat(authorityFiles.stream(), wardFiles.stream())
                .map(Source::name).collect(Collectors.joining(", "));
        AreaStore.record(connection, now, via, by, names, authorities, wards, readMillis, writeMillis);
        return new Result(List.of(), authorities, wards, files, readMillis, writeMillis, true);
    }

    /** The number of areas and the last import. */
    public static Status status(Connection connection) throws SQLException {
        return AreaStore.status(connection);
    }

    /** The version of the areas, which every import that changes something increases. */
    public static long version(Connection connection) throws SQLException {
        return AreaStore.version(connection);
    }

    /** Reads every file completely and checks every feature; touches no database. */
    static Reading read(List<Source> authorityFiles, List<Source> wardFiles) {
        List<AreaProblem> problems = new ArrayList<>();
        List<Area> authorities = read(authorityFiles, BoundaryFile.Kind.AUTHORITIES, problems);
        List<Area> wards = read(wardFiles, BoundaryFile.Kind.WARDS, problems);
        return new Reading(authorities, wards, problems);
    }

    private static List<Area> read(List<Source> sources, BoundaryFile.Kind kind, List<AreaProblem> problems) {
        List<Area> areas = new ArrayList<>();
        Map<String, Area> byCode = new LinkedHashMap<>();
        for (Source source : sources) {
            List<BoundaryFile.Feature> features;
            try (Reader reader = utf8(source.content().open())) {
                features = BoundaryFile.read(reader, kind);
            } catch (BoundaryException e) {
                problems.add(problem(source.name(), kind, e));
                continue;
            } catch (IOException | RuntimeException e) {
                problems.add(AreaProblem.of("areas.error.unreadable", source.name()));
                continue;
            }
            for (int i = 0; i < features.size(); i++) {
                BoundaryFile.Feature f = features.get(i);
                Area area = new Area(f.code(), f.nameEn(), f.nameCy(), f.geometry(), f.shape(), source.name(), i + 1);
                if (!CODE.matcher(f.code()).matches()) {
                    problems.add(AreaProblem.of("areas.error.badCode", area.file(), area.feature(), f.code()));
                    continue;
                }
                if (f.nameEn().length() > MAX_NAME || f.nameCy().length() > MAX_NAME) {
                    problems.add(AreaProblem.of("areas.error.nameTooLong", area.file(), area.feature(), f.code(), MAX_NAME));
                    continue;
                }
                Area first = byCode.putIfAbsent(f.code(), area);
                if (first != null) {
                    problems.add(AreaProblem.of("areas.error.duplicateCode", area.file(), area.feature(), f.code(),
                            first.file(), first.feature()));
                    continue;
                }
                areas.add(area);
            }
        }
        return areas;
    }

    /** Puts each ward in the authority that contains it; the wards that lie in none are problems. */
    static List<AreaProblem> assign(List<Area> wards, WardAuthorities rule, Map<String, String> authorityOf) {
        List<AreaProblem> outside = new ArrayList<>();
        for (Area w : wards) {
            Optional<String> authority = rule.authorityOf(w.shape());
            if (authority.isPresent()) {
                authorityOf.put(w.code(), authority.get());
            } else {
                outside.add(AreaProblem.of("areas.error.wardOutsideAuthorities", w.file(), w.feature(), w.code(), w.nameEn()));
            }
        }
        return outside;
    }

    private static Counts compare(List<Area> areas, Map<String, AreaStore.Row> now, Map<String, String> authorityOf,
                                  List<Area> added, List<Area> changed) {
        int unchanged = 0;
        Set<String> seen = new HashSet<>();
        for (Area a : areas) {
            seen.add(a.code());
            AreaStore.Row row = now.get(a.code());
            if (row == null) {
                added.add(a);
            } else if (!a.nameEn().equals(row.nameEn()) || !a.nameCy().equals(row.nameCy())
                    || !Objects.equals(authorityOf.get(a.code()), row.authority()) || !md5(a.boundary()).equals(row.boundaryMd5())) {
                changed.add(a);
            } else {
                unchanged++;
            }
        }
        int onlyInDatabase = (int) now.keySet().stream().filter(code -> !seen.contains(code)).count();
        return new Counts(added.size(), changed.size(), unchanged, onlyInDatabase);
    }

    /** The message for a file or feature that cannot be read, with the file's name first. */
    static AreaProblem problem(String file, BoundaryFile.Kind kind, BoundaryException e) {
        List<Object> d = e.details();
        int n = e.feature();
        String code = e.code();
        return switch (e.reason()) {
            case NOT_JSON -> AreaProblem.of("areas.error.notJson", file, d.get(0), d.get(1));
            case NOT_FEATURE_COLLECTION -> AreaProblem.of("areas.error.notFeatureCollection", file);
            case WRONG_CRS -> AreaProblem.of("areas.error.wrongCrs", file, d.get(0));
            case NO_FEATURES -> AreaProblem.of("areas.error.noFeatures", file);
            case NO_CODE_PROPERTY -> AreaProblem.of(kind == BoundaryFile.Kind.WARDS ? "areas.error.noWardCodes"
                    : "areas.error.noAuthorityCodes", file);
            case NOT_A_FEATURE -> AreaProblem.of("areas.error.notAFeature", file, n);
            case MISSING_CODE -> AreaProblem.of("areas.error.missingCode", file, n, d.get(0));
            default -> code == null ? AreaProblem.of("areas.error.badFeature", file, n) : switch (e.reason()) {
                case MISSING_NAME -> AreaProblem.of("areas.error.missingName", file, n, code, d.get(0));
                case NO_GEOMETRY -> AreaProblem.of("areas.error.noGeometry", file, n, code);
                case GEOMETRY_TYPE -> AreaProblem.of("areas.error.geometryType", file, n, code, d.get(0));
                case POSITION_OUT_OF_RANGE -> AreaProblem.of("areas.error.positionOutOfRange", file, n, code, d.get(0), d.get(1));
                case RING_TOO_SHORT -> AreaProblem.of("areas.error.ringTooShort", file, n, code);
                case RING_NOT_CLOSED -> AreaProblem.of("areas.error.ringNotClosed", file, n, code);
                case EMPTY_GEOMETRY -> AreaProblem.of("areas.error.emptyGeometry", file, n, code);
                default -> AreaProblem.of("areas.error.badPosition", file, n, code);
            };
        };
    }

    /** UTF-8, with or without a byte order mark. */
    private static Reader utf8(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 65536);
        buffered.mark(3);
        byte[] start = buffered.readNBytes(3);
        if (start.length < 3 || (start[0] & 0xFF) != 0xEF || (start[1] & 0xFF) != 0xBB || (start[2] & 0xFF) != 0xBF) {
            buffered.reset();
        }
        return new BufferedReader(new InputStreamReader(buffered, StandardCharsets.UTF_8), 65536);
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
