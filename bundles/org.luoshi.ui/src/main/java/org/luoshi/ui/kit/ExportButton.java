package org.luoshi.ui.kit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.export.ExportHeaderDTO;
import org.luoshi.api.export.ExportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinSession;

/**
 * The 导出Excel button of a list: a link to the list's rows under the current filter as a workbook in the layout of its
 * reference form (附件1, 2 or 3), made by the optional {@link ExportService} when the link is followed. Without the
 * service the button is disabled and says why (导出服务未安装). The same button downloads other documents, e.g. a filled
 * 调度表 or a letter (下载, {@code .docx}).
 * <p>
 * A list's export ({@link #streaming}) carries every row: the filters are read under the session lock when the
 * download starts, then the rows are read page by page and the workbook written without holding the lock, so the page
 * stays usable however long the list. {@link #count(long)} shows how many rows it will carry before it is clicked.
 */
public final class ExportButton extends Anchor {
    public static final String NOT_INSTALLED = "导出服务未安装";
    /** At most this many rows go into a workbook made in memory ({@link #rows}); a streamed list has no such cap. */
    public static final int MAX_ROWS = 1000;
    /** Rows read per service call (the services cap a page at 200). */
    public static final int BATCH = 200;
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ExportButton.class);

    private final Button button = new Button("导出Excel", new Icon(VaadinIcon.DOWNLOAD_ALT));
    private final String baseName;
    private final SerializableBiFunction<ExportService, ExportHeaderDTO, byte[]> render;
    private final SerializableSupplier<ListExport> plan;
    private final String label;
    private final SerializableSupplier<String> fillingUnit;
    private final String extension;
    private final String contentType;
    private Services services;
    private Actor actor;

    /**
     * @param id the button's id
     * @param baseName the file name before the date, e.g. 重点工作任务清单
     * @param fillingUnit the 填报单位 printed above the table (the name of the unit the list is for)
     * @param render renders the current rows with the given service and header
     */
    public ExportButton(String id, String baseName, SerializableSupplier<String> fillingUnit,
            SerializableBiFunction<ExportService, ExportHeaderDTO, byte[]> render) {
        this(id, "导出Excel", "xlsx", ExportService.XLSX, baseName, fillingUnit, render);
    }

    /**
     * A download of another kind of document, e.g. a letter as {@code .docx}.
     *
     * @param label the button's text, e.g. 下载
     * @param extension the file name's extension without the dot
     * @param contentType the document's media type
     */
    public ExportButton(String id, String label, String extension, String contentType, String baseName,
            SerializableSupplier<String> fillingUnit, SerializableBiFunction<ExportService, ExportHeaderDTO, byte[]> render) {
        this(id, label, extension, contentType, baseName, fillingUnit, render, null);
    }

    private ExportButton(String id, String label, String extension, String contentType, String baseName,
            SerializableSupplier<String> fillingUnit, SerializableBiFunction<ExportService, ExportHeaderDTO, byte[]> render,
            SerializableSupplier<ListExport> plan) {
        this.baseName = baseName;
        this.fillingUnit = fillingUnit;
        this.render = render;
        this.plan = plan;
        this.label = label;
        this.extension = extension;
        this.contentType = contentType;
        button.setText(label);
        button.setId(id);
        setId(id + "-link");
        getElement().setAttribute("download", true);
        getElement().setAttribute("router-ignore", true);
        add(button);
        update(null, null);
    }

    /**
     * A list's rows as the filters stand when the download starts: {@code plan} is called under the session lock and
     * answers what to write (reading the filters and the services then); its {@code write} runs without the lock.
     */
    @FunctionalInterface
    public interface ListExport {
        /** Writes the workbook of every row to {@code out} (e.g. {@code service.hazardList(header, Rows.paged(…), out)}). */
        void write(ExportService service, ExportHeaderDTO header, OutputStream out);
    }

    /** The 导出Excel button of a list carrying every row of it, streamed ({@link ListExport}). */
    public static ExportButton streaming(String id, String baseName, SerializableSupplier<String> fillingUnit,
            SerializableSupplier<ListExport> plan) {
        return new ExportButton(id, "导出Excel", "xlsx", ExportService.XLSX, baseName, fillingUnit, null, plan);
    }

    /**
     * Shows on the button how many rows the export will carry (the list's total under its filters); a list too long for
     * one sheet ({@link ExportService#MAX_ROWS}) disables it with the advice to narrow the filters.
     */
    public void count(long total) {
        button.setText(label + "（" + String.format("%,d", total) + " 条）");
        if (total > ExportService.MAX_ROWS) {
            button.setEnabled(false);
            button.setTooltipText("超过单个工作表 " + String.format("%,d", ExportService.MAX_ROWS) + " 条的上限，请缩小筛选范围");
        } else if (services != null && services.has(ExportService.class)) {
            button.setEnabled(true);
            button.setTooltipText(null);
        }
    }

    /** Enables or disables the button by whether an export service is installed right now. */
    public void update(Services services, Actor actor) {
        this.services = services;
        this.actor = actor;
        boolean available = services != null && services.has(ExportService.class);
        if (available) {
            setEnabled(true);
            button.setEnabled(true);
            button.setTooltipText(null);
            getElement().removeAttribute("title");
            String name = baseName + "-" + Labels.today() + "." + extension;
            StreamResource file = plan != null ? new StreamResource(name, this::stream) : new StreamResource(name, this::open);
            file.setContentType(contentType);
            file.setCacheTime(0);
            setHref(file);
        } else {
            // a disabled anchor drops its href: nothing to follow
            setEnabled(false);
            button.setEnabled(false);
            button.setTooltipText(NOT_INSTALLED);
            getElement().setAttribute("title", NOT_INSTALLED);
        }
    }

    /**
     * Streams a list when the link is followed: the plan and the header are taken under the session lock (Vaadin calls a
     * writer without it), the rows are read and written after it is released.
     */
    private void stream(OutputStream out, VaadinSession session) throws IOException {
        ExportService export;
        ExportHeaderDTO header;
        ListExport list;
        session.lock();
        try {
            export = services == null ? null : services.find(ExportService.class).orElse(null);
            if (export == null) {
                later(NOT_INSTALLED);
                throw new IOException(NOT_INSTALLED);
            }
            header = header();
            list = plan.get();
        } catch (LuoshiException e) {
            later(e.getMessage());
            throw new IOException(e.getMessage(), e);
        } finally {
            session.unlock();
        }
        try {
            list.write(export, header, out);
            LOG.debug("Exported {}", baseName);
        } catch (LuoshiException e) {
            later(e.getMessage());
            throw new IOException(e.getMessage(), e);
        } catch (RuntimeException e) {
            LOG.error("Export of {} failed", baseName, e);
            later(Feedback.SYSTEM_ERROR);
            throw e;
        }
    }

    private ExportHeaderDTO header() {
        ExportHeaderDTO header = new ExportHeaderDTO();
        header.fillingUnit = fillingUnit.get();
        header.date = Labels.today().toString();
        header.filler = actor == null ? null : People.name(actor.name());
        return header;
    }

    /** Makes the workbook when the link is followed (Vaadin holds the session lock: the filters can be read). */
    private InputStream open() {
        ExportService export = services == null ? null : services.find(ExportService.class).orElse(null);
        if (export == null) {
            later(NOT_INSTALLED);
            throw new IllegalStateException(NOT_INSTALLED);
        }
        try {
            ExportHeaderDTO header = header();
            byte[] workbook = render.apply(export, header);
            LOG.debug("Exported {} ({} bytes)", baseName, workbook.length);
            return new ByteArrayInputStream(workbook);
        } catch (LuoshiException e) {
            later(e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            LOG.error("Export of {} failed", baseName, e);
            later(Feedback.SYSTEM_ERROR);
            throw e;
        }
    }

    /** Shows a message on the page with its next round trip (a download is not one). */
    private void later(String message) {
        getUI().ifPresent(ui -> ui.access(() -> Feedback.error("导出失败：" + message)));
    }

    /** Reads up to {@link #MAX_ROWS} rows, {@link #BATCH} at a time, from a paged list (offset, limit → page). */
    public static <T> List<T> rows(BiFunction<Integer, Integer, List<T>> page) {
        List<T> rows = new ArrayList<>();
        while (rows.size() < MAX_ROWS) {
            int limit = Math.min(BATCH, MAX_ROWS - rows.size());
            List<T> batch = page.apply(rows.size(), limit);
            if (batch == null || batch.isEmpty()) {
                break;
            }
            rows.addAll(batch);
            if (batch.size() < limit) {
                break;
            }
        }
        return rows;
    }
}
