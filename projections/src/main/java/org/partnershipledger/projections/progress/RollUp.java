package org.partnershipledger.projections.progress;

import java.util.Collection;

/**
 * The colours of several indicators together: the worst of them (RED before AMBER before GREEN; NOT_MEASURED only
 * when none was measured), how many have each colour, and how many are stale.
 */
public record RollUp(Rag worst, int indicators, int red, int amber, int green, int notMeasured, int stale) {

    public static final RollUp NONE = new RollUp(Rag.NOT_MEASURED, 0, 0, 0, 0, 0, 0);

    public static RollUp of(Collection<IndicatorProgress> progress) {
        Rag worst = Rag.NOT_MEASURED;
        int[] counts = new int[Rag.values().length];
        int stale = 0;
        for (IndicatorProgress p : progress) {
            worst = worst.worse(p.rag());
            counts[p.rag().ordinal()]++;
            if (p.stale()) {
                stale++;
            }
        }
        return new RollUp(worst, progress.size(), counts[Rag.RED.ordinal()], counts[Rag.AMBER.ordinal()],
                counts[Rag.GREEN.ordinal()], counts[Rag.NOT_MEASURED.ordinal()], stale);
    }
}
