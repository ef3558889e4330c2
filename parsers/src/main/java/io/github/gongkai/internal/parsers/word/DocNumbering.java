package io.github.gongkai.internal.parsers.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hwpf.model.ListData;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * Automatic paragraph numbering in .doc files, from the list tables HWPF exposes: each level's number
 * format code, level text (whose characters 0 to 8 stand for the counters of levels 1 to 9) and start value.
 * Lists are counted per list definition (lsid); a list format override that restarts a level counts on its
 * own. Limits: the level restart rules (ilvlRestartLim) of the binary format are not read;
 * a paragraph whose list data HWPF cannot read gets no number, and {@link #hadUnreadableLists()} says so.
 */
final class DocNumbering {
    private static final int TYPE_NOTHING = 2;

    private final ListCounter counter = new ListCounter();
    private final Map<Integer, List<ListLevel>> levelsByFormat = new HashMap<>();
    private boolean unreadable;

    /** The number Word shows before this paragraph, counting it; empty where it is not numbered. */
    String label(Paragraph paragraph) {
        if (!paragraph.isInList()) {
            return "";
        }
        List<ListLevel> levels;
        Object key;
        try {
            HWPFList list = paragraph.getList();
            levels = levelsByFormat.computeIfAbsent(paragraph.getIlfo(), ilfo -> levels(list));
            key = restarts(list, levels.size()) ? "lfo:" + paragraph.getIlfo() : "lst:" + list.getLsid();
        } catch (RuntimeException e) {
            // HWPF throws on list references that point nowhere or level data it cannot decode; the text is
            // still worth having.
            unreadable = true;
            return "";
        }
        return counter.next(key, paragraph.getIlvl(), levels);
    }

    /** Whether some paragraph's list data could not be read, so that its number is missing. */
    boolean hadUnreadableLists() {
        return unreadable;
    }

    private static List<ListLevel> levels(HWPFList list) {
        ListData data = list.getListData();
        int count = data == null ? 0 : data.numLevels();
        List<ListLevel> levels = new ArrayList<>(count);
        for (int level = 0; level < count; level++) {
            char l = (char) level;
            levels.add(new ListLevel(NumberFormats.nameOf(list.getNumberFormat(l)), levelText(list.getNumberText(l)),
                    list.getStartAt(l), data.getLevels()[level].isLegalNumbering(),
                    list.getTypeOfCharFollowingTheNumber(l) != TYPE_NOTHING));
        }
        return levels;
    }

    private static boolean restarts(HWPFList list, int levels) {
        for (int level = 0; level < levels; level++) {
            if (list.isStartAtOverridden((char) level)) {
                return true;
            }
        }
        return false;
    }

    /** The binary level text with its placeholder characters 0–8 written as {@code %1}–{@code %9}. */
    private static String levelText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (ch < 9) {
                out.append('%').append((char) ('1' + ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
