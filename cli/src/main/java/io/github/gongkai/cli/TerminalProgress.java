package io.github.gongkai.cli;

import io.github.gongkai.cli.corpus.FileResult;
import io.github.gongkai.cli.corpus.Progress;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on the terminal: files done of total, rate, time left and failures so far. */
final class TerminalProgress implements Progress {
    private final PrintStream err;
    private ProgressBar bar;
    private int failed;

    private TerminalProgress(PrintStream err) {
        this.err = err;
    }

    /** A bar on standard error when the program runs on a terminal, otherwise nothing. */
    static Progress onTerminal(boolean quiet) {
        return quiet || System.console() == null ? Progress.NONE : new TerminalProgress(System.err);
    }

    @Override
    public synchronized void start(int total) {
        bar = new ProgressBarBuilder().setTaskName("gongkai").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).showSpeed()
                .setUpdateIntervalMillis(500).setMaxRenderedLength(100)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build();
        bar.setExtraMessage(" 0 failed");
    }

    @Override
    public synchronized void done(FileResult result) {
        if (result.failure().isPresent()) {
            failed++;
            bar.setExtraMessage(" " + failed + " failed");
        }
        bar.step();
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
