package io.github.gongkai.internal.check;

/**
 * What the mapping itself found: cells glued together or rows short of cells that it could not read, or read
 * only by the identities. They are listed with the findings of the rules, after the missing parts.
 */
final class MappingFindings implements Rule {
    @Override
    public void check(ReportContext context, Findings findings) {
        context.observations().mapping().forEach(findings::add);
    }
}
