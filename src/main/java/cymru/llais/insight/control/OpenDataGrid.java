package cymru.llais.insight.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Where the open data puts a concern: not its pin, but the centre of the cell of a fixed latitude/longitude grid that
 * holds it. A cell is 0.002° of latitude (about 222 m) by 0.003° of longitude (about 209 m in the south of Wales,
 * 199 m in the north), so every concern in a cell of roughly 200 m by 200 m gets the same point, and the grid never
 * moves, so the same pin always gives the same point.
 */
public final class OpenDataGrid {

    public static final BigDecimal LATITUDE_STEP = new BigDecimal("0.002");
    public static final BigDecimal LONGITUDE_STEP = new BigDecimal("0.003");
    private static final int SCALE = 4;

    private OpenDataGrid() {
    }

    /** A cell's centre, in degrees (WGS 84). */
    public record Cell(BigDecimal latitude, BigDecimal longitude) {
    }

    /** The centre of the cell holding the pin; empty when the concern has no pin (it was placed by ward or street). */
    public static Optional<Cell> snap(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null || longitude == null) {
            return Optional.empty();
        }
        return Optional.of(new Cell(centre(latitude, LATITUDE_STEP), centre(longitude, LONGITUDE_STEP)));
    }

    private static BigDecimal centre(BigDecimal value, BigDecimal step) {
        BigDecimal index = value.divide(step, 0, RoundingMode.FLOOR);
        return index.multiply(step).add(step.divide(BigDecimal.valueOf(2))).setScale(SCALE, RoundingMode.UNNECESSARY);
    }
}
