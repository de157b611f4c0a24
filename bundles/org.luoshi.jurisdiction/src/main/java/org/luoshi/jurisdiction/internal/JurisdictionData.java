package org.luoshi.jurisdiction.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.MilestoneDTO;
import org.luoshi.api.form.FormDTO;
import org.luoshi.api.form.FormFieldDTO;
import org.luoshi.api.form.FormTableDTO;
import org.luoshi.api.jurisdiction.CatalogTaskDTO;
import org.luoshi.api.jurisdiction.Jurisdiction;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.UnitDTO;

/**
 * A jurisdiction read from a plugin's data folder: {@code jurisdiction.properties}, {@code units.tsv} and
 * {@code catalog.tsv} (format in the README). Parsing is strict: a malformed file is refused with the file and line.
 */
final class JurisdictionData implements Jurisdiction {
    static final Pattern ID = Pattern.compile("[a-z0-9]+");
    /** A counted duty's period: MONTH, QUARTER, HALF_YEAR or YEAR, optionally :yyyy-MM-dd (the first day counted). */
    static final Pattern EVERY = Pattern.compile("(MONTH|QUARTER|HALF_YEAR|YEAR)(:\\d{4}-\\d{2}-\\d{2})?");
    static final Pattern UNIT_ID = Pattern.compile("[a-z0-9]+(\\.[a-z0-9]+)*");
    static final Set<String> LEVELS = Set.of("province", "city", "county", "town");
    static final Set<String> FIELD_TYPES = Set.of(FormFieldDTO.COUNT, FormFieldDTO.AMOUNT, FormFieldDTO.YESNO,
            FormFieldDTO.TEXT, FormFieldDTO.FILE);

    private final JurisdictionDTO descriptor;
    private final List<UnitDTO> units;
    private final List<CatalogTaskDTO> catalog;
    private final List<CycleDTO> cycles;
    private final java.util.Map<String, java.util.Map<String, String>> settings;
    private List<org.luoshi.api.jurisdiction.RoleDTO> roles = List.of();

    private JurisdictionDTO copy() {
        JurisdictionDTO d = new JurisdictionDTO();
        d.id = descriptor.id;
        d.name = descriptor.name;
        d.level = descriptor.level;
        d.parent = descriptor.parent;
        d.version = descriptor.version;
        d.unit = descriptor.unit;
        return d;
    }

    JurisdictionData(JurisdictionDTO descriptor, List<UnitDTO> units, List<CatalogTaskDTO> catalog, List<CycleDTO> cycles) {
        this(descriptor, units, catalog, cycles, java.util.Map.of());
    }

    JurisdictionData(JurisdictionDTO descriptor, List<UnitDTO> units, List<CatalogTaskDTO> catalog, List<CycleDTO> cycles,
            java.util.Map<String, java.util.Map<String, String>> settings) {
        this.descriptor = descriptor;
        this.units = List.copyOf(units);
        this.catalog = List.copyOf(catalog);
        this.cycles = List.copyOf(cycles);
        this.settings = java.util.Map.copyOf(settings);
    }

    /** Opens a file of the data folder, or returns null when it is absent. */
    interface Source {
        InputStream open(String name) throws IOException;

        /** The names of the files in a folder of the data folder (e.g. {@code modules/}); none by default. */
        default List<String> list(String folder) throws IOException {
            return List.of();
        }
    }

    static JurisdictionData read(Source source, String defaultVersion) throws IOException {
        Properties p = new Properties();
        try (InputStream in = source.open("jurisdiction.properties")) {
            if (in == null) {
                throw new IOException("jurisdiction.properties missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        JurisdictionDTO d = new JurisdictionDTO();
        d.id = required(p, "id");
        d.name = required(p, "name");
        d.level = required(p, "level");
        d.parent = blankToNull(p.getProperty("parent"));
        d.version = p.getProperty("version", defaultVersion);
        d.unit = p.getProperty("unit", d.id);
        if (!ID.matcher(d.id).matches()) {
            throw new IOException("jurisdiction.properties: id '" + d.id + "' must match " + ID);
        }
        if (!LEVELS.contains(d.level)) {
            throw new IOException("jurisdiction.properties: level '" + d.level + "' must be one of " + LEVELS);
        }
        List<UnitDTO> units = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Row line : tsv(source, "units.tsv", List.of("letterPrefix"), "id", "name", "kind", "parent")) {
            String[] row = line.cells();
            UnitDTO u = new UnitDTO();
            u.letterPrefix = row.length > 4 ? blankToNull(row[4]) : null;
            u.id = row[0];
            u.name = row[1];
            u.kind = row[2];
            u.parent = blankToNull(row[3]);
            u.jurisdiction = d.id;
            if (!UNIT_ID.matcher(u.id).matches() || !ids.add(u.id)) {
                throw new IOException("units.tsv line " + line.n() + ": unit id '" + u.id + "' is malformed or repeated");
            }
            if (u.parent != null && !u.id.startsWith(u.parent + ".")) {
                throw new IOException("units.tsv line " + line.n() + ": unit '" + u.id + "' must lie below its parent '" + u.parent + "'");
            }
            units.add(u);
        }
        if (!units.isEmpty() && !ids.contains(d.unit)) {
            throw new IOException("jurisdiction.properties: unit '" + d.unit + "' is not declared in units.tsv");
        }
        List<CatalogTaskDTO> catalog = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        Set<Integer> wholes = new HashSet<>();
        for (Row line : tsv(source, "catalog.tsv", List.of("part", "lead", "target", "targetWhat", "note", "every"), "number",
                "group", "measure", "responsibleUnits", "deadline")) {
            String[] row = line.cells();
            String at = "catalog.tsv line " + line.n() + ": ";
            CatalogTaskDTO t = new CatalogTaskDTO();
            try {
                t.number = Integer.parseInt(row[0]);
            } catch (NumberFormatException e) {
                throw new IOException(at + "task number '" + row[0] + "' is not a number", e);
            }
            t.group = row[1];
            t.measure = row[2];
            t.responsibleUnits = row[3];
            t.deadline = row[4];
            t.part = row.length > 5 ? blankToNull(row[5]) : null;
            t.lead = row.length > 6 ? blankToNull(row[6]) : null;
            String target = row.length > 7 ? blankToNull(row[7]) : null;
            t.targetWhat = row.length > 8 ? blankToNull(row[8]) : null;
            t.note = row.length > 9 ? blankToNull(row[9]) : null;
            t.every = row.length > 10 ? blankToNull(row[10]) : null;
            String key = t.number + (t.part == null ? "" : "/" + t.part);
            if (!numbers.add(key)) {
                throw new IOException(at + "task number " + t.number + (t.part == null ? "" : " part " + t.part)
                        + " repeated");
            }
            if (t.part == null) {
                wholes.add(t.number);
            } else if (!wholes.contains(t.number)) {
                throw new IOException(at + "part " + t.part + " of task " + t.number + " comes before the task");
            }
            if (t.measure.isBlank()) {
                throw new IOException(at + "task " + key + " has no measure");
            }
            if (t.lead != null && !ids.contains(t.lead)) {
                throw new IOException(at + "lead '" + t.lead + "' of task " + key + " is not in units.tsv");
            }
            if (target != null) {
                try {
                    t.target = Integer.valueOf(target);
                } catch (NumberFormatException e) {
                    throw new IOException(at + "target of task " + key + " must be a whole number", e);
                }
                if (t.target < 1 || t.targetWhat == null) {
                    throw new IOException(at + "target of task " + key + " must be at least 1 and say what it "
                            + "counts (targetWhat)");
                }
            }
            if (t.every != null) {
                if (t.target == null) {
                    throw new IOException(at + "every of task " + key + " needs a target (how many each period)");
                }
                if (!EVERY.matcher(t.every).matches()) {
                    throw new IOException(at + "every of task " + key + " must be MONTH, QUARTER, HALF_YEAR or YEAR, "
                            + "optionally followed by :yyyy-MM-dd (the first day counted)");
                }
                if (t.every.contains(":")) {
                    try {
                        java.time.LocalDate.parse(t.every.substring(t.every.indexOf(':') + 1));
                    } catch (java.time.format.DateTimeParseException e) {
                        throw new IOException(at + "every of task " + key + ": the first day counted is not a date", e);
                    }
                }
            }
            catalog.add(t);
        }
        groups(source, catalog);
        JurisdictionData data = new JurisdictionData(d, units, catalog, cycles(source, d, units), settings(source, p));
        data.roles = roles(source, ids);
        return data;
    }

    /**
     * {@code groups.tsv} (optional): {@code group	text} — a catalog group's full printed text (e.g. Shuozhou's whole
     * 国家要求 paragraph, its heading first), set on every task of that group; a group the catalog lacks is refused.
     */
    static void groups(Source source, List<CatalogTaskDTO> catalog) throws IOException {
        for (Row line : tsv(source, "groups.tsv", List.of(), "group", "text")) {
            String[] row = line.cells();
            String at = "groups.tsv line " + line.n() + ": ";
            boolean found = false;
            for (CatalogTaskDTO t : catalog) {
                if (row[0].equals(t.group)) {
                    t.groupText = row[1];
                    found = true;
                }
            }
            if (!found) {
                throw new IOException(at + "group '" + row[0] + "' is not a group of catalog.tsv");
            }
            if (!row[1].startsWith(row[0])) {
                throw new IOException(at + "the text of group '" + row[0] + "' must begin with the group as printed");
            }
        }
    }

    @Override
    public List<org.luoshi.api.jurisdiction.RoleDTO> roles() {
        return roles;
    }

    /**
     * {@code roles.tsv} (optional): {@code unit	group	role	title} — the leading groups' roles by title, each group at a
     * unit of {@code units.tsv}; a title is what the document says holds the role, never a person's name.
     */
    static List<org.luoshi.api.jurisdiction.RoleDTO> roles(Source source, Set<String> ids) throws IOException {
        List<org.luoshi.api.jurisdiction.RoleDTO> out = new ArrayList<>();
        for (Row line : tsv(source, "roles.tsv", List.of(), "unit", "group", "role", "title")) {
            String[] row = line.cells();
            String at = "roles.tsv line " + line.n() + ": ";
            org.luoshi.api.jurisdiction.RoleDTO r = new org.luoshi.api.jurisdiction.RoleDTO();
            r.unit = row[0];
            r.group = row[1];
            r.role = row[2];
            r.title = row[3];
            if (!ids.contains(r.unit)) {
                throw new IOException(at + "unit '" + r.unit + "' is not in units.tsv");
            }
            if (r.group.isBlank() || r.role.isBlank() || r.title.isBlank()) {
                throw new IOException(at + "group, role and title must all be given");
            }
            out.add(r);
        }
        return List.copyOf(out);
    }

    /**
     * {@code modules/<module>.properties}: each module's settings, kept as written for the module to read (the core does
     * not parse them: 模块配置 validates them by the module's declaration). A key {@code <module>.<key>} of
     * {@code jurisdiction.properties} (e.g. {@code letters.responseDays}, as plugins wrote them before) is the module's
     * setting {@code <key>} unless its own file sets it.
     */
    static java.util.Map<String, java.util.Map<String, String>> settings(Source source, Properties descriptor)
            throws IOException {
        java.util.Map<String, java.util.Map<String, String>> out = new java.util.TreeMap<>();
        for (String k : descriptor.stringPropertyNames()) {
            int dot = k.indexOf('.');
            if (dot > 0 && ID.matcher(k.substring(0, dot)).matches() && dot < k.length() - 1) {
                out.computeIfAbsent(k.substring(0, dot), x -> new java.util.TreeMap<>()).put(k.substring(dot + 1),
                        descriptor.getProperty(k).strip());
            }
        }
        for (String name : source.list("modules/")) {
            if (!name.endsWith(".properties")) {
                continue;
            }
            String module = name.substring(0, name.length() - ".properties".length());
            if (!ID.matcher(module).matches()) {
                throw new IOException("modules/" + name + ": a module's settings file is named <module>.properties, "
                        + "the module matching " + ID);
            }
            Properties p = new Properties();
            try (InputStream in = source.open("modules/" + name)) {
                if (in == null) {
                    continue;
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            java.util.Map<String, String> values = out.computeIfAbsent(module, x -> new java.util.TreeMap<>());
            p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k).strip()));
        }
        out.replaceAll((m, values) -> java.util.Collections.unmodifiableMap(values));
        return out;
    }

    /** The modules this plugin carries settings for. */
    java.util.Set<String> modules() {
        return settings.keySet();
    }

    @Override
    public java.util.Map<String, String> settings(String module) {
        return settings.getOrDefault(module, java.util.Map.of());
    }

    /**
     * {@code cycles.properties}: per cycle id the keys of {@link CycleDTO} ({@code <id>.name}, {@code .rrule},
     * {@code .start}, …, {@code .milestone.<n> = yyyy-MM-dd name}), plus {@code .receiver} (unit id; default the
     * jurisdiction's unit) and {@code .reporters} (unit ids, comma-separated, or {@code children}: every unit directly
     * below the jurisdiction's unit except the receiver).
     */
    static List<CycleDTO> cycles(Source source, JurisdictionDTO d, List<UnitDTO> units) throws IOException {
        Properties p = new Properties();
        try (InputStream in = source.open("cycles.properties")) {
            if (in == null) {
                return List.of();
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> unitIds = new HashSet<>();
        units.forEach(u -> unitIds.add(u.id));
        java.util.TreeSet<String> ids = new java.util.TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            ids.add(key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')));
        }
        List<CycleDTO> out = new ArrayList<>();
        for (String id : ids) {
            CycleDTO c = new CycleDTO();
            c.id = id;
            c.name = p.getProperty(id + ".name");
            c.rrule = p.getProperty(id + ".rrule");
            c.start = p.getProperty(id + ".start");
            c.until = p.getProperty(id + ".until");
            c.dueTime = p.getProperty(id + ".dueTime");
            c.rollToWorkingDay = Boolean.parseBoolean(p.getProperty(id + ".rollToWorkingDay", "false"));
            c.periodKind = p.getProperty(id + ".periodKind");
            try {
                c.periodOffset = Integer.parseInt(p.getProperty(id + ".periodOffset", "0").strip());
                String cut = p.getProperty(id + ".cutOffDay");
                c.cutOffDay = cut == null ? null : Integer.valueOf(cut.strip());
            } catch (NumberFormatException e) {
                throw new IOException("cycles.properties: " + id + ": periodOffset and cutOffDay must be numbers", e);
            }
            c.cumulativeFrom = p.getProperty(id + ".cumulativeFrom");
            for (int n = 1; p.containsKey(id + ".milestone." + n); n++) {
                String v = p.getProperty(id + ".milestone." + n).strip();
                int sp = v.indexOf(' ');
                if (sp < 0) {
                    throw new IOException("cycles.properties: " + id + ".milestone." + n + " must be 'yyyy-MM-dd name'");
                }
                c.milestones.add(new MilestoneDTO(v.substring(sp + 1).strip(), v.substring(0, sp)));
            }
            if (c.name == null || c.start == null || c.rrule == null && c.milestones.isEmpty()) {
                throw new IOException("cycles.properties: " + id + " needs name, start and an rrule or milestones");
            }
            c.receiver = p.getProperty(id + ".receiver", d.unit).strip();
            String reporters = p.getProperty(id + ".reporters", "").strip();
            if (reporters.equals("children")) {
                for (UnitDTO u : units) {
                    if (d.unit.equals(u.parent) && !u.id.equals(c.receiver)) {
                        c.reporters.add(u.id);
                    }
                }
            } else if (!reporters.isEmpty()) {
                for (String r : reporters.split(",")) {
                    c.reporters.add(r.strip());
                }
            }
            for (String u : c.reporters) {
                if (!unitIds.contains(u)) {
                    throw new IOException("cycles.properties: " + id + ": reporter '" + u + "' is not in units.tsv");
                }
            }
            String form = blankToNull(p.getProperty(id + ".form"));
            if (form != null) {
                c.form = form(source, form, unitIds);
                for (FormTableDTO t : c.form.tables) {
                    for (String reporter : t.scopes.keySet()) {
                        if (!c.reporters.contains(reporter)) {
                            throw new IOException("forms/" + form + ".properties: scope of '" + reporter
                                    + "', which is not a reporter of cycle " + id);
                        }
                    }
                }
            }
            out.add(c);
        }
        return out;
    }

    /**
     * A report form: {@code forms/<id>.properties} (title, {@code tables} = ids, {@code table.<id>.name},
     * {@code table.<id>.scope.<reporter unit> = <scope unit>}, {@code note.<n>}) and {@code forms/<id>.tsv} (columns
     * key, block, no, label, part, measure, type, figure).
     */
    static FormDTO form(Source source, String id, Set<String> unitIds) throws IOException {
        if (!ID.matcher(id).matches()) {
            throw new IOException("cycles.properties: form id '" + id + "' must match " + ID);
        }
        String file = "forms/" + id + ".properties";
        Properties p = new Properties();
        try (InputStream in = source.open(file)) {
            if (in == null) {
                throw new IOException(file + " missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        FormDTO f = new FormDTO();
        f.id = id;
        f.title = required(p, "title");
        for (String t : p.getProperty("tables", "main").split(",")) {
            FormTableDTO table = new FormTableDTO();
            table.id = t.strip();
            table.name = p.getProperty("table." + table.id + ".name", f.title).strip();
            String prefix = "table." + table.id + ".scope.";
            for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
                if (key.startsWith(prefix)) {
                    String reporter = key.substring(prefix.length());
                    String scope = p.getProperty(key).strip();
                    if (!unitIds.contains(scope)) {
                        throw new IOException(file + ": " + key + ": unit '" + scope + "' is not in units.tsv");
                    }
                    table.scopes.put(reporter, scope);
                }
            }
            f.tables.add(table);
        }
        for (int n = 1; p.containsKey("note." + n); n++) {
            f.notes.add(p.getProperty("note." + n).strip());
        }
        String tsv = "forms/" + id + ".tsv";
        Set<String> keys = new HashSet<>();
        for (Row line : tsv(source, tsv, List.of(), "key", "block", "no", "label", "part", "measure", "type",
                "figure")) {
            String[] row = line.cells();
            String at = tsv + " line " + line.n();
            FormFieldDTO field = new FormFieldDTO();
            field.key = row[0];
            field.block = row[1];
            try {
                field.no = Integer.parseInt(row[2]);
            } catch (NumberFormatException e) {
                throw new IOException(at + ": field " + row[0] + ": no '" + row[2] + "' is not a number", e);
            }
            field.label = row[3];
            field.part = blankToNull(row[4]);
            field.measure = blankToNull(row[5]);
            field.type = row[6];
            field.figure = blankToNull(row[7]);
            if (!field.key.matches("[A-Za-z0-9_.]+") || !keys.add(field.key)) {
                throw new IOException(at + ": key '" + field.key + "' is malformed or repeated");
            }
            if (!FIELD_TYPES.contains(field.type)) {
                throw new IOException(at + ": field " + field.key + ": type must be one of " + FIELD_TYPES);
            }
            if (field.figure != null && (!field.type.equals(FormFieldDTO.COUNT) || !field.figure.matches("[a-z]+(\\?.*)?"))) {
                throw new IOException(at + ": field " + field.key + ": a figure is 'source?filters' on a COUNT field");
            }
            f.fields.add(field);
        }
        if (f.fields.isEmpty()) {
            throw new IOException(tsv + ": a form needs at least one field");
        }
        return f;
    }

    /** A data row of a TSV file and its line number (the header is line 1). */
    record Row(int n, String[] cells) {
    }

    /** Reads a TSV whose header is the given columns, optionally followed by the optional ones in order. */
    private static List<Row> tsv(Source source, String file, List<String> optional, String... required)
            throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = source.open(file)) {
            if (in == null) {
                return rows;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String first = r.readLine();
            if (first != null && first.startsWith("\uFEFF")) {
                first = first.substring(1);
            }
            String[] header = required;
            for (int extra = optional.size(); extra >= 0 && first != null; extra--) {
                List<String> cols = new ArrayList<>(List.of(required));
                cols.addAll(optional.subList(0, extra));
                if (first.equals(String.join("\t", cols))) {
                    header = cols.toArray(new String[0]);
                    break;
                }
                if (extra == 0) {
                    header = null;
                }
            }
            if (first == null || header == null) {
                throw new IOException(file + ": first line must be the header " + String.join("<TAB>", required)
                        + (optional.isEmpty() ? "" : " (optionally followed by " + String.join("<TAB>", optional) + ")"));
            }
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != header.length) {
                    throw new IOException(file + " line " + n + ": " + cells.length + " cells, expected " + header.length);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = unescape(cells[i].strip());
                }
                rows.add(new Row(n, cells));
            }
        }
        return rows;
    }

    /** Cells may carry \t, \n and \\ escapes for text that contains them. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String required(Properties p, String key) throws IOException {
        String v = blankToNull(p.getProperty(key));
        if (v == null) {
            throw new IOException("jurisdiction.properties: '" + key + "' is required");
        }
        return v.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public JurisdictionDTO descriptor() {
        return copy();
    }

    @Override
    public List<UnitDTO> units() {
        return units;
    }

    @Override
    public List<CatalogTaskDTO> catalog() {
        return catalog;
    }

    @Override
    public List<CycleDTO> cycles() {
        return cycles;
    }
}
