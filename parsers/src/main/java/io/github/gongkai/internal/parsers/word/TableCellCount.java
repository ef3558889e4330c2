package io.github.gongkai.internal.parsers.word;

import io.github.gongkai.internal.parsers.LimitExceeded;
import io.github.gongkai.internal.parsers.Deadline;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Counts the cells of each table of the main document part in one streaming pass before POI builds its
 * object tree: POI spends most of a minute on a table of 100,000 cells before the table reader could apply
 * {@link io.github.gongkai.Limits#maxTableCells()}, while streaming the part takes about a second. Cells of a
 * nested table count for that table, not for the one around it. A DOCTYPE is refused here as POI refuses
 * it: Word never writes one, and entities are what hostile packages use one for.
 */
final class TableCellCount {
    /** Deadline checks every this many elements: often enough to stop in time, rare enough to cost nothing. */
    private static final int CHECK_EVERY = 50_000;

    private TableCellCount() {
    }

    /**
     * @throws LimitExceeded    when a table has more than {@code maxCells} cells
     * @throws GongkaiException {@link Reason#CORRUPT} when the part is not well-formed XML or declares a
     *                          DOCTYPE; {@link Reason#TIMED_OUT} at the deadline
     */
    static void check(InputStream xml, String file, int maxCells, Deadline deadline) throws GongkaiException {
        try {
            count(factory().createXMLStreamReader(xml), file, maxCells, deadline);
        } catch (XMLStreamException e) {
            throw new GongkaiException(Reason.CORRUPT, file, "the document part is not well-formed XML"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")"), e);
        }
    }

    private static void count(XMLStreamReader reader, String file, int maxCells, Deadline deadline)
            throws XMLStreamException, GongkaiException {
        try {
            Deque<int[]> tables = new ArrayDeque<>();
            int elements = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new GongkaiException(Reason.CORRUPT, file, "the document part declares a DOCTYPE, which Word never writes");
                }
                boolean start = event == XMLStreamConstants.START_ELEMENT;
                if (!start && event != XMLStreamConstants.END_ELEMENT || !Ooxml.W.equals(reader.getNamespaceURI())) {
                    continue;
                }
                String name = reader.getLocalName();
                if (name.equals("tbl")) {
                    if (start) {
                        tables.push(new int[1]);
                    } else {
                        tables.poll();
                    }
                } else if (start && name.equals("tc") && !tables.isEmpty() && ++tables.peek()[0] > maxCells) {
                    throw LimitExceeded.tableCells("a table", maxCells);
                }
                if (start && ++elements % CHECK_EVERY == 0) {
                    deadline.check();
                }
            }
        } finally {
            reader.close();
        }
    }

    /** A factory per call: the JDK does not promise that one is safe to share between threads. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
