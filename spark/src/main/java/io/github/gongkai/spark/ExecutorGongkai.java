package io.github.gongkai.spark;

import io.github.gongkai.Gongkai;

/**
 * The one {@link Gongkai} of an executor JVM, built on first use and shared by its tasks: an instance is
 * immutable and safe to share between threads, and building one for every file or partition would repeat
 * the parsers' setup. Its settings are the library's defaults (limits and the time limit per file
 * included); the language is chosen when rows are written, not here.
 */
final class ExecutorGongkai {
    private ExecutorGongkai() {
    }

    static Gongkai get() {
        return Holder.INSTANCE;
    }

    /** Initialised by the JVM on first access, once, whatever the number of threads asking. */
    private static final class Holder {
        static final Gongkai INSTANCE = Gongkai.builder().build();
    }
}
