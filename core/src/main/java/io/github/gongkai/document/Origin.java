package io.github.gongkai.document;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a block or a cell came from in the input file, so that every number in a report can be traced
 * back to the place a person would look for it.
 */
public sealed interface Origin permits Origin.Line, Origin.Region, Origin.Recognized, Origin.Path {

    /** An origin for content that was not read from a file (built in code or in a test). */
    Origin UNKNOWN = new Path("");

    /** A short description for messages, such as {@code line 12} or {@code page 3}. */
    String describe();

    /** A line of a plain-text report, counted from 1. */
    record Line(int line) implements Origin {
        @Override
        public String describe() {
            return "line " + line;
        }
    }

    /**
     * A box on a PDF page: page counted from 1, coordinates in points from the page's top-left corner.
     */
    record Region(int page, double x, double y, double width, double height) implements Origin {
        @Override
        public String describe() {
            return String.format(Locale.ROOT, "page %d at (%.0f,%.0f)", page, x, y);
        }

        /** The smallest region on the same page that holds both this region and {@code other}. */
        public Region union(Region other) {
            double left = Math.min(x, other.x);
            double top = Math.min(y, other.y);
            double right = Math.max(x + width, other.x + other.width);
            double bottom = Math.max(y + height, other.y + other.height);
            return new Region(page, left, top, right - left, bottom - top);
        }
    }

    /**
     * A box on a scanned page whose text was recognised (OCR) rather than read from a text layer.
     *
     * @param region       where on the page
     * @param confidence   how sure the recogniser was of the text, from 0 to 1
     * @param alternatives other readings it found plausible, most plausible first (for proof-reading against
     *                     the template's identities)
     */
    record Recognized(Region region, double confidence, List<String> alternatives) implements Origin {
        /** Checks the components and copies the list. */
        public Recognized {
            Objects.requireNonNull(region, "region");
            alternatives = List.copyOf(alternatives);
        }

        @Override
        public String describe() {
            return region.describe() + " (OCR)";
        }
    }

    /**
     * A path through a structured document: a CSS-like element path for HTML
     * ({@code body>div#content>table[2]>tr[3]>td[1]}) or a body index path for Word ({@code body[12]/tr[3]/tc[1]}).
     */
    record Path(String path) implements Origin {
        @Override
        public String describe() {
            return path;
        }
    }
}
