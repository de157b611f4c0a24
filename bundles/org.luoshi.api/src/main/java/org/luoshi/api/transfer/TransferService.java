package org.luoshi.api.transfer;

import java.util.List;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Mechanism 8. A second transfer of the same case (a source record already transferred) is refused. */
@ProviderType
public interface TransferService {
    /** Sends a transfer; its sources must exist and be visible to the sender; the receiver must be of the same level. */
    TransferDTO send(Actor actor, TransferDTO transfer);

    /** The receiving public security records acceptance (受理: who, when). */
    TransferDTO accept(Actor actor, long id);

    /** The receiving side records the outcome (FILED, NOT_FILED, RETURNED) with a note. */
    TransferDTO conclude(Actor actor, long id, String outcome, String note);

    /** Information shared with the procuratorate or a court (either side records it). */
    TransferDTO share(Actor actor, long id, ShareDTO share);

    TransferDTO get(Actor actor, long id);

    List<TransferDTO> list(Actor actor, String jurisdiction, int offset, int limit);

    /** How many transfers {@link #list} would answer over all its pages. */
    default long count(Actor actor, String jurisdiction) {
        return org.luoshi.api.PageDTO.countPages((offset, limit) -> list(actor, jurisdiction, offset, limit));
    }

    /** Transfers that cite the record as a source (for the lineage of a record). */
    List<TransferDTO> bySource(Actor actor, String type, long id);
}
