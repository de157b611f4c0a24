package org.luoshi.cycles.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import java.util.Map;
import java.util.Properties;

import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.MilestoneDTO;

/** Reads the example cycles of {@code cycles/seed-cycles.properties} (the seeds' cycles as data). */
final class SeedCycles {
    private SeedCycles() {
    }

    static Map<String, CycleDTO> load() {
        Properties p = new Properties();
        try (InputStream in = SeedCycles.class.getResourceAsStream("/cycles/seed-cycles.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, CycleDTO> cycles = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            String id = key.substring(0, key.indexOf('.'));
            cycles.computeIfAbsent(id, i -> read(p, i));
        }
        return cycles;
    }

    private static CycleDTO read(Properties p, String id) {
        CycleDTO c = new CycleDTO();
        c.id = id;
        c.name = p.getProperty(id + ".name");
        c.rrule = p.getProperty(id + ".rrule");
        c.start = p.getProperty(id + ".start");
        c.until = p.getProperty(id + ".until");
        c.dueTime = p.getProperty(id + ".dueTime");
        c.rollToWorkingDay = Boolean.parseBoolean(p.getProperty(id + ".rollToWorkingDay", "false"));
        c.periodKind = p.getProperty(id + ".periodKind");
        c.periodOffset = Integer.parseInt(p.getProperty(id + ".periodOffset", "0"));
        String cut = p.getProperty(id + ".cutOffDay");
        c.cutOffDay = cut == null ? null : Integer.valueOf(cut);
        c.cumulativeFrom = p.getProperty(id + ".cumulativeFrom");
        for (int n = 1; p.containsKey(id + ".milestone." + n); n++) {
            String v = p.getProperty(id + ".milestone." + n).strip();
            int sp = v.indexOf(' ');
            c.milestones.add(new MilestoneDTO(v.substring(sp + 1).strip(), v.substring(0, sp)));
        }
        return c;
    }

    /** A copy of a seed cycle, to try it in other years. */
    static CycleDTO copy(CycleDTO c) {
        CycleDTO d = new CycleDTO();
        d.id = c.id;
        d.name = c.name;
        d.rrule = c.rrule;
        d.start = c.start;
        d.until = c.until;
        d.dueTime = c.dueTime;
        d.rollToWorkingDay = c.rollToWorkingDay;
        d.periodKind = c.periodKind;
        d.periodOffset = c.periodOffset;
        d.cutOffDay = c.cutOffDay;
        d.cumulativeFrom = c.cumulativeFrom;
        d.milestones.addAll(c.milestones);
        return d;
    }
}
