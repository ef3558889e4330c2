package io.github.gongkai.cli.corpus;

/** Follows a corpus run as files are done; called from the worker threads, so implementations are thread-safe. */
public interface Progress extends AutoCloseable {
    /** Follows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void start(int total) {
        }

        @Override
        public void done(FileResult result) {
        }
    };

    /** The run is about to read {@code total} files. */
    void start(int total);

    /** One file is done. */
    void done(FileResult result);

    /** The run is over. */
    @Override
    default void close() {
    }
}
