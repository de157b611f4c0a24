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
import org.luoshi.api.LuoshiException;
import org.luoshi.api.accident.AccidentDTO;
import org.luoshi.api.accident.AccidentQuery;
import org.luoshi.api.accident.AccidentService;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.jurisdiction.Jurisdiction;
import org.luoshi.api.people.PeopleService;
import org.luoshi.api.people.PersonDTO;
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
 * they are validated and audited like any other. Dates are relative to today. When the people module is there, the
 * demo users get their profiles (invented names, role titles; {@code demo/people.tsv}) unless they have one already.
 */
@Component(configurationPid = "org.luoshi.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoData.Config.class)
public class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final Actor DEMO = new Actor("demo", List.of("shanxi"), Set.of());
    /** Keeps the demo profiles as an administrator would. */
    private static final Actor DEMO_ADMIN = new Actor("demo", List.of("shanxi"), Set.of(Actor.ROLE_ADMIN));

    /** Configuration, PID {@code org.luoshi.demo}. */
    @ObjectClassDefinition(name = "Luoshi demo data")
    public @interface Config {
        boolean enabled() default false;
    }

    private final HazardService hazards;
    private final boolean enabled;
    /** The people module, when present (a profile whose unit's plugin has not arrived yet is added when it comes). */
    private volatile PeopleService people;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "luoshi-demo-data"));
    /** The accidents module, when present: demo accidents that make a region's rule fire. */
    private volatile AccidentService accidents;

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
        worker.execute(() -> {
            seed(id);
            PeopleService p = people;
            if (p != null) {
                profiles(p);
            }
            AccidentService a = accidents;
            if (a != null) {
                accidents(a, id);
            }
        });
    }

    void removeJurisdiction(Jurisdiction j) {
        // records stay; nothing to do
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindPeople(PeopleService people) {
        this.people = people;
        worker.execute(() -> profiles(people));
    }

    void unbindPeople(PeopleService people) {
        if (this.people == people) {
            this.people = null; // profiles stay
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAccidents(AccidentService accidents) {
        this.accidents = accidents;
        worker.execute(() -> {
            for (String j : List.of("lvliang")) {
                accidents(accidents, j);
            }
        });
    }

    void unbindAccidents(AccidentService accidents) {
        if (this.accidents == accidents) {
            this.accidents = null;
        }
    }

    /**
     * demo/accidents.tsv, dated back from today, for a jurisdiction that has no accident yet (columns: jurisdiction,
     * unit, days ago, time, place, sector, deaths, serious injuries, direct loss in 万元, enterprise, facts).
     */
    private void accidents(AccidentService service, String jurisdiction) {
        if (!enabled) {
            return;
        }
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/accidents.tsv")) {
            AccidentQuery q = new AccidentQuery();
            q.jurisdiction = jurisdiction;
            q.limit = 1;
            if (service.list(DEMO, q).total > 0) {
                return;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            String line;
            int added = 0;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (c.length < 11 || !c[0].equals(jurisdiction)) {
                    continue;
                }
                AccidentDTO a = new AccidentDTO();
                a.jurisdiction = c[0];
                a.unit = c[1];
                a.occurredAt = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(Integer.parseInt(c[2])) + "T" + c[3];
                a.place = c[4];
                a.sector = c[5];
                a.deaths = Integer.valueOf(c[6]);
                a.seriousInjuries = Integer.valueOf(c[7]);
                a.directLoss = new java.math.BigDecimal(c[8]);
                a.enterprise = c[9];
                a.facts = c[10];
                service.record(DEMO, a);
                added++;
            }
            if (added > 0) {
                LOG.info("Demo data: {} sample accidents added to {}", added, jurisdiction);
            }
        } catch (RuntimeException | IOException e) {
            LOG.warn("Demo accidents for {} not added: {}", jurisdiction, e.getMessage());
        }
    }

    private static boolean exists(PeopleService people, String login) {
        try {
            people.get(DEMO_ADMIN, login);
            return true;
        } catch (LuoshiException absent) {
            return false;
        }
    }

    private void profiles(PeopleService people) {
        if (!enabled) {
            return;
        }
        int added = 0;
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/people.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (c.length < 5) {
                    continue;
                }
                if (exists(people, c[0])) {
                    continue; // kept already (perhaps changed by its person): leave it
                }
                PersonDTO p = new PersonDTO();
                p.name = c[1];
                p.title = c[2];
                p.unit = c[3];
                p.phone = c[4];
                try {
                    people.save(DEMO_ADMIN, c[0], p);
                    added++;
                } catch (LuoshiException unitNotYetInstalled) {
                    // its region plugin comes later: added then
                }
            }
            if (added > 0) {
                LOG.info("Demo data: {} profiles of demo users added", added);
            }
        } catch (RuntimeException | IOException e) {
            LOG.warn("Demo profiles not added: {}", e.getMessage());
        }
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
