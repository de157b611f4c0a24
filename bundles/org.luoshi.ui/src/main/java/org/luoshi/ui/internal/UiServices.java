package org.luoshi.ui.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.luoshi.api.dispatch.MeetingService;
import org.luoshi.api.dispatch.ReportingService;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.file.FileService;
import org.luoshi.api.form.FormService;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.inspection.InspectionService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.letter.LetterService;
import org.luoshi.api.listing.ListingService;
import org.luoshi.api.publicity.PublicityService;
import org.luoshi.api.security.Authenticator;
import org.luoshi.api.summary.SummaryService;
import org.luoshi.api.task.TaskService;
import org.luoshi.api.tipoff.TipOffService;
import org.luoshi.api.transfer.TransferService;

import com.vaadin.flow.server.VaadinService;

/**
 * The platform services the views use. {@link UiServer} puts one instance into the servlet context (attribute named
 * after this class); views, which Vaadin instantiates itself, fetch it with {@link #current()}.
 * <p>
 * The export service is optional and may come and go at run time: ask {@link #export()} each time it is needed.
 */
public record UiServices(JurisdictionRegistry jurisdictions, HazardService hazards, Authenticator authenticator,
        TaskService tasks, ListingService listings, SummaryService summary, ReportingService reporting,
        FormService forms, LetterService letters, MeetingService meetings, InspectionService inspections,
        TipOffService tipOffs, PublicityService publicity, TransferService transfers, FileService files,
        Supplier<ExportService> exportService) {

    public UiServices {
        Objects.requireNonNull(jurisdictions);
        Objects.requireNonNull(hazards);
        Objects.requireNonNull(authenticator);
        Objects.requireNonNull(tasks);
        Objects.requireNonNull(listings);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(reporting);
        Objects.requireNonNull(forms);
        Objects.requireNonNull(letters);
        Objects.requireNonNull(meetings);
        Objects.requireNonNull(inspections);
        Objects.requireNonNull(tipOffs);
        Objects.requireNonNull(publicity);
        Objects.requireNonNull(transfers);
        Objects.requireNonNull(files);
        exportService = exportService == null ? () -> null : exportService;
    }

    /** The spreadsheet export, if such a service is installed right now. */
    public Optional<ExportService> export() {
        return Optional.ofNullable(exportService.get());
    }

    /** The services of the Vaadin application handling the current request. */
    public static UiServices current() {
        VaadinService service = VaadinService.getCurrent();
        if (service == null) {
            throw new IllegalStateException("No Vaadin request in progress");
        }
        UiServices services = service.getContext().getAttribute(UiServices.class);
        if (services == null) {
            throw new IllegalStateException("UiServices missing from the servlet context");
        }
        return services;
    }
}
