package io.github.gongkai.internal.parsers.pdf;

import io.github.gongkai.internal.text.Characters;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects glyphs and ruling lines of one page in a single pass over its content stream, so that text and
 * table borders are read together instead of by a text stripper plus a second graphics pass.
 * Coordinates are turned to points from the top-left corner of the page as displayed (crop box, rotation).
 */
final class PageCollector extends PDFGraphicsStreamEngine {
    /** A straight piece of a path, from (x1, y1) to (x2, y2). */
    private record Segment(float x1, float y1, float x2, float y2) {
    }

    private final int pageNumber;
    private final float left;
    private final float bottom;
    /** The crop box's size before rotation. */
    private final float boxWidth;
    private final float boxHeight;
    /** The page's rotation for display, clockwise: 0, 90, 180 or 270. */
    private final int rotation;
    private final List<Glyph> glyphs = new ArrayList<>(2048);
    private final List<Ruling> rulings = new ArrayList<>();
    /** The current path's straight segments, in page space. */
    private final List<Segment> segments = new ArrayList<>();
    /** Rectangles of the current path, as four corners. */
    private final List<Point2D[]> rectangles = new ArrayList<>();
    private final Point2D.Float current = new Point2D.Float();
    private final Point2D.Float start = new Point2D.Float();
    /** Filled shapes other than lines, in page space: what white text may stand on. */
    private final List<Rectangle2D> backgrounds = new ArrayList<>();
    /**
     * The bounds of the clip, kept for the graphics state they were taken in until a clip operator changes
     * it.
     */
    private PDGraphicsState clipState;
    private Rectangle2D clipBounds;
    private int images;
    private int missingUnicode;

    private PageCollector(PDPage page, int pageNumber) {
        super(page);
        this.pageNumber = pageNumber;
        PDRectangle box = page.getCropBox();
        this.left = box.getLowerLeftX();
        this.bottom = box.getLowerLeftY();
        this.boxWidth = box.getWidth();
        this.boxHeight = box.getHeight();
        this.rotation = Math.floorMod(page.getRotation(), 360) / 90 * 90;
    }

    /** The page's width as displayed. */
    private float width() {
        return rotation == 90 || rotation == 270 ? boxHeight : boxWidth;
    }

    private float height() {
        return rotation == 90 || rotation == 270 ? boxWidth : boxHeight;
    }

    /** A point of user space as displayed: from the top-left corner of the page turned by its rotation. */
    private float displayX(float x, float y) {
        float u = x - left;
        float v = boxHeight - (y - bottom);
        return switch (rotation) {
            case 90 -> boxHeight - v;
            case 180 -> boxWidth - u;
            case 270 -> v;
            default -> u;
        };
    }

    private float displayY(float x, float y) {
        float u = x - left;
        float v = boxHeight - (y - bottom);
        return switch (rotation) {
            case 90 -> u;
            case 180 -> boxHeight - v;
            case 270 -> boxWidth - u;
            default -> v;
        };
    }

    /**
     * Reads one page. A content stream damaged part way keeps what was read before the damage, and the
     * problem is recorded, so that one bad page does not lose the others.
     */
    static PageContent collect(PDPage page, int pageNumber) {
        PageCollector collector = new PageCollector(page, pageNumber);
        String problem = "";
        try {
            collector.processPage(page);
        } catch (IOException | RuntimeException e) {
            problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new PageContent(pageNumber, collector.width(), collector.height(), collector.glyphs,
                collector.rulings, collector.images, collector.missingUnicode, problem);
    }

    @Override
    protected void showFontGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
        String text = font.toUnicode(code);
        if (isGarbage(text)) { // null too
            missingUnicode++;
            return;
        }
        if (text.isBlank()) {
            return; // spacing is rebuilt from positions
        }
        float size = Math.abs(matrix.getScalingFactorY());
        float advance = displacement.getX() * matrix.getScalingFactorX();
        if (size <= 0 || Float.isNaN(size)) {
            return;
        }
        if (advance <= 0) {
            advance = size * (Characters.isWide(text.charAt(0)) ? 1f : 0.5f);
        }
        float x = matrix.getTranslateX();
        float y = matrix.getTranslateY();
        if (isHidden(x + advance / 2, y + size * 0.38f)) {
            return;
        }
        glyphs.add(new Glyph(text, displayX(x, y), displayY(x, y), advance, size));
    }

    /**
     * Whether a glyph centred on the point cannot be seen: clipped away (the initial clip is the crop box, so
     * this includes text beside the page) or painted white where no filled shape lies behind it. Text in
     * render mode 3 (invisible) is kept: it is the text layer of a scan that was recognised.
     */
    private boolean isHidden(float x, float y) {
        if (getGraphicsState() != clipState) {
            clipState = getGraphicsState();
            clipBounds = clipBounds(clipState);
        }
        if (!clipBounds.contains(x, y)) {
            return true;
        }
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        PDColor paint = switch (mode) {
            case STROKE, STROKE_CLIP -> getGraphicsState().getStrokingColor();
            case NEITHER, NEITHER_CLIP -> null;
            default -> getGraphicsState().getNonStrokingColor();
        };
        return paint != null && isWhite(paint) && backgrounds.stream().noneMatch(r -> r.contains(x, y));
    }

    /**
     * The intersection of the bounds of the clipping paths: the bounds of the clip or a little more, without
     * intersecting the paths themselves, which costs more than reading the page.
     */
    private static Rectangle2D clipBounds(PDGraphicsState state) {
        Rectangle2D bounds = null;
        for (Path2D path : state.getCurrentClippingPaths()) {
            Rectangle2D next = path.getBounds2D();
            bounds = bounds == null ? next : bounds.createIntersection(next);
        }
        return bounds == null ? state.getCurrentClippingPath().getBounds2D() : bounds;
    }

    /** Type 3 glyphs are read for their text only; their drawing procedures would add false lines. */
    @Override
    protected void showType3Glyph(Matrix matrix, PDType3Font font, int code, Vector displacement)
            throws IOException {
        showFontGlyph(matrix, font, code, displacement);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles.add(new Point2D[] {p0, p1, p2, p3});
        current.setLocation(p0);
        start.setLocation(p0);
    }

    @Override
    public void moveTo(float x, float y) {
        current.setLocation(x, y);
        start.setLocation(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        segments.add(new Segment(current.x, current.y, x, y));
        current.setLocation(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current.setLocation(x3, y3); // curves are never table borders
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (current.x != start.x || current.y != start.y) {
            segments.add(new Segment(current.x, current.y, start.x, start.y));
        }
        current.setLocation(start);
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        if (isWhite(getGraphicsState().getStrokingColor())) {
            clearPath(); // white lines hide nothing and separate nothing
            return;
        }
        for (Segment s : segments) {
            addRuling(s.x1(), s.y1(), s.x2(), s.y2());
        }
        for (Point2D[] r : rectangles) {
            for (int i = 0; i < 4; i++) {
                Point2D a = r[i];
                Point2D b = r[(i + 1) % 4];
                addRuling((float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY());
            }
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        if (isWhite(getGraphicsState().getNonStrokingColor())) {
            clearPath();
            return;
        }
        for (Point2D[] r : rectangles) {
            addThinRectangle(r);
        }
        if (!rectangles.isEmpty() || !segments.isEmpty()) {
            backgrounds.add(pathBounds());
        }
        // A closed four-segment path is how some writers draw a filled border rectangle.
        if (segments.size() >= 3 && segments.size() <= 4) {
            float minX = Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            boolean straight = true;
            for (Segment s : segments) {
                straight &= Ruling.between(s.x1(), s.y1(), s.x2(), s.y2()) != null;
                minX = Math.min(minX, Math.min(s.x1(), s.x2()));
                maxX = Math.max(maxX, Math.max(s.x1(), s.x2()));
                minY = Math.min(minY, Math.min(s.y1(), s.y2()));
                maxY = Math.max(maxY, Math.max(s.y1(), s.y2()));
            }
            if (straight) {
                addThin(minX, minY, maxX, maxY);
            }
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        if (!isWhite(getGraphicsState().getNonStrokingColor()) && (!rectangles.isEmpty() || !segments.isEmpty())) {
            backgrounds.add(pathBounds());
        }
        strokePath();
    }

    @Override
    public void drawImage(PDImage image) {
        images++;
    }

    @Override
    public void clip(int windingRule) {
        // The clip takes the current path's bounds (enough to tell text clipped away from text shown); the
        // path itself is cleared by the n or paint operator that follows.
        Rectangle2D bounds = pathBounds();
        if (bounds != null) {
            getGraphicsState().intersectClippingPath(new Area(bounds));
            clipState = null;
        }
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings are backgrounds
    }

    /** Whether a colour paints white (pattern and unconvertible colours count as visible). */
    private static boolean isWhite(PDColor color) {
        try {
            return color != null && !color.isPattern() && color.toRGB() == 0xFFFFFF;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The bounds of the current path's rectangles and segments. */
    private Rectangle2D pathBounds() {
        Rectangle2D bounds = null;
        for (Point2D[] r : rectangles) {
            for (Point2D p : r) {
                bounds = add(bounds, p.getX(), p.getY());
            }
        }
        for (Segment s : segments) {
            bounds = add(add(bounds, s.x1(), s.y1()), s.x2(), s.y2());
        }
        return bounds;
    }

    private static Rectangle2D add(Rectangle2D bounds, double x, double y) {
        if (bounds == null) {
            return new Rectangle2D.Double(x, y, 0, 0);
        }
        bounds.add(x, y);
        return bounds;
    }

    private void addThinRectangle(Point2D[] r) {
        double minX = Math.min(Math.min(r[0].getX(), r[1].getX()), Math.min(r[2].getX(), r[3].getX()));
        double maxX = Math.max(Math.max(r[0].getX(), r[1].getX()), Math.max(r[2].getX(), r[3].getX()));
        double minY = Math.min(Math.min(r[0].getY(), r[1].getY()), Math.min(r[2].getY(), r[3].getY()));
        double maxY = Math.max(Math.max(r[0].getY(), r[1].getY()), Math.max(r[2].getY(), r[3].getY()));
        addThin((float) minX, (float) minY, (float) maxX, (float) maxY);
    }

    /** A filled rectangle thin in one direction is a line along its middle; other fills are backgrounds. */
    private void addThin(float minX, float minY, float maxX, float maxY) {
        float w = maxX - minX;
        float h = maxY - minY;
        if (h <= Geometry.THIN && w > h) {
            float y = (minY + maxY) / 2;
            addRuling(minX, y, maxX, y);
        } else if (w <= Geometry.THIN && h > w) {
            float x = (minX + maxX) / 2;
            addRuling(x, minY, x, maxY);
        }
    }

    private void addRuling(float ax, float ay, float bx, float by) {
        Ruling ruling = Ruling.between(displayX(ax, ay), displayY(ax, ay), displayX(bx, by), displayY(bx, by));
        if (ruling != null && ruling.length() > 0.5f) {
            rulings.add(ruling);
        }
    }

    private void clearPath() {
        segments.clear();
        rectangles.clear();
    }

    /**
     * Whether text decoded from a font is unusable: U+FFFD, private use or control characters are what
     * PDFBox yields for a font without a usable ToUnicode map.
     */
    private static boolean isGarbage(String text) {
        if (text == null || text.isEmpty()) {
            return true;
        }
        return text.codePoints().anyMatch(cp -> cp == 0xFFFD || cp < ' '
                || Character.getType(cp) == Character.PRIVATE_USE);
    }
}
