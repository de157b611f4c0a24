package org.luoshi.api.ranking;

import java.util.ArrayList;
import java.util.List;

/** A unit's ranks and scores over the published months of an evaluation. */
public class RankHistoryDTO {
    public String unit;
    public String unitName;
    public String group;
    public List<String> months = new ArrayList<>();
    public List<Integer> ranks = new ArrayList<>();
    public List<Double> scores = new ArrayList<>();
}
