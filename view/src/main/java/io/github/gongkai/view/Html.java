package io.github.gongkai.view;

/**
 * Text from a report made safe for a page: every character that could open markup or close an attribute is
 * written as an entity, so a report saying {@code <script>} or {@code "><img onerror=…>} shows it as text.
 */
final class Html {
    private Html() {
    }

    /** The text escaped for an element's content or a quoted attribute's value. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
