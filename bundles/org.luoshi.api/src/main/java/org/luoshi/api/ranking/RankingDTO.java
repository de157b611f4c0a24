package org.luoshi.api.ranking;

import java.util.ArrayList;
import java.util.List;

/** A month's ranking of an evaluation: each group's units by score, every score with the figures behind it. */
public class RankingDTO {
    /** Computed now, nothing kept. */
    public static final String LIVE = "LIVE";
    /** Computed and kept (待发布): publishing freezes these figures. */
    public static final String DRAFT = "DRAFT";
    /** Published: frozen. */
    public static final String PUBLISHED = "PUBLISHED";

    public String evaluation;
    public String evaluationName;
    /** yyyy-MM */
    public String month;
    public String status;
    public String computedAt;
    public String computedBy;
    public String publishedAt;
    public String publishedBy;
    /** The 曝光台 publication of the bulletin (mechanism 7), when the rule makes rankings public. */
    public Long publicationId;
    public List<GroupRankingDTO> groups = new ArrayList<>();
    /** After a computation: what differs from the figures kept before it (empty the first time). */
    public List<String> changes = new ArrayList<>();
    /** Figures that could not be counted (their module not running), by indicator: they count 0. */
    public List<String> missing = new ArrayList<>();

    /** One group's table. */
    public static class GroupRankingDTO {
        public String group;
        public String name;
        public List<RowDTO> rows = new ArrayList<>();
    }

    /** One unit: its rank (ties share one), score and points per indicator. */
    public static class RowDTO {
        public String unit;
        public String unitName;
        public int rank;
        public double score;
        public List<ScoreItemDTO> items = new ArrayList<>();
    }

    /** One indicator of one unit: the value counted or typed, the points, and where the records are. */
    public static class ScoreItemDTO {
        public String indicator;
        public String name;
        public double value;
        public double points;
        /** The list query of the records counted (e.g. /api/hazards?unit=…), or null. */
        public String drillDown;
        /** For a typed value: the evaluator's reason, who and when. */
        public String reason;
        public String enteredBy;
    }
}
