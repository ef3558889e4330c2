package io.github.gongkai.internal.parsers.html;

import io.github.gongkai.internal.parsers.text.TextDecoder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a page's bytes into text. Government sites serve UTF-8, GBK, GB2312 and GB18030, often with no
 * declaration or a wrong one, so the bytes decide: a byte order mark first, then strict UTF-8 (GBK text
 * is practically never valid UTF-8), then the declaration when it names some other charset and fits the
 * bytes, then GB18030 (a superset of GB2312 and GBK). A GBK page must never be read as UTF-8: the
 * mojibake would reach the report.
 */
final class PageDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");

    /** The declaration must sit near the top of the page; browsers look at the first 1024 bytes, we are lenient. */
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

    /**
     * The decoded page.
     *
     * @param text     the page's text
     * @param charset  the charset it was read in
     * @param warnings what a reader should know about the decision
     */
    record Decoded(String text, Charset charset, List<String> warnings) {
    }

    private PageDecoder() {
    }

    static Decoded decode(byte[] page) {
        List<String> warnings = new ArrayList<>();
        Optional<Bom> bom = Bom.of(page);
        if (bom.isPresent()) {
            Bom mark = bom.get();
            return new Decoded(lenient(page, mark.length(), mark.charset()), mark.charset(), warnings);
        }
        // Stray NUL bytes would make the page invalid in every charset; they are no part of it.
        int nuls = TextDecoder.strayNuls(page, page.length);
        byte[] bytes = nuls == 0 ? page : TextDecoder.withoutNuls(page, page.length);
        if (nuls > 0) {
            warnings.add(nuls + " NUL bytes in the page dropped");
        }
        Optional<Charset> declared = declared(bytes);
        Charset chosen = choose(bytes, declared, warnings);
        if (declared.isPresent() && !sameFamily(declared.get(), chosen)) {
            warnings.add("page declares " + declared.get().name() + " but its bytes are " + chosen.name()
                    + "; read as " + chosen.name());
        }
        return new Decoded(lenient(bytes, 0, chosen), chosen, warnings);
    }

    private static Charset choose(byte[] bytes, Optional<Charset> declared, List<String> warnings) {
        if (isValid(bytes, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        // A declaration of some third charset (Big5 on a mirror site, say) is trusted when the bytes fit it.
        Optional<Charset> other = declared.filter(c -> !isUtf8(c) && !isGbFamily(c));
        if (other.isPresent() && isValid(bytes, other.get())) {
            return other.get();
        }
        // Without a declaration, Big5 bytes also decode as (wrong) GB18030: let the statistical detector
        // tell traditional Big5 pages apart before falling back to GB18030.
        if (declared.isEmpty()) {
            Optional<Charset> guess = detect(bytes).filter(c -> !isUtf8(c) && !isGbFamily(c));
            if (guess.isPresent() && isValid(bytes, guess.get())) {
                return guess.get();
            }
        }
        if (isValid(bytes, GB18030)) {
            return GB18030;
        }
        // Damaged bytes in every candidate: take the reading with the fewest, and say so.
        List<Charset> candidates = new ArrayList<>(List.of(StandardCharsets.UTF_8, GB18030));
        declared.ifPresent(candidates::add);
        Charset best = StandardCharsets.UTF_8;
        int fewest = Integer.MAX_VALUE;
        for (Charset candidate : candidates) {
            int errors = malformed(bytes, candidate);
            if (errors < fewest) {
                fewest = errors;
                best = candidate;
            }
        }
        warnings.add(fewest + " malformed byte sequences replaced while reading the page as " + best.name());
        return best;
    }

    /** The charset named by {@code <meta charset>}, {@code <meta http-equiv="Content-Type">} or an XML declaration. */
    static Optional<Charset> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        for (Pattern pattern : List.of(META_CHARSET, XML_ENCODING)) {
            Matcher matcher = pattern.matcher(head);
            if (matcher.find()) {
                Optional<Charset> charset = forName(matcher.group(1));
                if (charset.isPresent()) {
                    return charset;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? Optional.empty() : forName(name);
    }

    private static Optional<Charset> forName(String name) {
        try {
            Charset charset = Charset.forName(name.trim());
            // GB2312 and GBK pages routinely contain characters only their superset knows.
            return Optional.of(isGbFamily(charset) ? GB18030 : charset);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static boolean isUtf8(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8);
    }

    private static boolean isGbFamily(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.equals("GB2312") || name.equals("GBK") || name.equals("GB18030") || name.equals("EUC-CN");
    }

    private static boolean sameFamily(Charset a, Charset b) {
        return a.equals(b) || (isGbFamily(a) && isGbFamily(b));
    }

    static boolean isValid(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException invalid) {
            return false;
        }
    }

    private static int malformed(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        int errors = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                errors++;
                in.position(in.position() + result.length());
            } else if (result.isOverflow()) {
                out.clear();
            } else {
                return errors;
            }
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    /** Byte order marks: they override any declaration. */
    private enum Bom {
        UTF_8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
        UTF_16BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
        UTF_16LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
        GB_18030(new byte[] {(byte) 0x84, 0x31, (byte) 0x95, 0x33}, GB18030);

        private final byte[] mark;
        private final Charset charset;

        Bom(byte[] mark, Charset charset) {
            this.mark = mark;
            this.charset = charset;
        }

        int length() {
            return mark.length;
        }

        Charset charset() {
            return charset;
        }

        static Optional<Bom> of(byte[] bytes) {
            for (Bom bom : values()) {
                if (bytes.length >= bom.mark.length
                        && Arrays.equals(bytes, 0, bom.mark.length, bom.mark, 0, bom.mark.length)) {
                    return Optional.of(bom);
                }
            }
            return Optional.empty();
        }
    }
}
