package io.github.gongkai.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;

/** The determinism and resume checks over every fixture of every format: minutes on two cores, so -P full. */
@Tag("slow")
class WholeCorpusDeterminismTest extends DeterminismChecks {
    @Override
    void build(Path folder) throws IOException {
        TestCorpus.build(folder);
    }
}
