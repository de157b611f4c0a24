package org.luoshi.ui.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.luoshi.api.export.ExportHeaderDTO;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.task.TaskDTO;

/** A stand-in export: remembers what it was asked for and answers a small fake "workbook" naming the form and row count. */
public final class InMemoryExports implements ExportService {
    /** One call: the form (附件1/2/3), the header and the rows. */
    public record Call(String form, ExportHeaderDTO header, List<?> rows) {
    }

    public final List<Call> calls = new ArrayList<>();

    @Override
    public synchronized byte[] taskList(ExportHeaderDTO header, List<TaskDTO> tasks) {
        return answer("附件1", header, tasks);
    }

    @Override
    public synchronized byte[] hazardList(ExportHeaderDTO header, List<HazardDTO> hazards) {
        return answer("附件2", header, hazards);
    }

    @Override
    public synchronized byte[] listingList(ExportHeaderDTO header, List<ListingDTO> listings) {
        return answer("附件3", header, listings);
    }

    @Override
    public void taskList(ExportHeaderDTO header, java.util.Iterator<TaskDTO> tasks, java.io.OutputStream out) {
        stream("附件1", header, tasks, out);
    }

    @Override
    public void hazardList(ExportHeaderDTO header, java.util.Iterator<HazardDTO> hazards, java.io.OutputStream out) {
        stream("附件2", header, hazards, out);
    }

    @Override
    public void listingList(ExportHeaderDTO header, java.util.Iterator<ListingDTO> listings, java.io.OutputStream out) {
        stream("附件3", header, listings, out);
    }

    /** As the real one: reads every row the iterator gives (not under the session lock), then writes. */
    private void stream(String form, ExportHeaderDTO header, java.util.Iterator<?> rows, java.io.OutputStream out) {
        List<Object> all = new ArrayList<>();
        rows.forEachRemaining(all::add);
        byte[] bytes;
        synchronized (this) {
            bytes = answer(form, header, all);
        }
        try {
            out.write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public synchronized byte[] reportStatus(ExportHeaderDTO header, org.luoshi.api.dispatch.PeriodStatusDTO status) {
        return answer("报送情况", header, status.missing);
    }

    @Override
    public synchronized byte[] formReport(ExportHeaderDTO header, org.luoshi.api.form.FormDTO form,
            org.luoshi.api.form.FormReportDTO report) {
        return answer("调度表", header, report.values);
    }

    @Override
    public synchronized byte[] letter(org.luoshi.api.letter.LetterDTO letter, String issuerName, String recipientName) {
        ExportHeaderDTO header = new ExportHeaderDTO();
        header.fillingUnit = issuerName;
        calls.add(new Call("函件", header, java.util.Arrays.asList(letter.id, issuerName, recipientName)));
        return ("fake-docx " + letter.title + " " + issuerName + " → " + recipientName).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public synchronized byte[] table(String title, List<String> headers, List<List<String>> rows) {
        return answer(title, new ExportHeaderDTO(), rows);
    }

    @Override
    public synchronized byte[] bulletin(org.luoshi.api.export.BulletinDTO bulletin) {
        return answer(bulletin.name, new ExportHeaderDTO(), bulletin.tables);
    }

    @Override
    public synchronized byte[] listingNotice(org.luoshi.api.listing.ListingDTO listing, java.util.Map<String, String> names) {
        return answer("重大事故隐患挂牌督办通知书", new ExportHeaderDTO(), List.of(listing));
    }

    /** Reads the test's own "rows" format: lines of tab-separated cells (the in-memory UI tests upload text). */
    @Override
    public List<List<String>> readRows(byte[] xlsx, int maxRows) {
        List<List<String>> out = new java.util.ArrayList<>();
        for (String line : new String(xlsx, StandardCharsets.UTF_8).split("\n", -1)) {
            out.add(line.isEmpty() ? List.of() : List.of(line.split("\t", -1)));
        }
        return out;
    }

    private byte[] answer(String form, ExportHeaderDTO header, List<?> rows) {
        calls.add(new Call(form, header, List.copyOf(rows)));
        return ("fake-xlsx " + form + " rows=" + rows.size()).getBytes(StandardCharsets.UTF_8);
    }
}
