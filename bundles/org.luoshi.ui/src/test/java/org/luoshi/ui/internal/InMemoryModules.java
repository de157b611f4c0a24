package org.luoshi.ui.internal;

import java.util.List;

import org.luoshi.ui.internal.modules.dispatch.DispatchViews;
import org.luoshi.ui.internal.modules.inspections.InspectionViews;
import org.luoshi.ui.internal.modules.letters.LetterViews;
import org.luoshi.ui.internal.modules.listing.ListingViews;
import org.luoshi.ui.internal.modules.lists.ListsViews;
import org.luoshi.ui.internal.modules.publicity.PublicityViews;
import org.luoshi.ui.internal.modules.tipoffs.TipOffViews;
import org.luoshi.ui.internal.modules.transfers.TransferViews;
import org.luoshi.ui.kit.ViewContribution;

/** The view contributions of every module, as DS would bind them in OSGi (one DS component per module). */
final class InMemoryModules {
    private InMemoryModules() {
    }

    static List<ViewContribution> contributions() {
        return List.of(new ListsViews(), new ListingViews(), new DispatchViews(), new LetterViews(),
                new InspectionViews(), new TipOffViews(), new PublicityViews(), new TransferViews());
    }
}
