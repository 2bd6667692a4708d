package dev.ordo.comments.attachment;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Small versions of images, with the JDK's ImageIO: PNG (JPEG for a JPEG), the longest side at most
 * {@code size} pixels. An image ImageIO cannot read (WebP, a broken file) has none; one whose header claims
 * more pixels than any real upload has is not decoded at all (a decompression bomb).
 */
final class Thumbnails {

    /** A thumbnail's bytes and type. */
    record Thumbnail(byte[] bytes, String contentType) {}

    private static final long MAX_PIXELS = 100_000_000L;

    private final int size;

    Thumbnails(int size) {
        this.size = size;
    }

    Optional<Thumbnail> of(InputStream image, String contentType) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image)) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                    return Optional.empty();
                }
                ImageReadParam param = reader.getDefaultReadParam();
                // every n-th pixel only: a large photo is never decoded whole to be shrunk
                int step = Math.max(1, Math.max(width, height) / (size * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                return Optional.of(encode(scaled(reader.read(0, param)), contentType));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private BufferedImage scaled(BufferedImage source) {
        double factor = Math.min(1.0, (double) size / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, w, h, null);
        g.dispose();
        return target;
    }

    private static Thumbnail encode(BufferedImage image, String contentType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (contentType.equals("image/jpeg")) {
            // JPEG has no alpha channel
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
            ImageIO.write(rgb, "jpeg", out);
            return new Thumbnail(out.toByteArray(), "image/jpeg");
        }
        ImageIO.write(image, "png", out);
        return new Thumbnail(out.toByteArray(), "image/png");
    }
}
