package org.luoshi.api.ranking;

import java.util.ArrayList;
import java.util.List;

/**
 * A region's scoring rule (考评办法), as its plugin's {@code modules/ranking.properties} declares it: who evaluates whom
 * each month, from which base, with which indicators, and how ties are broken.
 */
public class EvaluationDTO {
    /** {@code <jurisdiction>.<key>}, e.g. {@code shuozhou.monthly}. */
    public String id;
    public String jurisdiction;
    public String name;
    /** The document the rule comes from. */
    public String source;
    /** The office that evaluates and publishes (unit id) and its name. */
    public String evaluator;
    public String evaluatorName;
    /** The bulletin the ranking is published in (e.g. 全市安全生产简报). */
    public String bulletin;
    /** Whether a published ranking goes to the public page through 曝光台 (mechanism 7, four eyes). */
    public boolean published;
    public double base;
    /** Indicator ids whose points break a tie, in order; equal after them: the same rank (1, 2, 2, 4). */
    public List<String> tieBreak = new ArrayList<>();
    public List<GroupDTO> groups = new ArrayList<>();
    public List<IndicatorDTO> indicators = new ArrayList<>();

    /** An evaluated group (e.g. 各县（市、区）) and its units. */
    public static class GroupDTO {
        public String id;
        public String name;
        public List<String> units = new ArrayList<>();
        public List<String> unitNames = new ArrayList<>();
    }
}
