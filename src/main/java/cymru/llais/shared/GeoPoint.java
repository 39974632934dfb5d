package cymru.llais.shared;

/** A point in WGS84 degrees. */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude)
                || latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("not a point on Earth");
        }
    }

    /** Parses two texts as a point; empty when either is missing, not a number, or off the Earth. */
    public static java.util.Optional<GeoPoint> parse(String latitude, String longitude) {
        if (latitude == null || longitude == null || latitude.isBlank() || longitude.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new GeoPoint(Double.parseDouble(latitude.strip()),
                    Double.parseDouble(longitude.strip())));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
