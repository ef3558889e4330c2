package io.github.gongkai.cli;

import java.util.List;

/**
 * The log lines of gongkai and of the format libraries (POI through the Log4j API, PDFBox through Commons
 * Logging, both routed to the bundled SLF4J binding), shown only with {@code --verbose}. The binding reads
 * its levels once, when the first logger is made, so they are set before anything runs.
 */
final class Logging {
    private static final String PREFIX = "org.slf4j.simpleLogger.";
    /** The format libraries warn about odd but readable files; only their errors help explain a failure. */
    private static final List<String> LIBRARIES = List.of("org.apache.poi", "org.apache.pdfbox", "org.apache.fontbox");

    private Logging() {
    }

    /** Turns logging on when the arguments ask for {@code --verbose}; it is off otherwise. */
    static void configure(String... args) {
        if (List.of(args).contains("--verbose")) {
            System.setProperty(PREFIX + "defaultLogLevel", "warn");
            LIBRARIES.forEach(library -> System.setProperty(PREFIX + "log." + library, "error"));
        }
    }
}
