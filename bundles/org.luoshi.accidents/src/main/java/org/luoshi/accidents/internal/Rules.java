package org.luoshi.accidents.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.luoshi.api.accident.AccidentDTO;
import org.luoshi.api.accident.AccidentLevel;

/**
 * A region's accident rules, read from its plugin's {@code modules/accidents.properties} (format in the README,
 * "Accident rules"), and their evaluation — pure, so that the rules are tested without a database.
 */
final class Rules {
    /** The sectors used when a region names none. */
    static final List<String> DEFAULT_SECTORS = List.of("煤矿", "非煤矿山", "冶金工贸", "危险化学品", "烟花爆竹", "消防",
            "建筑施工", "燃气", "道路交通", "水上交通", "特种设备", "其他");
    static final Set<String> TERRITORIES = Set.of("county", "unit");
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern RULE_KEYS = Pattern.compile("name|source|territory|trigger\\.[1-9][0-9]*|reporting|campaign"
            + "|inspection\\.organizer|inspection\\.title|letter\\.issuer|letter\\.kind|interview\\.by|listing\\.by");
    private static final Pattern CAMPAIGN_KEYS = Pattern.compile("name|from|to|sectors");

    /** "<lowest level> <count> <months>": so many accidents of that level or above within that many months. */
    record Trigger(AccidentLevel lowest, int count, int months) {
        String words(List<LocalDate> dates) {
            String level = lowest.label().replace("事故", "") + "及以上生产安全事故";
            String when = dates.stream().map(LocalDate::toString).reduce((a, b) -> a + "、" + b).orElse("");
            return months == 0 ? "发生" + level + " " + count + " 起（" + when + "）"
                    : months + " 个月之内发生" + level + " " + dates.size() + " 起（" + when + "）";
        }
    }

    record Campaign(String id, String name, LocalDate from, LocalDate to, Set<String> sectors) {
        boolean covers(LocalDate day, String sector) {
            return !day.isBefore(from) && !day.isAfter(to) && sectors.contains(sector);
        }
    }

    /** One rule: when it fires (triggers, a reporting issue, or a campaign's sectors) and what it drafts. */
    record Rule(String id, String name, String source, String territory, List<Trigger> triggers, String reporting,
            boolean campaign, String inspectionOrganizer, String inspectionTitle, String letterIssuer, String letterKind,
            String interviewBy, String listingBy) {
    }

    record Settings(List<Rule> rules, List<Campaign> campaigns, List<String> sectors) {
        static final Settings NONE = new Settings(List.of(), List.of(), DEFAULT_SECTORS);
    }

    /** An accident as the rules see it. */
    record Accident(long id, LocalDate day, AccidentLevel level, String sector, String reportingIssue) {
    }

    /** A rule's new firing: the accidents that made it and why. */
    record Hit(Rule rule, List<Long> accidents, String explanation) {
    }

    private Rules() {
    }

    /** Reads the settings; refuses anything it does not understand, naming the key. */
    static Settings parse(Map<String, String> p) {
        if (p == null || p.isEmpty()) {
            return Settings.NONE;
        }
        Set<String> ruleIds = new TreeSet<>();
        Set<String> campaignIds = new TreeSet<>();
        for (String key : p.keySet()) {
            String[] parts = key.split("\\.");
            String rest = parts.length >= 3 ? key.substring(parts[0].length() + parts[1].length() + 2) : "";
            if (parts[0].equals("rule") && RULE_KEYS.matcher(rest).matches()) {
                ruleIds.add(parts[1]);
            } else if (parts[0].equals("campaign") && CAMPAIGN_KEYS.matcher(rest).matches()) {
                campaignIds.add(parts[1]);
            } else if (!key.equals("sectors")) {
                throw new IllegalArgumentException("accidents.properties: unknown key " + key);
            }
        }
        List<String> sectors = p.containsKey("sectors") ? split(p.get("sectors")) : DEFAULT_SECTORS;
        if (sectors.isEmpty()) {
            throw new IllegalArgumentException("accidents.properties: sectors lists no sector");
        }
        List<Campaign> campaigns = new ArrayList<>();
        for (String id : campaignIds) {
            String k = "campaign." + id + ".";
            try {
                Campaign c = new Campaign(id, required(p, k + "name"), LocalDate.parse(required(p, k + "from")),
                        LocalDate.parse(required(p, k + "to")), new LinkedHashSet<>(split(required(p, k + "sectors"))));
                if (c.to.isBefore(c.from)) {
                    throw new IllegalArgumentException("accidents.properties: " + k + "to is before its from");
                }
                if (!sectors.containsAll(c.sectors)) {
                    throw new IllegalArgumentException("accidents.properties: " + k + "sectors names a sector not in "
                            + sectors);
                }
                campaigns.add(c);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("accidents.properties: " + k + "from and to must be yyyy-MM-dd", e);
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (String id : ruleIds) {
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("accidents.properties: rule id '" + id + "' must match " + ID);
            }
            String k = "rule." + id + ".";
            List<Trigger> triggers = new ArrayList<>();
            for (int n = 1; p.containsKey(k + "trigger." + n); n++) {
                triggers.add(trigger(k + "trigger." + n, p.get(k + "trigger." + n)));
            }
            String reporting = p.get(k + "reporting");
            if (reporting != null && !Set.of(AccidentDTO.LATE, AccidentDTO.OMITTED, AccidentDTO.FALSE, AccidentDTO.CONCEALED)
                    .contains(reporting)) {
                throw new IllegalArgumentException("accidents.properties: " + k + "reporting must be LATE, OMITTED, FALSE "
                        + "or CONCEALED");
            }
            boolean campaign = Boolean.parseBoolean(p.getOrDefault(k + "campaign", "false"));
            int kinds = (triggers.isEmpty() ? 0 : 1) + (reporting == null ? 0 : 1) + (campaign ? 1 : 0);
            if (kinds != 1) {
                throw new IllegalArgumentException("accidents.properties: rule " + id + " needs exactly one of "
                        + "trigger.<n>, reporting or campaign=true");
            }
            String territory = p.getOrDefault(k + "territory", "county");
            if (!TERRITORIES.contains(territory)) {
                throw new IllegalArgumentException("accidents.properties: " + k + "territory must be county or unit");
            }
            Rule r = new Rule(id, required(p, k + "name"), p.get(k + "source"), territory, List.copyOf(triggers), reporting,
                    campaign, p.get(k + "inspection.organizer"), p.getOrDefault(k + "inspection.title", "专项巡查"),
                    p.get(k + "letter.issuer"), p.getOrDefault(k + "letter.kind", "NOTICE"), p.get(k + "interview.by"),
                    p.get(k + "listing.by"));
            if (!Set.of("REMINDER", "NOTICE", "SUPERVISION").contains(r.letterKind)) {
                throw new IllegalArgumentException("accidents.properties: " + k + "letter.kind must be REMINDER, NOTICE or "
                        + "SUPERVISION");
            }
            if (r.inspectionOrganizer == null && r.letterIssuer == null && r.interviewBy == null && r.listingBy == null) {
                throw new IllegalArgumentException("accidents.properties: rule " + id + " drafts nothing (inspection."
                        + "organizer, letter.issuer, interview.by or listing.by)");
            }
            rules.add(r);
        }
        return new Settings(List.copyOf(rules), List.copyOf(campaigns), List.copyOf(sectors));
    }

    private static Trigger trigger(String key, String value) {
        String[] v = value.strip().split("\\s+");
        try {
            if (v.length != 3) {
                throw new IllegalArgumentException();
            }
            Trigger t = new Trigger(AccidentLevel.valueOf(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2]));
            if (t.count < 1 || t.months < 0 || t.months > 120 || t.months == 0 && t.count != 1) {
                throw new IllegalArgumentException();
            }
            return t;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("accidents.properties: " + key + " must be '<GENERAL|LARGER|MAJOR|"
                    + "ESPECIALLY_MAJOR> <count ≥ 1> <months, 0 for a single accident>'", e);
        }
    }

    private static String required(Map<String, String> p, String key) {
        String v = p.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("accidents.properties: " + key + " is missing");
        }
        return v.strip();
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String s : list.split("[,，、]")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The campaign running on the day whose sectors include the sector, if any. */
    static Campaign campaign(List<Campaign> campaigns, LocalDate day, String sector) {
        return campaigns.stream().filter(c -> c.covers(day, sector)).findFirst().orElse(null);
    }

    /**
     * The new firings of one rule over one territory's accidents. {@code counted} are the accidents earlier firings of
     * this rule for this territory were made of: a firing needs enough accidents not counted yet, so a window that fired
     * does not fire again for the same accidents, and a later accident fires again only with others not yet counted.
     */
    static List<Hit> evaluate(Rule rule, List<Accident> accidents, Set<Long> counted, List<Campaign> campaigns) {
        List<Accident> sorted = new ArrayList<>(accidents);
        sorted.sort(Comparator.comparing(Accident::day).thenComparing(Accident::id));
        Set<Long> used = new java.util.HashSet<>(counted);
        List<Hit> hits = new ArrayList<>();
        if (rule.reporting != null || rule.campaign) {
            for (Accident a : sorted) {
                if (used.contains(a.id)) {
                    continue;
                }
                if (rule.reporting != null && rule.reporting.equals(a.reportingIssue)) {
                    hits.add(new Hit(rule, List.of(a.id), a.day + " 发生的生产安全事故被核查认定为" + issueWords(a.reportingIssue)));
                    used.add(a.id);
                } else if (rule.campaign) {
                    Campaign c = campaign(campaigns, a.day, a.sector);
                    if (c != null) {
                        hits.add(new Hit(rule, List.of(a.id), c.name + "期间（" + c.from + " 至 " + c.to + "）发生" + a.sector
                                + "领域生产安全事故（" + a.day + "），属专项整治重点内容同类型事故"));
                        used.add(a.id);
                    }
                }
            }
            return hits;
        }
        boolean found = true;
        while (found) {
            found = false;
            for (Trigger t : rule.triggers) {
                List<Accident> qualifying = sorted.stream().filter(a -> a.level.atLeast(t.lowest)).toList();
                for (int i = 0; i < qualifying.size() && !found; i++) {
                    Accident first = qualifying.get(i);
                    LocalDate end = t.months == 0 ? first.day : first.day.plusMonths(t.months);
                    List<Accident> window = new ArrayList<>();
                    for (int j = i; j < qualifying.size(); j++) {
                        Accident a = qualifying.get(j);
                        if (t.months == 0 ? j == i : a.day.isBefore(end)) {
                            window.add(a);
                        }
                    }
                    List<Accident> fresh = window.stream().filter(a -> !used.contains(a.id)).toList();
                    if (fresh.size() >= t.count && window.size() >= t.count) {
                        List<Long> ids = window.stream().map(Accident::id).toList();
                        hits.add(new Hit(rule, ids, t.words(window.stream().map(Accident::day).toList())));
                        used.addAll(ids);
                        found = true;
                    }
                }
                if (found) {
                    break;
                }
            }
        }
        return hits;
    }

    static String issueWords(String issue) {
        return switch (issue == null ? "" : issue) {
            case AccidentDTO.LATE -> "迟报";
            case AccidentDTO.OMITTED -> "漏报";
            case AccidentDTO.FALSE -> "谎报";
            case AccidentDTO.CONCEALED -> "瞒报";
            default -> "";
        };
    }
}
