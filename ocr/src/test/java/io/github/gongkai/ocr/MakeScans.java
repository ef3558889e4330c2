package io.github.gongkai.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Makes the scanned fixtures of {@code testdata/scan/} from our own generated PDFs: each page rendered at a
 * scanner's resolution, turned by a small angle as a sheet fed crooked, a red seal stamped over the signature
 * on the last page, grain added and the whole saved as JPEG, and the images put together as a PDF without
 * any text. Run from the repository root:
 * {@code java -cp … io.github.gongkai.ocr.MakeScans testdata/pdf/county-2023-lattice.pdf testdata/scan [DPI…]}
 * (the tests regenerate nothing; the outputs are committed). Without resolutions named, each of 150, 200 and
 * 300 dpi is made; the angle and the grain's seed go with the resolution, so a scan comes out the same
 * whichever others are made with it.
 */
public final class MakeScans {
    /** Resolution and angle (degrees, clockwise) of each scan made from one source. */
    private static final int[] DPI = {150, 200, 300};
    private static final double[] ANGLE = {1.6, -1.1, 0.7};
    private static final float JPEG_QUALITY = 0.5f;
    private static final double GRAIN = 4;

    private MakeScans() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String name = source.getFileName().toString().replaceFirst("\\.pdf$", "");
        List<Integer> wanted = Arrays.stream(args).skip(2).map(Integer::valueOf).toList();
        for (int i = 0; i < DPI.length; i++) {
            if (!wanted.isEmpty() && !wanted.contains(DPI[i])) {
                continue;
            }
            Path target = out.resolve(name + "-scan-" + DPI[i] + "dpi.pdf");
            Files.write(target, scan(Files.readAllBytes(source), DPI[i], ANGLE[i], new Random(DPI[i])));
        }
    }

    static byte[] scan(byte[] pdf, int dpi, double angle, Random random) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            int pages = source.getNumberOfPages();
            for (int p = 0; p < pages; p++) {
                boolean last = p == pages - 1;
                BufferedImage page = renderer.renderImageWithDPI(p, dpi, ImageType.RGB);
                if (last) {
                    seal(page, dpi);
                }
                BufferedImage turned = turn(page, angle, last);
                grain(turned, random);
                PDRectangle size = source.getPage(p).getMediaBox();
                PDPage target = new PDPage(new PDRectangle(size.getWidth(), size.getHeight()));
                scan.addPage(target);
                PDImageXObject image = JPEGFactory.createFromByteArray(scan, jpeg(turned));
                try (PDPageContentStream content = new PDPageContentStream(scan, target)) {
                    content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            scan.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A round red seal, half transparent, in the lower right where the signature and date stand. */
    private static void seal(BufferedImage page, int dpi) {
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int diameter = (int) (1.6 * dpi);
        int x = page.getWidth() - diameter - dpi;
        int y = page.getHeight() - diameter - (int) (1.3 * dpi);
        g.setColor(new Color(220, 30, 40, 190));
        g.setStroke(new BasicStroke(dpi / 25f));
        g.drawOval(x, y, diameter, diameter);
        g.setFont(new Font(Font.SERIF, Font.BOLD, dpi / 3));
        int[] xs = new int[10];
        int[] ys = new int[10];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? diameter / 6.0 : diameter / 15.0;
            double a = Math.PI / 2 + i * Math.PI / 5;
            xs[i] = (int) (x + diameter / 2.0 + r * Math.cos(a));
            ys[i] = (int) (y + diameter / 2.0 - r * Math.sin(a));
        }
        g.fillPolygon(xs, ys, 10);
        g.drawString("SEAL 2024", x + diameter / 5, y + diameter * 3 / 4);
        g.dispose();
    }

    /** The page turned about its centre on white paper; grey unless it carries the seal. */
    private static BufferedImage turn(BufferedImage page, double angle, boolean colour) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(),
                colour ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(angle), page.getWidth() / 2.0,
                page.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    /** Scanner grain: every pixel a little lighter or darker. */
    private static void grain(BufferedImage image, Random random) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int d = (int) Math.round(random.nextGaussian() * GRAIN);
                int r = clamp(((rgb >> 16) & 0xff) + d);
                int gr = clamp(((rgb >> 8) & 0xff) + d);
                int b = clamp((rgb & 0xff) + d);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
