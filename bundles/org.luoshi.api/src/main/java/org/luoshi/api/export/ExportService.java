package org.luoshi.api.export;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

import org.luoshi.api.dispatch.PeriodStatusDTO;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.task.TaskDTO;
import org.osgi.annotation.versioning.ProviderType;

/** Renders lists as {@code .xlsx} workbooks in the layout of the reference forms of seed 000. */
@ProviderType
public interface ExportService {
    String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * The most rows one list workbook holds (a sheet has 1,048,576 rows; the title, header and footer lines take a few):
     * a longer list is refused before anything is written, with the advice to narrow the filters.
     */
    int MAX_ROWS = 1_048_000;

    /**
     * 附件1 written to {@code out} row by row as the iterator gives them: any number of rows up to {@link #MAX_ROWS},
     * never all in memory (the workbook is streamed). The other list methods alike.
     */
    void taskList(ExportHeaderDTO header, Iterator<TaskDTO> tasks, OutputStream out);

    /** 附件2, streamed (see {@link #taskList(ExportHeaderDTO, Iterator, OutputStream)}). */
    void hazardList(ExportHeaderDTO header, Iterator<HazardDTO> hazards, OutputStream out);

    /** 附件3, streamed (see {@link #taskList(ExportHeaderDTO, Iterator, OutputStream)}). */
    void listingList(ExportHeaderDTO header, Iterator<ListingDTO> listings, OutputStream out);

    /** 附件1 重点工作任务清单 */
    byte[] taskList(ExportHeaderDTO header, List<TaskDTO> tasks);

    /** 附件2 问题隐患整改清单 */
    byte[] hazardList(ExportHeaderDTO header, List<HazardDTO> hazards);

    /** 附件3 重大事故隐患挂牌督办清单 */
    byte[] listingList(ExportHeaderDTO header, List<ListingDTO> listings);

    /** A period's reporting status (报送情况): units not yet reported first, then the reports in with time and late marks. */
    byte[] reportStatus(ExportHeaderDTO header, PeriodStatusDTO status);

    /** A filled report form (e.g. the 调度表) in its printed layout: blocks, numbered items, values, 填报说明. */
    byte[] formReport(ExportHeaderDTO header, org.luoshi.api.form.FormDTO form, org.luoshi.api.form.FormReportDTO report);

    /**
     * A letter as an official document (.docx): issuer, title, 文号, recipient, body, the situation, the required
     * response and its deadline, issuer and date. Unit ids are resolved to names by the caller.
     */
    byte[] letter(org.luoshi.api.letter.LetterDTO letter, String issuerName, String recipientName);

    /**
     * A plain table as a workbook: a title line, the headers (bold), the rows as text (for registers, samples and
     * coverage reports that have no reference form).
     */
    byte[] table(String title, List<String> headers, List<List<String>> rows);

    /**
     * The first sheet of an uploaded .xlsx as text, row by row (cells as shown: numbers without ".0", dates
     * yyyy-MM-dd; empty rows kept as empty lists so that row numbers match the sheet's), at most {@code maxRows}.
     * INVALID for a file that is not a workbook, or is larger, deeper or longer than a register needs.
     */
    List<List<String>> readRows(byte[] xlsx, int maxRows);

    /** A bulletin (简报) as .docx in the official layout: masthead, issue, issuer and date, title, text, tables. */
    byte[] bulletin(BulletinDTO bulletin);

    /**
     * A listing notice (重大事故隐患挂牌督办通知书) as .docx with the content items of seed 000 二; unit ids resolved
     * through {@code unitNames} (ids missing from it are printed as they are).
     */
    byte[] listingNotice(org.luoshi.api.listing.ListingDTO listing, java.util.Map<String, String> unitNames);
}
