package org.luoshi.export.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.luoshi.api.dispatch.PeriodStatusDTO;
import org.luoshi.api.dispatch.SubmissionDTO;
import org.luoshi.api.export.ExportHeaderDTO;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.TrackingDTO;
import org.luoshi.api.task.DeadlineDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskEntryDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lists as {@code .xlsx} workbooks in the layouts of the reference forms 附件1-3 of seed 000.
 *
 * <p>Values are written as text, as given: dates are cut to {@code yyyy-MM-dd}, booleans become 是/否, a unit and its
 * responsible person share a cell on two lines ("unit\nperson"), dated entries are one line each
 * ("yyyy-MM-dd person：text"). POI is embedded in this bundle; every call runs with the thread context class loader set
 * to this bundle's, which XMLBeans and log4j-api consult.
 */
@Component(service = ExportService.class)
public class ExportServiceImpl implements ExportService {

    private static final Logger LOG = LoggerFactory.getLogger(ExportServiceImpl.class);

    /** Tracking methods of the supervision process (督办过程). */
    static final Map<String, String> METHODS = Map.of("ON_SITE", "现场检查", "VIDEO", "视频调度", "PHONE", "电话询问");

    @Activate
    void activate() {
        LOG.debug("ExportService ready: 附件1 {}, 附件2 {}, 附件3 {}", Form.TASKS.title(), Form.HAZARDS.title(),
                Form.LISTINGS.title());
    }

    @Override
    public byte[] taskList(ExportHeaderDTO header, List<TaskDTO> tasks) {
        return render(Form.TASKS, header, rows(nn(tasks), ExportServiceImpl::row));
    }

    @Override
    public void taskList(ExportHeaderDTO header, Iterator<TaskDTO> tasks, OutputStream out) {
        stream(Form.TASKS, header, tasks, ExportServiceImpl::row, out);
    }

    @Override
    public byte[] hazardList(ExportHeaderDTO header, List<HazardDTO> hazards) {
        return render(Form.HAZARDS, header, rows(nn(hazards), ExportServiceImpl::row));
    }

    @Override
    public void hazardList(ExportHeaderDTO header, Iterator<HazardDTO> hazards, OutputStream out) {
        stream(Form.HAZARDS, header, hazards, ExportServiceImpl::row, out);
    }

    @Override
    public byte[] listingList(ExportHeaderDTO header, List<ListingDTO> listings) {
        return render(Form.LISTINGS, header, rows(nn(listings), ExportServiceImpl::row));
    }

    @Override
    public void listingList(ExportHeaderDTO header, Iterator<ListingDTO> listings, OutputStream out) {
        stream(Form.LISTINGS, header, listings, ExportServiceImpl::row, out);
    }

    /** 附件1: one task's columns after 序号. */
    static String[] row(TaskDTO t) {
        return new String[] {
            t.mainTaskText != null ? t.mainTaskText : t.mainTask,
            t.measure,
            unitAndPerson(t.responsibleUnits, t.responsiblePersons),
            deadline(t.deadline),
            entries(t.progress),
            entries(t.supervision),
            date(t.completedOn) };
    }

    /** 附件2: one hazard's columns after 序号. */
    static String[] row(HazardDTO h) {
        return new String[] {
            unitAndPerson(h.inspectionUnit, h.inspector),
            date(h.inspectionDate),
            h.inspectionMethod,
            h.description,
            yesNo(h.major),
            yesNo(h.listed),
            h.measures,
            unitAndPerson(h.rectificationUnit, h.rectificationResponsible),
            date(h.deadline),
            h.progress,
            date(h.completedOn),
            h.recurrencePrevention,
            h.review,
            unitAndPerson(h.reviewUnit, h.reviewer) };
    }

    /** 附件3: one listing's columns after 序号. */
    static String[] row(ListingDTO l) {
        return new String[] {
            l.hazardDescription,
            unitAndPerson(l.rectificationUnit, l.rectificationResponsible),
            l.measures,
            date(l.deadline),
            l.progress,
            date(l.completedOn),
            unitAndPerson(l.listingUnit, l.listingResponsible),
            date(l.listedOn),
            tracking(l.tracking),
            unitAndPerson(l.reviewUnit, l.reviewer),
            l.review,
            date(l.delistedOn) };
    }

    private static <T> List<String[]> rows(List<T> items, Function<T, String[]> row) {
        List<String[]> rows = new ArrayList<>();
        for (T item : items) {
            if (item != null) {
                rows.add(row.apply(item));
            }
        }
        return rows;
    }

    /** Streams a list: each item becomes its row as the workbook is written (null items are skipped). */
    private static <T> void stream(Form form, ExportHeaderDTO header, Iterator<T> items, Function<T, String[]> row,
            OutputStream out) {
        Iterator<T> source = items == null ? java.util.Collections.emptyIterator() : items;
        Iterator<String[]> rows = new Iterator<>() {
            private T next;

            @Override
            public boolean hasNext() {
                while (next == null && source.hasNext()) {
                    next = source.next();
                }
                return next != null;
            }

            @Override
            public String[] next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                T item = next;
                next = null;
                return row.apply(item);
            }
        };
        withBundleLoader(() -> {
            FormWriter.write(form, header, rows, out);
            return null;
        });
    }

    @Override
    public byte[] reportStatus(ExportHeaderDTO header, PeriodStatusDTO status) {
        List<String[]> rows = new ArrayList<>();
        for (UnitDTO u : nn(status.missing)) {
            rows.add(new String[] {u.name, status.overdue ? "逾期未报送" : "未报送", null, null, null});
        }
        for (SubmissionDTO s : nn(status.submitted)) {
            rows.add(new String[] {s.unit, s.late ? "逾期报送" : "按时报送", dateTime(s.submittedAt), s.submittedBy, s.note});
        }
        String period = status.period == null ? "" : status.period.label;
        String due = status.period == null ? "" : "，截止 " + dateTime(status.period.due);
        return render(Form.reports(status.cycleName + "报送情况（" + period + due + "）"), header, rows);
    }

    @Override
    public byte[] formReport(ExportHeaderDTO header, org.luoshi.api.form.FormDTO form,
            org.luoshi.api.form.FormReportDTO report) {
        return withBundleLoader(() -> FormReportWriter.write(header, form, report));
    }

    @Override
    public byte[] letter(org.luoshi.api.letter.LetterDTO letter, String issuerName, String recipientName) {
        return withBundleLoader(() -> LetterWriter.write(letter, issuerName, recipientName));
    }

    /** yyyy-MM-dd HH:mm of an ISO instant with offset; other text unchanged. */
    static String dateTime(String iso) {
        if (iso == null || iso.length() < 16 || iso.charAt(10) != 'T') {
            return iso;
        }
        return iso.substring(0, 10) + " " + iso.substring(11, 16);
    }

    @Override
    public byte[] bulletin(org.luoshi.api.export.BulletinDTO bulletin) {
        return withBundleLoader(() -> BulletinWriter.write(bulletin));
    }

    @Override
    public byte[] listingNotice(org.luoshi.api.listing.ListingDTO listing, java.util.Map<String, String> unitNames) {
        return withBundleLoader(() -> NoticeWriter.write(listing, unitNames == null ? java.util.Map.of() : unitNames));
    }

    @Override
    public byte[] table(String title, List<String> headers, List<List<String>> rows) {
        return withBundleLoader(() -> Sheets.table(title, headers, rows));
    }

    @Override
    public List<List<String>> readRows(byte[] xlsx, int maxRows) {
        return withBundleLoader(() -> Sheets.read(xlsx, maxRows));
    }

    private static byte[] render(Form form, ExportHeaderDTO header, List<String[]> rows) {
        byte[] bytes = withBundleLoader(() -> FormWriter.write(form, header, rows));
        LOG.debug("{}: {} rows, {} bytes", form.title(), rows.size(), bytes.length);
        return bytes;
    }

    /** Runs {@code work} with the thread context class loader set to this bundle's (XMLBeans loads types through it). */
    static <T> T withBundleLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ExportServiceImpl.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    // --- cell values ---------------------------------------------------------------------------------------------

    /** "unit\nperson", or whichever of the two is given; null when neither is. */
    static String unitAndPerson(String unit, String person) {
        String u = blankToNull(unit);
        String p = blankToNull(person);
        if (u == null) {
            return p;
        }
        return p == null ? u : u + "\n" + p;
    }

    /** The deadline as printed (e.g. "6月底前", "长期坚持"); its date when no text was kept. */
    static String deadline(DeadlineDTO d) {
        if (d == null) {
            return null;
        }
        String text = blankToNull(d.text);
        return text != null ? text : date(d.date);
    }

    /** 是 / 否; null stays empty. */
    static String yesNo(Boolean b) {
        return b == null ? null : b ? "是" : "否";
    }

    /** yyyy-MM-dd: an ISO date-time is cut to its date; anything else is kept as given. */
    static String date(String s) {
        String v = blankToNull(s);
        if (v != null && v.length() > 10 && v.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
            return v.substring(0, 10);
        }
        return v;
    }

    /** One line per entry: "yyyy-MM-dd person：text"; null for none. */
    static String entries(List<TaskEntryDTO> entries) {
        List<String> lines = new ArrayList<>();
        for (TaskEntryDTO e : nn(entries)) {
            if (e != null) {
                add(lines, line(date(e.date), null, e.person, e.text));
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** 督办过程: one line per tracking entry: "yyyy-MM-dd 现场检查 person：finding"; null for none. */
    static String tracking(List<TrackingDTO> tracking) {
        List<String> lines = new ArrayList<>();
        for (TrackingDTO t : nn(tracking)) {
            if (t != null) {
                String m = blankToNull(t.method);
                add(lines, line(date(t.date), m == null ? null : METHODS.getOrDefault(m.trim(), m), t.person, t.finding));
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static String line(String date, String method, String person, String text) {
        StringBuilder b = new StringBuilder();
        if (date != null) {
            b.append(date);
        }
        if (method != null) {
            b.append(b.length() > 0 ? " " : "").append(method);
        }
        String p = blankToNull(person);
        String t = blankToNull(text);
        if (p != null || t != null) {
            b.append(b.length() > 0 ? " " : "");
            if (p != null) {
                b.append(p).append('：');
            }
            if (t != null) {
                b.append(t);
            }
        }
        return b.toString();
    }

    private static void add(List<String> lines, String line) {
        if (!line.isEmpty()) {
            lines.add(line);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static <T> List<T> nn(List<T> list) {
        return list == null ? List.of() : list;
    }
}
