package org.luoshi.itests.probe;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;
import javax.transaction.TransactionManager;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.Actor;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.listing.ListingRequestDTO;
import org.luoshi.api.listing.ListingService;
import org.luoshi.api.rest.RestSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A test probe, hot-deployed by AuditAtomicityIT only: runs a module's real write inside one JTA transaction, then
 * makes the transaction fail with a constraint violation on the same DataSource (a second head row for the audit
 * chain), and rolls back. Answers what the write had returned, so the test can check that none of it remains.
 */
@Path("/probe/tx")
@Consumes(RestSupport.JSON)
@Produces(RestSupport.JSON)
@Component(service = TransactionProbe.class, property = {RestSupport.RESOURCE, RestSupport.APPLICATION})
public class TransactionProbe {
    private final TransactionManager transactions;
    private final DataSource dataSource;
    private final HazardService hazards;
    private final ListingService listings;

    @Activate
    public TransactionProbe(@Reference TransactionManager transactions,
            @Reference(target = "(osgi.jndi.service.name=luoshi)") DataSource dataSource, @Reference HazardService hazards,
            @Reference ListingService listings) {
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.hazards = hazards;
        this.listings = listings;
    }

    /** Creates the hazard, then fails: answers the id the hazard had been given. */
    @POST
    @Path("hazard")
    public Map<String, Object> hazard(@Context SecurityContext sc, HazardDTO hazard) throws Exception {
        Actor actor = RestSupport.actor(sc);
        return failAfter(() -> hazards.create(actor, hazard).id);
    }

    /** Lists the hazard (which flags it listed in the lists module), then fails: answers the listing's id. */
    @POST
    @Path("listing")
    public Map<String, Object> listing(@Context SecurityContext sc, ListingRequestDTO request) throws Exception {
        Actor actor = RestSupport.actor(sc);
        return failAfter(() -> listings.list(actor, request).id);
    }

    private Map<String, Object> failAfter(java.util.function.Supplier<Long> write) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        transactions.begin();
        try {
            out.put("id", write.get());
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO LS_AUDIT_HEAD (ID, SEQ, HASH) VALUES (1, 0, '"
                        + "0".repeat(64) + "')");
                out.put("failed", false);
            } catch (SQLException e) {
                out.put("failed", true);
                out.put("sqlState", e.getSQLState());
            }
        } finally {
            transactions.rollback();
        }
        out.put("rolledBack", true);
        return out;
    }
}
