package org.luoshi.api.workbench;

/**
 * A count on the workbench (e.g. 问题隐患 1,204, 逾期 37) with the list it drills down to: {@link #route} in the UI and
 * {@link #api} in REST, whose {@code total} (or number of rows) equals {@link #total}.
 */
public class WorkCountDTO {
    public String module;
    /** Stable key, e.g. {@code hazards}. */
    public String key;
    public String label;
    public long total;
    /** How many of them are overdue (null when overdue means nothing here). */
    public Long overdue;
    /** UI route with the list's filters, e.g. {@code hazards?unit=shanxi.shuozhou}. */
    public String route;
    /** UI route of the overdue ones. */
    public String overdueRoute;
    /** REST path (below {@code /api}) with the same filters, e.g. {@code /hazards?unit=shanxi.shuozhou}. */
    public String api;
    /** REST path of the overdue ones. */
    public String overdueApi;
    /** Position among the counts, lower first. */
    public int order;
}
