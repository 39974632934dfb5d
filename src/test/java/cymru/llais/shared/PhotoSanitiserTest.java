package cymru.llais.shared;

import org.junit.jupiter.api.Test;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhotoSanitiserTest {

    private static final String MARKER = "LLAIS-SECRET-GPS";

    @Test
    void jpegLosesItsExifAndGpsPositionButKeepsItsPicture() throws Exception {
        byte[] upload = withExif(encode(picture(64, 48, false), "jpeg"));
        assertTrue(contains(upload, "Exif") && contains(upload, MARKER), "the upload carries EXIF with the marker");
        assertNotNull(ImageIO.read(new ByteArrayInputStream(upload)), "the upload is itself a readable JPEG");

        PhotoSanitiser.Photo photo = PhotoSanitiser.sanitise(upload);

        assertEquals("image/jpeg", photo.contentType());
        assertFalse(contains(photo.data(), "Exif"), "no EXIF segment survives");
        assertFalse(contains(photo.data(), MARKER), "no text of the upload's metadata survives");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo.data()));
        assertNotNull(decoded, "the result is a JPEG that decodes");
        assertEquals(0xFF, photo.data()[0] & 0xFF);
        assertEquals(0xD8, photo.data()[1] & 0xFF);
        assertEquals(64, decoded.getWidth());
        assertEquals(48, decoded.getHeight());
        assertEquals(64, photo.width());
        assertEquals(48, photo.height());
        assertReddish(decoded.getRGB(8, 24));
        assertBluish(decoded.getRGB(56, 24));
    }

    @Test
    void pngLosesItsTextChunk() throws Exception {
        byte[] upload = withTextChunk(encode(picture(40, 30, true), "png"), "Comment", MARKER);
        assertTrue(contains(upload, MARKER));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(upload)), "the upload is itself a readable PNG");

        PhotoSanitiser.Photo photo = PhotoSanitiser.sanitise(upload);

        assertEquals("image/png", photo.contentType());
        assertFalse(contains(photo.data(), MARKER));
        assertFalse(contains(photo.data(), "tEXt"));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo.data()));
        assertEquals(40, decoded.getWidth());
        assertEquals(30, decoded.getHeight());
        assertReddish(decoded.getRGB(5, 15));
        assertEquals(0, decoded.getRGB(39, 0) >>> 24, "a transparent pixel stays transparent");
    }

    @Test
    void uploadOverFiveMegabytesIsRefusedAsTooBig() {
        byte[] upload = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 0, upload, 0, 3);
        assertRejected("concerns.error.photo.tooBig", upload);
    }

    @Test
    void uploadOfExactlyFiveMegabytesIsNotRefusedForItsSize() {
        assertRejected("concerns.error.photo.notImage", new byte[5 * 1024 * 1024]);
    }

    @Test
    void emptyOrMissingUploadIsNotAnImage() {
        assertRejected("concerns.error.photo.notImage", new byte[0]);
        assertRejected("concerns.error.photo.notImage", null);
    }

    @Test
    void randomBytesAreNotAnImage() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 0x42;
        assertRejected("concerns.error.photo.notImage", noise);
    }

    @Test
    void gifIsNotAccepted() throws IOException {
        byte[] gif = encode(picture(20, 20, false), "gif");
        assertNotNull(ImageIO.read(new ByteArrayInputStream(gif)), "the GIF itself is a valid image");
        assertRejected("concerns.error.photo.notImage", gif);
    }

    @Test
    void jpegSignatureFollowedByRubbishIsNotAnImage() {
        byte[] fake = new byte[2048];
        new Random(11).nextBytes(fake);
        fake[0] = (byte) 0xFF;
        fake[1] = (byte) 0xD8;
        fake[2] = (byte) 0xFF;
        assertRejected("concerns.error.photo.notImage", fake);
    }

    @Test
    void truncatedJpegIsNotAnImage() throws IOException {
        byte[] jpeg = encode(noisyPicture(256, 256), "jpeg");
        assertRejected("concerns.error.photo.notImage", Arrays.copyOf(jpeg, jpeg.length / 2));
        assertRejected("concerns.error.photo.notImage", Arrays.copyOf(jpeg, 200));
    }

    @Test
    void jpegCutJustBeforeItsEndMarkerIsNotAnImage() throws IOException {
        byte[] jpeg = encode(noisyPicture(64, 64), "jpeg");
        assertRejected("concerns.error.photo.notImage", Arrays.copyOf(jpeg, jpeg.length - 2));
    }

    @Test
    void endMarkerOfAnExifThumbnailDoesNotMakeATruncatedJpegWhole() throws Exception {
        byte[] thumbnail = encode(picture(8, 8, false), "jpeg");
        byte[] photo = withApp1(encode(noisyPicture(256, 256), "jpeg"), concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), thumbnail));
        assertEquals(256, PhotoSanitiser.sanitise(photo).width(), "the whole photo with its thumbnail is accepted");
        assertRejected("concerns.error.photo.notImage", Arrays.copyOf(photo, photo.length * 2 / 3));
    }

    @Test
    void progressiveJpegIsAcceptedWholeAndRefusedCut() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(noisyPicture(128, 96), null, null), param);
        } finally {
            writer.dispose();
        }
        byte[] jpeg = out.toByteArray();
        assertEquals(96, PhotoSanitiser.sanitise(jpeg).height());
        assertRejected("concerns.error.photo.notImage", Arrays.copyOf(jpeg, jpeg.length * 3 / 4));
    }

    @Test
    void bytesAfterTheEndOfAJpegDoNotMatter() throws Exception {
        byte[] jpeg = encode(picture(32, 32, false), "jpeg");
        byte[] trailed = concat(jpeg, "trailer data from a phone".getBytes(StandardCharsets.US_ASCII));
        assertEquals(32, PhotoSanitiser.sanitise(trailed).width());
    }

    @Test
    void truncatedPngIsNotAnImage() throws IOException {
        byte[] png = encode(noisyPicture(256, 256), "png");
        assertRejected("concerns.error.photo.notImage", Arrays.copyOf(png, png.length / 2));
    }

    @Test
    void pngDeclaringHugeDimensionsIsRefusedWithoutDecoding() throws IOException {
        // only a header: decoding would fail as not an image, so the size must be judged from the header alone
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.write(chunk("IHDR", ByteBuffer.allocate(13).putInt(20_000).putInt(20_000).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array()));
        png.write(chunk("IEND", new byte[0]));
        assertRejected("concerns.error.photo.tooManyPixels", png.toByteArray());
    }

    @Test
    void jpegDeclaringHugeDimensionsIsRefusedWithoutDecoding() throws IOException {
        byte[] jpeg = encode(picture(16, 16, false), "jpeg");
        int sof = indexOf(jpeg, new byte[]{(byte) 0xFF, (byte) 0xC0});
        assertTrue(sof > 0, "the JPEG has a baseline frame header");
        // FF C0, length (2), precision (1), height (2), width (2)
        jpeg[sof + 5] = (byte) 0xFD;
        jpeg[sof + 6] = (byte) 0xE8;
        jpeg[sof + 7] = (byte) 0xFD;
        jpeg[sof + 8] = (byte) 0xE8;
        long started = System.nanoTime();
        assertRejected("concerns.error.photo.tooManyPixels", jpeg);
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "refused quickly, without decoding 4 billion pixels");
    }

    @Test
    void largePhotoIsScaledToAtMost2048OnItsLongEdge() throws Exception {
        byte[] upload = encode(picture(4000, 3000, false), "jpeg");
        assertTrue(upload.length < PhotoSanitiser.MAX_BYTES);

        PhotoSanitiser.Photo photo = PhotoSanitiser.sanitise(upload);

        assertEquals(2048, photo.width());
        assertEquals(1536, photo.height());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo.data()));
        assertEquals(2048, decoded.getWidth());
        assertEquals(1536, decoded.getHeight());
        assertReddish(decoded.getRGB(100, 700));
        assertBluish(decoded.getRGB(1900, 700));
    }

    @Test
    void tallPhotoIsScaledOnItsHeight() throws Exception {
        PhotoSanitiser.Photo photo = PhotoSanitiser.sanitise(encode(picture(1000, 3000, true), "png"));
        assertEquals(2048, photo.height());
        assertEquals(683, photo.width());
    }

    @Test
    void smallPhotoIsNotEnlarged() throws Exception {
        PhotoSanitiser.Photo photo = PhotoSanitiser.sanitise(encode(picture(2048, 10, false), "jpeg"));
        assertEquals(2048, photo.width());
        assertEquals(10, photo.height());
    }

    private static void assertRejected(String key, byte[] upload) {
        PhotoSanitiser.Rejected e = assertThrows(PhotoSanitiser.Rejected.class, () -> PhotoSanitiser.sanitise(upload));
        assertEquals(key, e.key());
    }

    private static void assertReddish(int rgb) {
        Color c = new Color(rgb);
        assertTrue(c.getRed() > 180 && c.getBlue() < 80, "expected red, got " + c);
    }

    private static void assertBluish(int rgb) {
        Color c = new Color(rgb);
        assertTrue(c.getBlue() > 180 && c.getRed() < 80, "expected blue, got " + c);
    }

    /** Red on the left, blue on the right; with alpha, the top right corner is transparent. */
    private static BufferedImage picture(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        if (alpha) {
            image.setRGB(width - 1, 0, 0x00000000);
        }
        return image;
    }

    private static BufferedImage noisyPicture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(3);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), "no ImageIO writer for " + format);
        return out.toByteArray();
    }

    /** Puts an EXIF APP1 segment, with a camera description and a GPS IFD that both hold the marker, right after SOI. */
    private static byte[] withExif(byte[] jpeg) throws IOException {
        byte[] text = (MARKER + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifd0 = 8;
        int gpsIfd = ifd0 + 2 + 2 * 12 + 4;
        int latitude = gpsIfd + 2 + 5 * 12 + 4;
        int longitude = latitude + 24;
        int datum = longitude + 24;
        int description = datum + text.length;

        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        DataOutputStream t = new DataOutputStream(tiff);
        t.writeBytes("MM");
        t.writeShort(42);
        t.writeInt(ifd0);
        t.writeShort(2);
        entry(t, 0x010E, 2, text.length, description);   // ImageDescription
        entry(t, 0x8825, 4, 1, gpsIfd);                   // GPS IFD pointer
        t.writeInt(0);
        t.writeShort(5);
        entry(t, 0x0001, 2, 2, 'N' << 24);                // GPSLatitudeRef
        entry(t, 0x0002, 5, 3, latitude);                 // GPSLatitude
        entry(t, 0x0003, 2, 2, 'W' << 24);                // GPSLongitudeRef
        entry(t, 0x0004, 5, 3, longitude);                // GPSLongitude
        entry(t, 0x0012, 2, text.length, datum);          // GPSMapDatum
        t.writeInt(0);
        for (int[] r : new int[][]{{51, 1}, {29, 1}, {2580, 100}, {3, 1}, {10, 1}, {2820, 100}}) {
            t.writeInt(r[0]);
            t.writeInt(r[1]);
        }
        t.write(text);
        t.write(text);

        return withApp1(jpeg, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.toByteArray()));
    }

    private static byte[] withApp1(byte[] jpeg, byte[] payload) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.write(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void entry(DataOutputStream t, int tag, int type, int count, int value) throws IOException {
        t.writeShort(tag);
        t.writeShort(type);
        t.writeInt(count);
        t.writeInt(value);
    }

    /** Puts a tEXt chunk right after IHDR. */
    private static byte[] withTextChunk(byte[] png, String keyword, String text) throws IOException {
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.write(chunk("tEXt", (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1)));
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static boolean contains(byte[] haystack, String needle) {
        return indexOf(haystack, needle.getBytes(StandardCharsets.US_ASCII)) >= 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
