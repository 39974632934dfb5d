package cymru.llais.insight.boundary;

import cymru.llais.insight.control.OpenDataPeriod;
import cymru.llais.insight.control.OpenDataSchema;
import cymru.llais.shared.Csv;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** How an open data file is written: CSV (UTF-8, a header row, CRLF) or JSON (the period, the licence and the rows). */
public enum OpenDataFormat {
    CSV("csv", "text/csv; charset=UTF-8; header=present"),
    JSON("json", "application/json; charset=UTF-8");

    /** Looked up once: {@code Json.create*} runs a ServiceLoader lookup on every call. */
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private final String extension;
    private final String mediaType;

    OpenDataFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static OpenDataFormat of(String extension) {
        return "json".equals(extension) ? JSON : CSV;
    }

    /** Something that hands rows, one at a time, to a consumer. */
    public interface RowSource {
        void rows(Consumer<List<Object>> sink);
    }

    /** Writes the file to {@code out}, row by row as the source gives them. */
    public void write(OpenDataSchema file, OpenDataPeriod period, String schemaUrl, RowSource source, OutputStream out) {
        try {
            if (this == CSV) {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
                Csv.writeRow(w, file.header());
                source.rows(row -> Csv.writeRow(w, row));
                w.flush();
                return;
            }
            JsonGenerator g = PROVIDER.createGeneratorFactory(Map.of()).createGenerator(out, StandardCharsets.UTF_8);
            g.writeStartObject()
                    .write("file", file.file())
                    .write("period", period.toString())
                    .write("licence", OpenDataLicence.NAME)
                    .write("licenceUrl", OpenDataLicence.URL_EN)
                    .write("schema", schemaUrl)
                    .writeStartArray("rows");
            List<OpenDataSchema.Column> columns = file.columns();
            source.rows(row -> {
                g.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    value(g, columns.get(i).name(), row.get(i));
                }
                g.writeEnd();
            });
            g.writeEnd().writeEnd();
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void value(JsonGenerator g, String name, Object v) {
        if (v == null) {
            g.writeNull(name);
        } else if (v instanceof BigDecimal d) {
            g.write(name, d);
        } else if (v instanceof Long l) {
            g.write(name, l);
        } else if (v instanceof Integer i) {
            g.write(name, i);
        } else if (v instanceof Boolean b) {
            g.write(name, b);
        } else {
            g.write(name, v.toString());
        }
    }
}
