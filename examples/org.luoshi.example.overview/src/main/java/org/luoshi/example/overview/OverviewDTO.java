package org.luoshi.example.overview;

/** A jurisdiction at a glance: how many units, catalog tasks and reporting cycles its plugin brings. */
public class OverviewDTO {
    public String jurisdiction;
    public String name;
    public String level;
    public int units;
    public int catalogTasks;
    public int cycles;
}
