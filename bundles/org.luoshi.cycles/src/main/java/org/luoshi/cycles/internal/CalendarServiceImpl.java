package org.luoshi.cycles.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.luoshi.api.cycle.CalendarService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * China's statutory calendar from the bundle's {@code calendar/cn-holidays.tsv} (date, HOLIDAY|WORKDAY, Chinese name),
 * read once at activation.
 */
@Component(service = CalendarService.class)
public class CalendarServiceImpl implements CalendarService {
    static final String RESOURCE = "/calendar/cn-holidays.tsv";
    private static final Logger LOG = LoggerFactory.getLogger(CalendarServiceImpl.class);
    /** Longest run of consecutive days off to expect (Spring Festival: 9 days); a guard against a broken data file. */
    private static final int MAX_DAYS_OFF = 40;

    private final Map<LocalDate, String> holidays;
    private final Map<LocalDate, String> workdays;
    private final int firstYear;
    private final int lastYear;

    @Activate
    public CalendarServiceImpl() {
        try (InputStream in = CalendarServiceImpl.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Map<LocalDate, String> h = new HashMap<>();
            Map<LocalDate, String> w = new HashMap<>();
            LocalDate min = null;
            LocalDate max = null;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
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
                String name = cols[2].strip();
                Map<LocalDate, String> target;
                if ("HOLIDAY".equals(kind)) {
                    target = h;
                } else if ("WORKDAY".equals(kind)) {
                    target = w;
                } else {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": kind must be HOLIDAY or WORKDAY: " + kind);
                }
                if (h.containsKey(day) || w.containsKey(day)) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": " + day + " listed twice");
                }
                target.put(day, name);
                min = min == null || day.isBefore(min) ? day : min;
                max = max == null || day.isAfter(max) ? day : max;
            }
            if (min == null) {
                throw new IllegalStateException(RESOURCE + " has no days");
            }
            this.holidays = Collections.unmodifiableMap(h);
            this.workdays = Collections.unmodifiableMap(w);
            this.firstYear = min.getYear();
            this.lastYear = max.getYear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("Statutory calendar {}–{}: {} holidays, {} make-up working days", firstYear, lastYear, holidays.size(),
                workdays.size());
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        if (workdays.containsKey(day)) {
            return true;
        }
        if (holidays.containsKey(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day;
        for (int i = 0; i <= MAX_DAYS_OFF; i++) {
            if (isWorkingDay(d)) {
                return d;
            }
            d = d.plusDays(1);
        }
        throw new IllegalStateException("no working day within " + MAX_DAYS_OFF + " days after " + day);
    }

    @Override
    public String holidayName(LocalDate day) {
        String name = holidays.get(day);
        return name != null ? name : workdays.get(day);
    }

    @Override
    public int firstYear() {
        return firstYear;
    }

    @Override
    public int lastYear() {
        return lastYear;
    }
}
