package org.luoshi.cycles.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.cycle.CalendarService;
import org.luoshi.api.cycle.CalendarYearDTO;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * China's statutory calendar: the years shipped in the bundle's {@code calendar/cn-holidays.tsv} (date, HOLIDAY|WORKDAY,
 * Chinese name), read once at activation, and the years an administrator loads while the platform runs, one file per
 * year ({@code <year>.tsv}, the same format) in {@code ${karaf.data}/luoshi/calendar/}, read again at every start. An
 * upload is checked whole before anything is written (see {@link #check}); what the calendar knows is one immutable
 * {@link State}, replaced at once by an upload or a removal, so a question never sees half a year.
 */
@Component(service = CalendarService.class)
public class CalendarServiceImpl implements CalendarService {
    static final String RESOURCE = "/calendar/cn-holidays.tsv";
    private static final Logger LOG = LoggerFactory.getLogger(CalendarServiceImpl.class);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Longest run of consecutive days off an arrangement may have (Spring Festival: 9 days); a guard against a broken file. */
    static final int MAX_DAYS_OFF = 40;
    /** The seven statutory festivals every year's arrangement names (全国年节及纪念日放假办法). */
    static final List<String> FESTIVALS = List.of("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");
    /** The years an administrator may load. */
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    /** Longest holiday name taken. */
    static final int MAX_NAME = 30;
    /** At most this many problems are listed in a refusal (the rest are counted). */
    static final int MAX_PROBLEMS = 100;
    private static final Pattern FILE = Pattern.compile("([0-9]{4})\\.tsv");
    /** The metadata lines written at the head of a stored year (comments to every other reader of the file). */
    private static final String META_BY = "# luoshi.uploadedBy=";
    private static final String META_AT = "# luoshi.uploadedAt=";
    private static final String MAKE_UP = "调休上班";

    /** What a listed day is: a day off (HOLIDAY) or a make-up working day (WORKDAY), with its name. */
    record Day(boolean holiday, String name) {
    }

    /** One known year: its listed days, where it comes from and who loaded it when. */
    record Year(int year, String source, Map<LocalDate, Day> days, String uploadedBy, String uploadedAt) {
        long holidays() {
            return days.values().stream().filter(Day::holiday).count();
        }

        CalendarYearDTO dto() {
            CalendarYearDTO d = new CalendarYearDTO();
            d.year = year;
            d.source = source;
            d.holidays = (int) holidays();
            d.makeUpDays = days.size() - d.holidays;
            d.uploadedBy = uploadedBy;
            d.uploadedAt = uploadedAt;
            return d;
        }

        /** The audit record: year, counts and who loaded it when. */
        String json() {
            return "{\"year\":" + year + ",\"holidays\":" + holidays() + ",\"makeUpDays\":" + (days.size() - holidays())
                    + ",\"uploadedBy\":" + (uploadedBy == null ? "null" : "\"" + uploadedBy.replace("\\", "\\\\")
                            .replace("\"", "\\\"") + "\"")
                    + ",\"uploadedAt\":" + (uploadedAt == null ? "null" : "\"" + uploadedAt + "\"") + "}";
        }
    }

    /** Everything the calendar knows now: the listed days of every known year, and the years. Never changed. */
    record State(Map<LocalDate, Day> days, NavigableMap<Integer, Year> years) {
        State with(Year y) {
            NavigableMap<Integer, Year> ys = new TreeMap<>(years);
            ys.put(y.year(), y);
            return of(ys);
        }

        State without(int year) {
            NavigableMap<Integer, Year> ys = new TreeMap<>(years);
            ys.remove(year);
            return of(ys);
        }

        static State of(NavigableMap<Integer, Year> years) {
            Map<LocalDate, Day> days = new HashMap<>();
            years.values().forEach(y -> days.putAll(y.days()));
            return new State(Collections.unmodifiableMap(days), Collections.unmodifiableNavigableMap(years));
        }
    }

    /** The years shipped in the bundle: never replaced, never removed. */
    private final NavigableMap<Integer, Year> shipped;
    /** Where loaded years are kept; null: nowhere (uploads are refused). */
    private final Path dir;
    private volatile State state;

    /** Where uploads and removals are recorded; while it is not running the calendar answers, but changes are refused. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditTrail audit;

    /** In OSGi: loaded years below {@code ${karaf.data}/luoshi/calendar}, or the bundle's data area without Karaf. */
    @Activate
    public CalendarServiceImpl(BundleContext context) {
        this(directory(context));
    }

    /** The shipped years only (uploads refused): for tests of what only needs the calendar. */
    CalendarServiceImpl() {
        this((Path) null);
    }

    /** The shipped years and those loaded into {@code dir} (null: none, and uploads are refused). */
    CalendarServiceImpl(Path dir) {
        this.dir = dir;
        this.shipped = Collections.unmodifiableNavigableMap(readShipped());
        NavigableMap<Integer, Year> years = new TreeMap<>(shipped);
        if (dir != null) {
            years.putAll(readLoaded(dir, shipped));
        }
        this.state = State.of(years);
        Year first = shipped.firstEntry().getValue();
        Year last = shipped.lastEntry().getValue();
        LOG.info("Statutory calendar {}–{} shipped ({} holidays, {} make-up working days in all); loaded years: {}",
                first.year(), last.year(), shipped.values().stream().mapToLong(Year::holidays).sum(),
                shipped.values().stream().mapToLong(y -> y.days().size() - y.holidays()).sum(),
                years.keySet().stream().filter(y -> !shipped.containsKey(y)).toList());
    }

    static Path directory(BundleContext context) {
        String data = context == null ? null : context.getProperty("karaf.data");
        if (data != null) {
            return Path.of(data, "luoshi", "calendar");
        }
        java.io.File area = context == null ? null : context.getDataFile("calendar");
        return area != null ? area.toPath() : Path.of(System.getProperty("java.io.tmpdir"), "luoshi", "calendar");
    }

    // ---- the questions ------------------------------------------------------------------------------------------

    @Override
    public boolean isWorkingDay(LocalDate day) {
        Day d = state.days().get(day);
        if (d != null) {
            return !d.holiday();
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate day) {
        State s = state;
        LocalDate d = day;
        // two years' longest runs back to back, and a weekend: more days off in a row than any arrangement can have
        for (int i = 0; i <= 2 * MAX_DAYS_OFF + 7; i++) {
            Day listed = s.days().get(d);
            boolean working = listed != null ? !listed.holiday()
                    : d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (working) {
                return d;
            }
            d = d.plusDays(1);
        }
        throw new IllegalStateException("no working day within " + (2 * MAX_DAYS_OFF + 7) + " days after " + day);
    }

    @Override
    public String holidayName(LocalDate day) {
        Day d = state.days().get(day);
        return d == null ? null : d.name();
    }

    @Override
    public int firstYear() {
        return state.years().firstKey();
    }

    @Override
    public int lastYear() {
        return state.years().lastKey();
    }

    @Override
    public boolean covers(int year) {
        return state.years().containsKey(year);
    }

    @Override
    public List<CalendarYearDTO> years() {
        return state.years().values().stream().map(Year::dto).toList();
    }

    @Override
    public String warning(LocalDate today) {
        if (today == null) {
            return null;
        }
        List<Integer> missing = new ArrayList<>();
        if (!covers(today.getYear())) {
            missing.add(today.getYear());
        }
        if (today.getMonthValue() >= 10 && !covers(today.getYear() + 1)) {
            missing.add(today.getYear() + 1);
        }
        if (missing.isEmpty()) {
            return null;
        }
        String years = String.join("、", missing.stream().map(y -> y + "年").toList());
        return years + "法定节假日和调休安排尚未载入：" + years + "的报送截止日暂按周末计算（临时）。"
                + "请在国务院办公厅公布安排后由管理员载入。";
    }

    // ---- the changes --------------------------------------------------------------------------------------------

    @Override
    public synchronized CalendarYearDTO upload(Actor actor, int year, String tsv) {
        requireAdmin(actor);
        actor.requireWrite();
        Year checked = check(year, tsv, shipped.keySet());
        if (dir == null) {
            throw LuoshiException.unavailable("节假日安排无处存放，暂不能载入");
        }
        AuditTrail trail = requireAudit();
        Year before = state.years().get(year);
        String at = OffsetDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS).toString();
        Year loaded = new Year(year, CalendarYearDTO.UPLOADED, checked.days(), actor.name(), at);
        String text = META_BY + actor.name() + "\n" + META_AT + at + "\n" + stripBom(tsv);
        Path file = dir.resolve(year + ".tsv");
        byte[] previous = null;
        try {
            Files.createDirectories(dir);
            previous = Files.exists(file) ? Files.readAllBytes(file) : null;
            Path tmp = Files.createTempFile(dir, year + "-", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            LOG.error("Statutory calendar {} could not be stored in {}", year, dir, e);
            throw new UncheckedIOException("节假日安排未能保存", e);
        }
        try {
            trail.append(actor, "calendar.upload", "calendar", Integer.toString(year),
                    before == null ? null : before.json(), loaded.json());
        } catch (RuntimeException e) {
            restore(file, previous);
            throw e;
        }
        state = state.with(loaded);
        LOG.info("Statutory calendar {} {} by {}: {} holidays, {} make-up working days", year,
                before == null ? "loaded" : "replaced", actor.name(), loaded.holidays(),
                loaded.days().size() - loaded.holidays());
        return loaded.dto();
    }

    @Override
    public synchronized void remove(Actor actor, int year) {
        requireAdmin(actor);
        actor.requireWrite();
        if (shipped.containsKey(year)) {
            throw new LuoshiException(LuoshiException.Kind.CONFLICT, year + "年的安排随平台发布，不能删除");
        }
        Year before = state.years().get(year);
        if (before == null || dir == null) {
            throw LuoshiException.notFound("没有载入" + year + "年的法定节假日安排");
        }
        AuditTrail trail = requireAudit();
        Path file = dir.resolve(year + ".tsv");
        byte[] previous;
        try {
            previous = Files.exists(file) ? Files.readAllBytes(file) : null;
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.error("Statutory calendar {} could not be deleted from {}", year, dir, e);
            throw new UncheckedIOException("节假日安排未能删除", e);
        }
        try {
            trail.append(actor, "calendar.remove", "calendar", Integer.toString(year), before.json(), null);
        } catch (RuntimeException e) {
            restore(file, previous);
            throw e;
        }
        state = state.without(year);
        LOG.info("Statutory calendar {} removed by {}", year, actor.name());
    }

    static void requireAdmin(Actor actor) {
        if (actor == null || !actor.roles().contains(Actor.ROLE_ADMIN)) {
            throw LuoshiException.forbidden("只有管理员可以载入或删除法定节假日安排");
        }
    }

    /** The audit trail; every change is recorded there, so none is made while it is not running. */
    private AuditTrail requireAudit() {
        AuditTrail a = audit;
        if (a == null) {
            throw LuoshiException.unavailable("审计模块未启用，暂不能更改法定节假日安排");
        }
        return a;
    }

    /** Puts a year's file back as it was before a change that could not be audited. */
    private static void restore(Path file, byte[] previous) {
        try {
            if (previous == null) {
                Files.deleteIfExists(file);
            } else {
                Files.write(file, previous);
            }
        } catch (IOException e) {
            LOG.error("Statutory calendar file {} could not be restored", file, e);
        }
    }

    // ---- reading and checking ------------------------------------------------------------------------------------

    /** The shipped file, strictly (a broken file is a broken bundle), as years: every year from its first to its last date. */
    static NavigableMap<Integer, Year> readShipped() {
        String text;
        try (InputStream in = CalendarServiceImpl.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<LocalDate, Day> all = new HashMap<>();
        int number = 0;
        for (String line : text.split("\r?\n")) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": expected date, kind, name");
            }
            LocalDate day;
            try {
                day = LocalDate.parse(cols[0].strip());
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": bad date " + cols[0], e);
            }
            String kind = cols[1].strip();
            if (!"HOLIDAY".equals(kind) && !"WORKDAY".equals(kind)) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": kind must be HOLIDAY or WORKDAY: " + kind);
            }
            if (all.put(day, new Day("HOLIDAY".equals(kind), cols[2].strip())) != null) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": " + day + " listed twice");
            }
        }
        if (all.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no days");
        }
        int first = all.keySet().stream().mapToInt(LocalDate::getYear).min().getAsInt();
        int last = all.keySet().stream().mapToInt(LocalDate::getYear).max().getAsInt();
        NavigableMap<Integer, Year> years = new TreeMap<>();
        for (int y = first; y <= last; y++) {
            int year = y;
            Map<LocalDate, Day> days = new HashMap<>();
            all.forEach((d, v) -> {
                if (d.getYear() == year) {
                    days.put(d, v);
                }
            });
            years.put(y, new Year(y, CalendarYearDTO.SHIPPED, Collections.unmodifiableMap(days), null, null));
        }
        return years;
    }

    /** The years loaded before: each file checked as at its upload; one that fails is left out and logged. */
    private static Map<Integer, Year> readLoaded(Path dir, Map<Integer, Year> shipped) {
        Map<Integer, Year> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.tsv")) {
            for (Path f : files) {
                Matcher m = FILE.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                int year = Integer.parseInt(m.group(1));
                try {
                    String text = decode(Files.readAllBytes(f));
                    Year checked = check(year, text, shipped.keySet());
                    out.put(year, new Year(year, CalendarYearDTO.UPLOADED, checked.days(), meta(text, META_BY),
                            meta(text, META_AT)));
                } catch (LuoshiException e) {
                    LOG.error("Statutory calendar {} left out: {}", f, e.getMessage());
                } catch (IOException | UncheckedIOException e) {
                    LOG.error("Statutory calendar {} could not be read", f, e);
                }
            }
        } catch (IOException e) {
            LOG.error("Loaded statutory calendar years in {} could not be listed", dir, e);
        }
        return out;
    }

    private static String meta(String text, String prefix) {
        for (String line : text.split("\r?\n", 3)) {
            if (line.startsWith(prefix)) {
                String v = line.substring(prefix.length()).strip();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    /** UTF-8, strictly: a file in another encoding is refused rather than read as something else. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, "文件不是 UTF-8 编码，请另存为 UTF-8 后再上传",
                    Map.of("content", "文件不是 UTF-8 编码"));
        }
    }

    private static String stripBom(String s) {
        return s != null && s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /**
     * One year's arrangement checked whole; INVALID listing every problem (by line number) when it is not acceptable.
     * Problems are keyed {@code year}, {@code content}, {@code line<n>}, {@code festivals} and {@code daysOff}.
     */
    static Year check(int year, String tsv, java.util.Set<Integer> shippedYears) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            problem(problems, "year", "年份应在 " + MIN_YEAR + " 至 " + MAX_YEAR + " 之间");
        } else if (shippedYears.contains(year)) {
            problem(problems, "year", year + "年的安排随平台发布，不能替换");
        }
        String text = stripBom(tsv);
        if (text == null || text.isBlank()) {
            problem(problems, "content", "文件为空：应每行一天，格式为“日期<TAB>HOLIDAY或WORKDAY<TAB>名称”");
            throw refusal(year, problems);
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_UPLOAD_BYTES) {
            problem(problems, "content", "文件过大（最大 " + MAX_UPLOAD_BYTES / 1024 + " KB）");
            throw refusal(year, problems);
        }
        Map<LocalDate, Day> days = new HashMap<>();
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String key = "line" + n;
            String at = "第" + n + "行：";
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols.length > 3) {
                problem(problems, key, at + "应为三列“日期<TAB>HOLIDAY或WORKDAY<TAB>名称”，以制表符分隔");
                continue;
            }
            LocalDate day = null;
            String date = cols[0].strip();
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problem(problems, key, at + "日期“" + shorten(date) + "”无效，应为 yyyy-MM-dd（如 " + year + "-01-01）");
            }
            String kind = cols[1].strip().toUpperCase(Locale.ROOT);
            boolean holiday = "HOLIDAY".equals(kind);
            if (!holiday && !"WORKDAY".equals(kind)) {
                problem(problems, key, at + "类别应为 HOLIDAY（放假）或 WORKDAY（调休上班），而不是“" + shorten(cols[1].strip())
                        + "”");
            }
            String name = cols.length == 3 ? cols[2].strip() : "";
            String bad = badCharacter(name);
            if (bad != null) {
                problem(problems, key, at + "名称含有不允许的字符（" + bad + "）");
            } else if (name.length() > MAX_NAME) {
                problem(problems, key, at + "名称不能超过 " + MAX_NAME + " 个字");
            } else if (holiday && name.isEmpty()) {
                problem(problems, key, at + "放假日须写明节日名称（如“春节”）");
            }
            if (day == null) {
                continue;
            }
            if (day.getYear() != year) {
                problem(problems, key, at + "日期 " + day + " 不在 " + year + " 年内");
            }
            if ("WORKDAY".equals(kind) && day.getDayOfWeek() != DayOfWeek.SATURDAY
                    && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                problem(problems, key, at + "调休上班日 " + day + " 是" + weekday(day) + "，调休上班只能安排在星期六或星期日");
            }
            Integer earlier = lineOf.putIfAbsent(day, n);
            if (earlier != null) {
                problem(problems, key, at + day + " 已在第" + earlier + "行列出（每天只能列一次）");
                continue;
            }
            if (holiday || "WORKDAY".equals(kind)) {
                days.put(day, new Day(holiday, holiday ? name : name.isEmpty() ? MAKE_UP : name));
            }
        }
        if (lineOf.isEmpty()) {
            problem(problems, "content", "文件中没有任何日期：应每行一天，格式为“日期<TAB>HOLIDAY或WORKDAY<TAB>名称”");
        } else {
            List<String> missing = FESTIVALS.stream().filter(f -> days.values().stream()
                    .noneMatch(d -> d.holiday() && names(d.name(), f))).toList();
            if (!missing.isEmpty()) {
                problem(problems, "festivals", "缺少法定节日的放假安排：" + String.join("、", missing)
                        + "（放假日的名称应以节日名开头，如“春节”）");
            }
            if (year >= MIN_YEAR && year <= MAX_YEAR) {
                String run = longestRunOff(year, days);
                if (run != null) {
                    problem(problems, "daysOff", run);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw refusal(year, problems);
        }
        return new Year(year, CalendarYearDTO.UPLOADED, Collections.unmodifiableMap(days), null, null);
    }

    /** Whether a holiday's name names the festival: one of its parts ("中秋节、国庆节") starts with it, or with its short form (清明). */
    static boolean names(String name, String festival) {
        String shortForm = festival.length() == 3 && festival.endsWith("节") ? festival.substring(0, 2) : festival;
        for (String part : name.split("[、，,/；;\\s]+")) {
            if (part.startsWith(festival) || part.startsWith(shortForm)) {
                return true;
            }
        }
        return false;
    }

    /** The problem with the year's longest run of days off (weekends included), or null when it is at most {@link #MAX_DAYS_OFF}. */
    private static String longestRunOff(int year, Map<LocalDate, Day> days) {
        LocalDate start = null;
        int run = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            Day listed = days.get(d);
            boolean off = listed != null ? listed.holiday()
                    : d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (off) {
                if (run == 0) {
                    start = d;
                }
                run++;
                if (run == MAX_DAYS_OFF + 1) {
                    LocalDate end = d;
                    while (end.plusDays(1).getYear() == year && isOff(end.plusDays(1), days)) {
                        end = end.plusDays(1);
                    }
                    return "连续休息 " + (ChronoUnit.DAYS.between(start, end) + 1) + " 天（" + start + " 至 " + end
                            + "），超过 " + MAX_DAYS_OFF + " 天的上限";
                }
            } else {
                run = 0;
            }
        }
        return null;
    }

    private static boolean isOff(LocalDate d, Map<LocalDate, Day> days) {
        Day listed = days.get(d);
        return listed != null ? listed.holiday()
                : d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void problem(Map<String, String> problems, String key, String message) {
        problems.merge(key, message, (a, b) -> a + "；" + b.substring(b.indexOf('：') + 1));
    }

    private static LuoshiException refusal(int year, Map<String, String> problems) {
        List<String> listed = new ArrayList<>(problems.values());
        String detail = String.join("；", listed.size() > MAX_PROBLEMS ? listed.subList(0, MAX_PROBLEMS) : listed);
        if (listed.size() > MAX_PROBLEMS) {
            detail += "；……另有 " + (listed.size() - MAX_PROBLEMS) + " 处问题";
        }
        Map<String, String> fields = new LinkedHashMap<>();
        problems.entrySet().stream().limit(MAX_PROBLEMS).forEach(e -> fields.put(e.getKey(), e.getValue()));
        return new LuoshiException(LuoshiException.Kind.INVALID, year + "年法定节假日安排未载入，共 " + problems.size()
                + " 处问题：" + detail, fields);
    }

    private static String weekday(LocalDate d) {
        return "星期" + "一二三四五六日".charAt(d.getDayOfWeek().getValue() - 1);
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    /** What is wrong with the first character a name may not hold (control characters, bidirectional controls), or null. */
    private static String badCharacter(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "不成对的代理字符";
            }
            if (Character.getType(c) == Character.CONTROL) {
                return String.format("控制字符 U+%04X", (int) c);
            }
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return String.format("双向文本控制符 U+%04X", (int) c);
            }
        }
        return null;
    }
}
