package io.github.gongkai.cli;

import io.github.gongkai.Gongkai;
import io.github.gongkai.GongkaiException;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.model.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai convert}: reports to JSON. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts reports to JSON: to standard output for one file (JSON Lines for several),",
                "or one FILE.json each into the folder given with -o."})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files (PDF, HTML, DOCX, DOC, text)")
    private List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "write one JSON file per report here")
    private Path output;

    @Option(names = "--provenance", description = "add raw cell text and source positions of every value")
    private boolean provenance;

    @Option(names = "--verbose", description = "print stack traces of failures")
    private boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            Report report;
            try {
                report = Gongkai.parse(file);
            } catch (GongkaiException e) {
                Failures.report(err, e, verbose);
                exit = ExitCodes.UNREADABLE;
                continue;
            }
            if (output != null) {
                Files.createDirectories(output);
                Path target = output.resolve(file.getFileName() + ".json");
                Files.writeString(target, ReportJson.write(report, provenance) + "\n", StandardCharsets.UTF_8);
            } else if (files.size() == 1) {
                out.println(ReportJson.write(report, provenance));
            } else {
                out.println(ReportJson.writeLine(report, provenance));
            }
        }
        out.flush();
        return exit;
    }
}
