package org.luoshi.ranking.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.api.ranking.EvaluationDTO;
import org.luoshi.api.ranking.IndicatorDTO;
import org.luoshi.api.ranking.RankingDTO;

/** Points, caps and ranks as the rule format states them (README, "Evaluation and ranking"). */
class ScoringTest {
    static IndicatorDTO indicator(String id, int direction, double weight, double cap) {
        IndicatorDTO i = new IndicatorDTO();
        i.id = id;
        i.name = id;
        i.direction = direction;
        i.weight = weight;
        i.cap = cap;
        return i;
    }

    static RankingDTO.RowDTO row(String unit, double score, double overduePoints) {
        RankingDTO.RowDTO r = new RankingDTO.RowDTO();
        r.unit = unit;
        r.unitName = unit;
        r.score = score;
        RankingDTO.ScoreItemDTO i = new RankingDTO.ScoreItemDTO();
        i.indicator = "overdue";
        i.points = overduePoints;
        r.items.add(i);
        return r;
    }

    @Test
    void pointsAreWeightedCappedAndSigned() {
        assertEquals(2.0, RankingServiceImpl.points(indicator("f", 1, 0.5, 2), 5));
        assertEquals(1.5, RankingServiceImpl.points(indicator("f", 1, 0.5, 2), 3));
        assertEquals(-6.0, RankingServiceImpl.points(indicator("o", -1, 2, 6), 4));
        assertEquals(-15.0, RankingServiceImpl.points(indicator("a", -1, 5, 0), 3), "no cap");
        assertEquals(0.33, RankingServiceImpl.points(indicator("x", 1, 0.333, 0), 1), "two decimals");
        assertEquals("0.0", Double.toString(RankingServiceImpl.points(indicator("o", -1, 2, 6), 0)), "never −0");
    }

    @Test
    void tiesAreBrokenByTheRulesIndicatorsThenShared() {
        EvaluationDTO e = new EvaluationDTO();
        e.tieBreak.add("overdue");
        List<RankingDTO.RowDTO> rows = new ArrayList<>(List.of(row("c", 102.5, -2), row("f", 100, 0), row("a", 105, 0),
                row("d", 102.5, 0), row("e", 100, 0), row("b", 91, -2)));
        RankingServiceImpl.rank(e, rows);
        assertEquals(List.of("a", "d", "c", "f", "e", "b"), rows.stream().map(r -> r.unit).toList());
        assertEquals(List.of(1, 2, 3, 4, 4, 6), rows.stream().map(r -> r.rank).toList());
        EvaluationDTO shared = new EvaluationDTO();
        List<RankingDTO.RowDTO> again = new ArrayList<>(List.of(row("c", 102.5, -2), row("d", 102.5, 0)));
        RankingServiceImpl.rank(shared, again);
        assertEquals(List.of(1, 1), again.stream().map(r -> r.rank).toList(), "without a tie-break rule: shared");
    }
}
