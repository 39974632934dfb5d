package cymru.llais.stories.entity;

import java.util.Optional;

/** A position on a slider between two poles: 0 is wholly the left pole, 100 wholly the right. */
public record DyadValue(int value) {

    public static final int MIN = 0;
    public static final int MAX = 100;

    public DyadValue {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("dyad value must be " + MIN + ".." + MAX);
        }
    }

    public static Optional<DyadValue> of(int value) {
        return value < MIN || value > MAX ? Optional.empty() : Optional.of(new DyadValue(value));
    }
}
