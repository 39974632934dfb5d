package cymru.llais.routing.control;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The ONS boundary files in the shared data directory (surefire sets {@code llais.shared.dir}). */
final class GeoData {

    static final Path DIRECTORY = Path.of(System.getProperty("llais.shared.dir", "../shared"), "data", "geo");

    private GeoData() {
    }

    static List<BoundaryFile.Feature> authorities() {
        return read(DIRECTORY.resolve("local_authorities.json"), "LAD13CD", "LAD13NM", "LAD13NMW");
    }

    static List<BoundaryFile.Feature> wards(String authorityCode) {
        return read(DIRECTORY.resolve("wards_by_lad").resolve(authorityCode + ".json"), "WD13CD", "WD13NM", "WD13NMW");
    }

    static List<Path> wardFiles() {
        try (Stream<Path> files = Files.list(DIRECTORY.resolve("wards_by_lad"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<BoundaryFile.Feature> read(Path file, String code, String name, String welshName) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return BoundaryFile.read(reader, code, name, welshName);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " could not be read (is llais.shared.dir right?)", e);
        }
    }

    static <T> List<AreaIndex.Shape<T>> shapes(List<BoundaryFile.Feature> features, java.util.function.Function<BoundaryFile.Feature, T> area) {
        List<AreaIndex.Shape<T>> shapes = new ArrayList<>();
        for (BoundaryFile.Feature f : features) {
            shapes.add(new AreaIndex.Shape<>(area.apply(f), GeoJsonGeometry.parse(f.geometry())));
        }
        return shapes;
    }
}
