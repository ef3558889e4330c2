package io.github.gongkai.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.PipeText;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PipelineTest {
    /** The stage packages in pipeline order; each may import only those before it. */
    private static final List<String> STAGES = List.of("text", "template", "locate", "map", "check", "pipeline");
    private static final Path INTERNAL = Path.of("src/main/java/io/github/gongkai/internal");
    private static final Pattern IMPORT = Pattern.compile("import io\\.github\\.gongkai\\.internal\\.(\\w+)\\.");

    @Test
    void aTimedRunGivesTheReportOfAPlainRun() throws GongkaiException {
        String text = "2022年度政府信息公开工作年度报告\n一、总体情况\n本年度主动公开信息。\n二、主动公开政府信息情况\n"
                + "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 1 | 0 | 5\n";
        Source source = new Source("a.txt", Format.TEXT, "", 0);
        Pipeline.Run run = Pipeline.timed(PipeText.read(text), source, EnumSet.allOf(AnomalyCode.class));
        assertEquals(ReportJson.write(Pipeline.run(PipeText.read(text), source), true), ReportJson.write(run.report(), true));
        assertTrue(run.normalise() >= 0 && run.locate() >= 0 && run.map() >= 0 && run.check() >= 0);
    }

    @Test
    void eachStagePackageImportsOnlyTheStagesBeforeIt() throws IOException {
        List<String> violations = new ArrayList<>();
        for (int s = 0; s < STAGES.size(); s++) {
            List<String> allowed = STAGES.subList(0, s);
            try (Stream<Path> files = Files.walk(INTERNAL.resolve(STAGES.get(s)))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = IMPORT.matcher(Files.readString(file));
                    while (m.find()) {
                        String used = m.group(1);
                        if (!used.equals(STAGES.get(s)) && !allowed.contains(used)) {
                            violations.add(file.getFileName() + " imports " + used);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
