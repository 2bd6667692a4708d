package dev.ordo.tasks.web;

import java.util.OptionalLong;

/**
 * The range of positions (of tasks among their siblings, sections, priority rules, saved filters). A
 * client places anywhere from 0 to {@link #MAX}; a new item goes after the last one, and when the last one
 * sits at the end of the range the siblings are renumbered first ({@link #GAP} apart, in their order), so a
 * position never overflows, whatever another member wrote before.
 */
public final class Positions {

    /**
     * JavaScript's largest exact integer (2^53 − 1): a web client's arithmetic on positions (halving, adding
     * a gap) stays exact, and one more is still far from bigint's end.
     */
    public static final long MAX = 9_007_199_254_740_991L;
    /** The distance between renumbered siblings, leaving room to place between them without renumbering. */
    public static final long GAP = 1024;

    private Positions() {}

    /** The position after {@code last} (0 when there are no siblings), or empty when the range is used up. */
    public static OptionalLong after(long last) {
        return last < MAX ? OptionalLong.of(Math.max(last, 0) + 1) : OptionalLong.empty();
    }

    /** The position after {@code count} siblings renumbered {@link #GAP} apart. */
    public static long afterRenumbered(int count) {
        return (count + 1L) * GAP;
    }
}
