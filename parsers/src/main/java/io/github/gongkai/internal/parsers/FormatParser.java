package io.github.gongkai.internal.parsers;

import io.github.gongkai.Limits;
import io.github.gongkai.document.Document;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;

/**
 * Turns the bytes of one file format into the format-neutral {@link Document}. A format parser knows
 * nothing of reports: it finds paragraphs and tables and says where each came from. Implementations are
 * stateless and safe to share between threads.
 *
 * <p>Implementations keep to the {@link Limits} that apply to their format, start a {@link Deadline} when
 * called and check it in their loops, and report every failure as a {@link GongkaiException}; the facade
 * turns any other exception a format library throws into {@link GongkaiException.Reason#CORRUPT}.
 */
public interface FormatParser {

    /** The format this parser reads. */
    Format format();

    /**
     * Reads one file.
     *
     * @param input  the file's name and bytes
     * @param limits the limits the reading must stay within
     * @return the document, never empty of blocks for a readable file
     * @throws GongkaiException when the file cannot be read, with the reason
     */
    Document parse(Input input, Limits limits) throws GongkaiException;
}
