package cymru.llais.shared;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * Turns an uploaded JPEG or PNG into a fresh image of our own: decoded, scaled down if large,
 * and encoded again, so that no metadata of the upload (EXIF, GPS position, camera, comments) survives.
 * Shared by concerns' and outcomes' photos; its refusals are the concerns.error.photo.* messages.
 */
public final class PhotoSanitiser {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_EDGE = 2048;
    private static final long MAX_PIXELS = 60_000_000L;

    /** The photo as stored. */
    public record Photo(String contentType, int width, int height, byte[] data) {
    }

    /** Why an upload was refused, as a bundle key. */
    public static final class Rejected extends Exception {
        private final String key;

        Rejected(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private PhotoSanitiser() {
    }

    public static Photo sanitise(byte[] upload) throws Rejected {
        if (upload == null || upload.length == 0) {
            throw new Rejected("concerns.error.photo.notImage");
        }
        if (upload.length > MAX_BYTES) {
            throw new Rejected("concerns.error.photo.tooBig");
        }
        String format = sniff(upload);
        if (format == null || ("jpeg".equals(format) && !reachesEndOfImage(upload))) {
            throw new Rejected("concerns.error.photo.notImage");
        }
        BufferedImage image = decode(upload, format);
        BufferedImage scaled = scale(image, "png".equals(format));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(scaled, format, out)) {
                throw new Rejected("concerns.error.photo.notImage");
            }
            return new Photo("png".equals(format) ? "image/png" : "image/jpeg", scaled.getWidth(), scaled.getHeight(), out.toByteArray());
        } catch (IOException e) {
            throw new Rejected("concerns.error.photo.notImage");
        }
    }

    /** Reads the file's first bytes, not its name or declared type. */
    static String sniff(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        return null;
    }

    /**
     * Whether a JPEG's data runs on to its end-of-image marker. ImageIO decodes a cut-off JPEG
     * with only a warning (the missing part comes out grey), so a truncated upload is caught here.
     * Segments are skipped by their length, so the end marker of an EXIF thumbnail does not count.
     */
    static boolean reachesEndOfImage(byte[] b) {
        int i = 2;
        while (i + 1 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                i++; // entropy-coded data, or stray bytes between segments that decoders skip too
                continue;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
            } else if (marker == 0xD9) {
                return true;
            } else if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2; // stuffed byte in a scan, or a marker without a length
            } else {
                if (i + 3 >= b.length) {
                    return false;
                }
                int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
                if (length < 2) {
                    return false;
                }
                i += 2 + length;
            }
        }
        return false;
    }

    private static BufferedImage decode(byte[] upload, String format) throws Rejected {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (in == null || !readers.hasNext()) {
                throw new Rejected("concerns.error.photo.notImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                    throw new Rejected("concerns.error.photo.tooManyPixels");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new Rejected("concerns.error.photo.notImage");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Rejected("concerns.error.photo.notImage");
        }
    }

    private static BufferedImage scale(BufferedImage image, boolean keepAlpha) {
        int w = image.getWidth();
        int h = image.getHeight();
        double factor = Math.min(1.0, (double) MAX_EDGE / Math.max(w, h));
        int nw = Math.max(1, (int) Math.round(w * factor));
        int nh = Math.max(1, (int) Math.round(h * factor));
        BufferedImage out = new BufferedImage(nw, nh, keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!keepAlpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, nw, nh);
            }
            g.drawImage(image, 0, 0, nw, nh, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
