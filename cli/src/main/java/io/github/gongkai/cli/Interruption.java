package io.github.gongkai.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns Ctrl-C into a stop request: the run stops taking files, and the JVM waits (a while) for the command
 * to print its summary before it exits.
 */
final class Interruption implements AutoCloseable {
    private static final long GRACE_SECONDS = 30;

    private final AtomicBoolean stop = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    Interruption() {
        hook = new Thread(() -> {
            stop.set(true);
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "gongkai-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Set once a stop was requested. */
    AtomicBoolean stop() {
        return stop;
    }

    /** The command is done: let the JVM exit. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down, and the hook is what waited for us.
        }
    }
}
