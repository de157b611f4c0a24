package org.luoshi.demo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.luoshi.api.Actor;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.jurisdiction.Jurisdiction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode only (PID {@code org.luoshi.demo} with {@code enabled = true}, written by {@code bin/luoshi-demo}): when a
 * jurisdiction appears that has no hazards yet, records a few sample hazards under it, through the hazard service so
 * they are validated and audited like any other. Dates are relative to today.
 */
@Component(configurationPid = "org.luoshi.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoData.Config.class)
public class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final Actor DEMO = new Actor("demo", List.of("shanxi"), Set.of());

    /** Configuration, PID {@code org.luoshi.demo}. */
    @ObjectClassDefinition(name = "Luoshi demo data")
    public @interface Config {
        boolean enabled() default false;
    }

    private final HazardService hazards;
    private final boolean enabled;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "luoshi-demo-data"));

    @Activate
    public DemoData(@Reference HazardService hazards, Config config) {
        this.hazards = hazards;
        this.enabled = config.enabled();
        LOG.info("Demo mode {}", enabled ? "ON: sample hazards are added to empty jurisdictions" : "off");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addJurisdiction(Jurisdiction j) {
        String id = j.descriptor().id;
        worker.execute(() -> seed(id));
    }

    void removeJurisdiction(Jurisdiction j) {
        // records stay; nothing to do
    }

    private void seed(String jurisdiction) {
        if (!enabled) {
            return;
        }
        try {
            HazardQuery existing = new HazardQuery();
            existing.jurisdiction = jurisdiction;
            existing.limit = 1;
            if (hazards.list(DEMO, existing).total > 0) {
                return;
            }
            List<HazardDTO> rows = read(jurisdiction);
            for (HazardDTO h : rows) {
                hazards.create(DEMO, h);
            }
            if (!rows.isEmpty()) {
                LOG.info("Demo data: {} sample hazards added to {}", rows.size(), jurisdiction);
            }
        } catch (RuntimeException | IOException e) {
            LOG.warn("Demo data for {} not added: {}", jurisdiction, e.getMessage());
        }
    }

    private static List<HazardDTO> read(String jurisdiction) throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<HazardDTO> out = new ArrayList<>();
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/hazards.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (c.length < 13 || !c[0].equals(jurisdiction)) {
                    continue;
                }
                HazardDTO h = new HazardDTO();
                h.jurisdiction = c[0];
                h.unit = c[1];
                h.source = HazardSource.valueOf(c[2]);
                h.inspectionUnit = c[3];
                h.inspector = c[4];
                h.inspectionDate = today.plusDays(Long.parseLong(c[5])).toString();
                h.inspectionMethod = c[6];
                h.description = c[7];
                h.major = Boolean.parseBoolean(c[8]);
                h.measures = c[9];
                h.rectificationUnit = c[10];
                h.rectificationResponsible = c[11];
                h.deadline = today.plusDays(Long.parseLong(c[12])).toString();
                out.add(h);
            }
        }
        return out;
    }

    @Deactivate
    void deactivate() {
        worker.shutdownNow();
    }
}
