package cymru.llais.routing.control;

import java.util.List;

/** What is wrong with an import: the bundle key of the message (areas.error.*) and its arguments, the file first. */
public record AreaProblem(String key, List<Object> arguments) {

    public static AreaProblem of(String key, Object... arguments) {
        return new AreaProblem(key, List.of(arguments));
    }
}
