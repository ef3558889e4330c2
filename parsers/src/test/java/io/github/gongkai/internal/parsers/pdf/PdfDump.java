package io.github.gongkai.internal.parsers.pdf;

import io.github.gongkai.document.Document;
import io.github.gongkai.document.PipeText;
import java.nio.file.Path;

/**
 * A debug aid: prints PDF files as pipe text, to see what the parser made of them. Run from the test
 * class path, e.g. {@code java -cp <test and runtime class path> io.github.gongkai.internal.parsers.pdf.PdfDump a.pdf}.
 */
final class PdfDump {
    private PdfDump() {
    }

    public static void main(String[] files) throws Exception {
        for (String file : files) {
            Document document = PdfFixtures.parse(Path.of(file));
            System.out.println("=== " + file + " " + document.metadata());
            System.out.print(PipeText.write(document));
        }
    }
}
