package org.luoshi.api.form;

import java.util.List;
import org.luoshi.api.Actor;
import org.luoshi.api.file.FileDTO;
import org.osgi.annotation.versioning.ProviderType;

/** Fills and collects the report forms of a jurisdiction's cycles (mechanism 3, written dispatch). */
@ProviderType
public interface FormService {
    /**
     * The owner type under which {@link #attach} stores an attachment with the file service (owner id 0: the file
     * belongs to its unit's reports of the cycle, not to one report).
     */
    String ATTACHMENT = "formattachment";

    /** The form of a cycle; not found if the cycle has none. */
    FormDTO form(Actor actor, String jurisdiction, String cycleId);

    /**
     * The table as it stands: the submitted one, or an open one with the figures computed now and any typed values
     * empty. Only the reporter's side and the levels above it may see it.
     */
    FormReportDTO prepare(Actor actor, String jurisdiction, String cycleId, int periodIndex, String unit, String table);

    /**
     * Submits a table (jurisdiction, cycleId, periodIndex, unit, table and the typed values from {@code in}): typed
     * values are checked by type, computed ones are recomputed and frozen, never taken from the caller. A second
     * submission of the same table and period is refused. When the unit has sent every table, the period counts as
     * reported for it.
     */
    FormReportDTO submit(Actor actor, FormReportDTO in);

    /**
     * Keeps the typed values of an open table as a draft (暂存) of its unit, as typed (each at most 2,000 characters;
     * unknown keys and computed items refused), so that anyone of the unit goes on later: {@link #prepare} shows them
     * with {@code draftSavedBy}/{@code draftSavedAt}. Submitting the table ends its draft. Only the reporting side.
     */
    FormReportDTO saveDraft(Actor actor, FormReportDTO in);

    /**
     * Corrects a submitted table (更正): the typed values given replace the old ones (those not given stay), checked as
     * on submission; the old ones are kept in the table's {@code corrections} with the reason (required) and who
     * corrected when; the computed figures stay as they were frozen. Only the reporting side; a correction that changes
     * nothing is refused.
     */
    FormReportDTO correct(Actor actor, long id, FormReportDTO in, String reason);

    /**
     * Uploads an attachment for a {@link FormFieldDTO#FILE} field of the cycle's form, for {@code unit} (one of the
     * cycle's reporters the caller may report for, as on submission), stored with the file service as the unit's file,
     * readable also by the cycle's receiving office; answers the stored file, whose id is the field's value in
     * {@link #submit} and {@link #saveDraft}. The file service checks size and type (by content) and audits the upload;
     * while it is not running the upload is refused as unavailable. A submitted or drafted FILE value must name such a
     * file of the reporting unit.
     */
    FileDTO attach(Actor actor, String jurisdiction, String cycleId, String unit, String fieldKey, String fileName,
            byte[] content);

    /** Submitted tables of a period the caller may see, by unit and table. */
    List<FormReportDTO> reports(Actor actor, String jurisdiction, String cycleId, int periodIndex);

    FormReportDTO get(Actor actor, long id);
}
