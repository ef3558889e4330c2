package io.github.gongkai.cli;

import io.github.gongkai.cli.corpus.Failure;
import io.github.gongkai.model.GongkaiException;
import java.io.PrintWriter;

/** Reports a file that could not be read: one line, control characters escaped, with a stack trace only when asked for. */
final class FailurePrinter {
    private FailurePrinter() {
    }

    static void print(PrintWriter err, GongkaiException e, boolean verbose) {
        err.println("gongkai: " + Printable.line(String.valueOf(e.getMessage())) + " [" + e.reason() + "]");
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
    }

    static void print(PrintWriter err, Failure failure, boolean verbose) {
        err.println("gongkai: " + Printable.line(failure.file() + ": " + failure.message()) + " [" + failure.reason() + "]");
        if (verbose) {
            failure.cause().ifPresent(cause -> cause.printStackTrace(err));
        }
        err.flush();
    }
}
