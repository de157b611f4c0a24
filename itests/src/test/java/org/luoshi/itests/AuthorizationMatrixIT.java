package org.luoshi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.itests.Platform.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 11: the authorisation matrix. Every operation of the live {@code /api/openapi.json} must have a row in
 * {@link #TABLE}; each is probed as anonymous and as the actors the row concerns, on records owned by another unit:
 * a county's (右玉县: hazard, task, tip-off, transfer and its evidence file, listing) and the city office's (朔州市安委办:
 * letter, inspection, meeting, publication). Outsiders — a sibling county (平鲁区), another city's unit (房山县发改局), a
 * police unit (右玉县公安局) and a city department (朔州市应急局), as the row's record allows — must never get a 2xx;
 * anonymous callers get 401 everywhere but the public operations; nobody ever gets a 5xx. Lists answered to outsiders
 * must not contain the records. Writes are probed with bodies that would be valid for the rightful unit, so a refusal
 * is about who asks, not about a malformed body.
 */
@ExtendWith(Platform.class)
class AuthorizationMatrixIT {
    /**
     * One row per operation: method, path (as in openapi.json), rule, then for RECORD the record type and for RECORD and
     * CREATE an optional JSON body. Rules: PUBLIC (no login; never 5xx), ADMIN (administrators only), RECORD (outsiders
     * of the record's owner refused; its owner reads it), CREATE (outsiders cannot create in the owner's unit), LIST
     * (outsiders' answers never contain the owner's records), SCOPED (any logged-in person; never 5xx), INTEGRATOR
     * (service accounts, on their own subscriptions — {id} is the read-only token's webhook — and administrators; never
     * a person). Besides, every operation but the public ones is probed with a read-only API token of the city
     * (朔州市): each write refused, each read answered exactly as the city's own user is answered.
     */
    static final String TABLE = """
            GET  /accidents                                      LIST
            POST /accidents                                      CREATE {"jurisdiction":"shuozhou","unit":"shanxi.shuozhou.youyu","occurredAt":"@PASTT08:00","place":"越权登记@TAG","sector":"煤矿","deaths":1,"facts":"越权登记的事故"}
            GET  /accidents/firings                              SCOPED
            GET  /accidents/firings/{id}                         RECORD firing
            POST /accidents/firings/{id}/actions/{n}/decision    RECORD firing {"confirm":true,"note":"采纳@TAG"}
            POST /accidents/rules/evaluation                     ADMIN
            GET  /accidents/sectors                              SCOPED
            GET  /accidents/{id}                                 RECORD accident
            POST /accidents/{id}/steps                           RECORD accident {"kind":"GROUP","date":"@TODAY","text":"成立调查组@TAG"}
            POST /admin/backup                                   ADMIN
            GET  /admin/bundles                                  ADMIN
            GET  /admin/calendar                                 ADMIN
            PUT  /admin/calendar/{year}                          ADMIN
            DELETE /admin/calendar/{year}                        ADMIN
            GET  /admin/plugins                                  ADMIN
            POST /admin/plugins                                  ADMIN
            POST /admin/plugins/check                            ADMIN
            PUT  /admin/plugins/{bundle}                         ADMIN
            DELETE /admin/plugins/{bundle}                       ADMIN
            POST /admin/plugins/{bundle}/rollback                ADMIN
            GET  /admin/resources                                ADMIN
            GET  /admin/service-accounts                         ADMIN
            POST /admin/service-accounts                         ADMIN
            GET  /admin/service-accounts/{name}                  ADMIN
            DELETE /admin/service-accounts/{name}                ADMIN
            POST /admin/service-accounts/{name}/token            ADMIN
            GET  /audit                                          ADMIN
            GET  /audit/verify                                   ADMIN
            GET  /cycles/{jurisdiction}                          SCOPED
            POST /cycles/{jurisdiction}                          CREATE {"name":"越权调度@TAG","receiver":"shanxi.shuozhou.youyu","reporters":["shanxi.shuozhou.youyu.gongan"],"milestones":[{"name":"一","date":"@LATER"}]}
            DELETE /cycles/{jurisdiction}/{cycle}                SCOPED
            GET  /educations                                     LIST
            POST /educations                                     CREATE {"jurisdiction":"shuozhou","unit":"shanxi.shuozhou.youyu","kind":"TRAINING","date":"@TODAY","title":"越权培训@TAG","participants":10}
            GET  /enterprises                                    LIST
            POST /enterprises                                    CREATE {"creditCode":"@CODE","name":"越权企业@TAG","sector":"煤矿","supervisingUnit":"shanxi.shuozhou.youyu"}
            GET  /enterprises/export.xlsx                        LIST
            POST /enterprises/import                             SCOPED
            GET  /enterprises/sectors                            SCOPED
            GET  /enterprises/template.xlsx                      SCOPED
            GET  /enterprises/{id}                               RECORD enterprise
            PUT  /enterprises/{id}                               RECORD enterprise {"name":"改名@TAG","sector":"煤矿","supervisingUnit":"shanxi.shuozhou.youyu"}
            GET  /enterprises/{id}/history                       RECORD enterprise
            GET  /exports/forms/{id}.xlsx                        SCOPED
            GET  /exports/hazards.xlsx                           LIST
            GET  /exports/letters/{id}.docx                      RECORD letter
            GET  /exports/listing-notices/{id}.docx              RECORD listing
            GET  /exports/listings.xlsx                          LIST
            GET  /exports/major-hazards.xlsx                     LIST
            GET  /exports/reporting/{jurisdiction}/{cycle}/{index}.xlsx SCOPED
            GET  /exports/tasks.xlsx                             LIST
            GET  /files/{id}                                     RECORD file
            GET  /files/{id}/content                             RECORD file
            GET  /forms/reports/{id}                             SCOPED
            POST /forms/reports/{id}/corrections                 SCOPED
            GET  /forms/{jurisdiction}/{cycle}                   SCOPED
            POST /forms/{jurisdiction}/{cycle}/attachments       CREATE {"text":"越权上传@TAG"}
            PUT  /forms/{jurisdiction}/{cycle}/drafts            CREATE {"periodIndex":1,"unit":"shanxi.shuozhou.youyu","table":"A","values":[{"key":"B1","value":"@TAG"}]}
            GET  /forms/{jurisdiction}/{cycle}/periods/{index}/units/{unit}/tables/{table} SCOPED
            GET  /forms/{jurisdiction}/{cycle}/reports           SCOPED
            POST /forms/{jurisdiction}/{cycle}/reports           SCOPED
            GET  /hazards                                        LIST
            POST /hazards                                        CREATE {"jurisdiction":"shuozhou","unit":"shanxi.shuozhou.youyu","source":"ENFORCEMENT","inspectionUnit":"县应急局","inspectionDate":"@TODAY","description":"越权登记@TAG","major":false,"deadline":"@LATER"}
            GET  /hazards/{id}                                   RECORD hazard
            POST /hazards/{id}/progress                          RECORD hazard {"status":"REPORTED","progress":"已整改@TAG","completedOn":"@TODAY"}
            POST /hazards/{id}/enterprise                        RECORD hazard {"enterpriseId":null}
            POST /hazards/{id}/review                            RECORD hazard {"passed":true,"review":"复查合格@TAG","reviewer":"科长"}
            GET  /health                                         PUBLIC
            GET  /inspections                                    LIST
            POST /inspections                                    CREATE {"jurisdiction":"shuozhou","kind":"SUPERVISION","trigger":"HOLIDAY","title":"越权巡查@TAG","organizer":"shanxi.shuozhou.anweiban","groupLead":"组长","groupMembers":["组员"],"inspectedUnit":"shanxi.shuozhou.youyu","startDate":"@TODAY","endDate":"@TODAY","methods":["REPORTS"],"findings":[]}
            GET  /inspections/{id}                               RECORD inspection
            POST /inspections/{id}/closing                       RECORD inspection
            POST /inspections/{id}/confirmation                  RECORD inspection {"groupLead":"组长@TAG","methods":["REPORTS"]}
            POST /inspections/{id}/discarding                    RECORD inspection {"reason":"不予开展@TAG"}
            POST /inspections/{id}/feedback                      RECORD inspection {"feedback":"反馈@TAG"}
            POST /inspections/{id}/findings                      RECORD inspection {"description":"补充问题@TAG","unit":"shanxi.shuozhou.youyu","major":false}
            POST /inspections/{id}/findings/{finding}/closing    RECORD inspection {"note":"销号@TAG"}
            POST /inspections/{id}/findings/{finding}/hazard     RECORD inspection {"deadline":"@LATER"}
            POST /inspections/{id}/report                        RECORD inspection {"summary":"报告@TAG","problems":"问题","similarCases":"举一反三"}
            GET  /jurisdictions                                  SCOPED
            GET  /jurisdictions/{id}                             SCOPED
            GET  /jurisdictions/{id}/catalog                     SCOPED
            GET  /jurisdictions/{id}/cycles                      SCOPED
            GET  /jurisdictions/{id}/roles                       SCOPED
            GET  /jurisdictions/{id}/units                       SCOPED
            GET  /letters                                        LIST
            POST /letters                                        CREATE {"jurisdiction":"shuozhou","kind":"REMINDER","situation":"TASK_LAGGING","issuer":"shanxi.shuozhou.anweiban","recipient":"shanxi.shuozhou.youyu","title":"越权函件@TAG","body":"正文","requiredResponse":"报送","responseDeadline":"@LATER"}
            POST /letters/auto-drafts                            SCOPED
            POST /letters/registrations                          CREATE {"jurisdiction":"shuozhou","kind":"REMINDER","situation":"TASK_LAGGING","issuer":"shanxi.shuozhou.anweiban","recipient":"shanxi.shuozhou.youyu","title":"越权登记函件@TAG","body":"正文","number":"朔安办函〔2026〕999号","sentOn":"@TODAY"}
            GET  /letters/{id}                                   RECORD letter
            PUT  /letters/{id}                                   RECORD letter {"title":"改写@TAG","body":"改写"}
            POST /letters/{id}/answer                            RECORD letter {"answer":"已整改@TAG"}
            POST /letters/{id}/escalation                        RECORD letter {"title":"升级@TAG","body":"升级"}
            POST /letters/{id}/sending                           RECORD letter
            POST /letters/{id}/signature                         RECORD letter
            GET  /lineage/{type}/{id}                            RECORD hazard
            GET  /listings                                       LIST
            POST /listings                                       CREATE @LISTING
            GET  /listings/{id}                                  RECORD listing
            POST /listings/{id}/completion                       RECORD listing {"report":"已完成@TAG","completedOn":"@TODAY"}
            POST /listings/{id}/delisting                        RECORD listing {"date":"@TODAY"}
            POST /listings/{id}/extension                        RECORD listing {"reason":"延期@TAG","newDeadline":"@LATER"}
            POST /listings/{id}/progress-reports                 RECORD listing {"date":"@TODAY","text":"越权进展@TAG"}
            POST /listings/{id}/sign-offs                        RECORD listing {"role":"县相关分管领导","date":"@TODAY","opinion":"越权@TAG"}
            POST /listings/{id}/extension/decision               RECORD listing {"approved":true,"reason":"同意@TAG"}
            POST /listings/{id}/follow-ups                       RECORD listing {"kind":"CASE_FILED","date":"@TODAY","description":"立案@TAG"}
            POST /listings/{id}/plan                             RECORD listing {"responsibility":"矿长","measures":"更换@TAG","funds":"自筹","deadline":"@TODAY","contingency":"预案"}
            POST /listings/{id}/review                           RECORD listing {"passed":true,"reviewUnit":"shanxi.shuozhou.youyu.yingji","reviewer":"科长","opinion":"合格@TAG","acceptanceDocument":"文书","date":"@TODAY"}
            POST /listings/{id}/review-delegation                RECORD listing {"reviewUnit":"shanxi.shuozhou.youyu.yingji"}
            POST /listings/{id}/tracking                         RECORD listing {"kind":"PHONE","date":"@TODAY","note":"督办@TAG"}
            GET  /meetings                                       LIST
            POST /meetings                                       CREATE {"jurisdiction":"shuozhou","unit":"shanxi.shuozhou.anweiban","kind":"LIAISON","date":"@TODAY","title":"越权会议@TAG","attendingUnits":["shanxi.shuozhou.youyu"],"progress":"进展","laggards":[],"assignments":[]}
            GET  /meetings/{id}                                  RECORD meeting
            GET  /openapi.json                                   PUBLIC
            GET  /public/publications                            PUBLIC
            GET  /public/tipoffs/receipts/{code}                 PUBLIC
            POST /public/tipoffs/receipts/{code}/materials       PUBLIC
            POST /public/tipoffs/receipts/{code}/photos          PUBLIC
            POST /public/tipoffs/{jurisdiction}                  PUBLIC
            GET  /people                                         SCOPED
            GET  /people/me                                      SCOPED
            GET  /people/{login}                                 RECORD person
            PUT  /people/{login}                                 RECORD person {"name":"越权改名@TAG","title":"股长"}
            GET  /publications                                   LIST
            POST /publications                                   CREATE {"kind":"TYPICAL_CASE","unit":"shanxi.shuozhou.anweiban","title":"越权公开@TAG","body":"正文"}
            POST /publications/disclosures                       CREATE {"unit":"shanxi.shuozhou.anweiban","title":"越权公开@TAG","body":"正文"}
            GET  /publications/{id}                              RECORD publication
            PUT  /publications/{id}                              RECORD publication {"title":"改写@TAG","body":"改写"}
            POST /publications/{id}/approval                     RECORD publication {"redactions":"无"}
            POST /publications/{id}/rejection                    RECORD publication {"reason":"退回@TAG"}
            POST /publications/{id}/submission                   RECORD publication
            POST /publications/{id}/withdrawal                   RECORD publication {"reason":"撤回@TAG"}
            GET  /rankings                                       SCOPED
            GET  /rankings/{evaluation}                          SCOPED
            GET  /rankings/{evaluation}/history                  SCOPED
            GET  /rankings/{evaluation}/{month}                  SCOPED
            GET  /rankings/{evaluation}/{month}/bulletin.docx    SCOPED
            POST /rankings/{evaluation}/{month}/computation      CREATE
            POST /rankings/{evaluation}/{month}/publication      CREATE
            PUT  /rankings/{evaluation}/{month}/typed            CREATE {"unit":"shanxi.shuozhou.youyu","indicator":"work","value":5,"reason":"越权评分@TAG"}
            GET  /reminders                                      SCOPED
            GET  /reporting/{jurisdiction}/{cycle}/periods       SCOPED
            GET  /reporting/{jurisdiction}/{cycle}/periods/{index} SCOPED
            POST /reporting/{jurisdiction}/{cycle}/periods/{index}/submissions CREATE {"unit":"shanxi.shuozhou.youyu","note":"越权报送@TAG"}
            GET  /reporting/{jurisdiction}/{cycle}/submissions/mine SCOPED
            GET  /settings/modules                               SCOPED
            GET  /settings/{scope}                               RECORD setting
            PUT  /settings/{scope}/{module}/{key}                RECORD setting {"value":"3"}
            DELETE /settings/{scope}/{module}/{key}              RECORD setting
            GET  /settings/{scope}/diff                          RECORD setting
            GET  /settings/{scope}/history                       RECORD setting
            POST /settings/{scope}/rollback                      RECORD setting {"version":0}
            GET  /spot-checks                                    LIST
            POST /spot-checks                                    CREATE {"organizer":"shanxi.shuozhou.youyu","title":"越权抽查@TAG","sectors":[],"startDate":"@TODAY","dueDate":"@LATER"}
            GET  /spot-checks/coverage                           SCOPED
            GET  /spot-checks/coverage.xlsx                      SCOPED
            GET  /spot-checks/rule                               SCOPED
            GET  /spot-checks/{id}                               RECORD spot-check
            POST /spot-checks/{id}/cancel                        RECORD spot-check {"reason":"越权撤销@TAG"}
            POST /spot-checks/{id}/draw                          RECORD spot-check {"seed":"1"}
            POST /spot-checks/{id}/inspections                   RECORD spot-check
            GET  /spot-checks/{id}/redraw                        RECORD spot-check
            GET  /spot-checks/{id}/sample.xlsx                   RECORD spot-check
            GET  /summary                                        SCOPED
            GET  /tasks                                          LIST
            POST /tasks/import                                   CREATE {"jurisdiction":"shuozhou","unit":"shanxi.shuozhou.youyu","year":@YEAR,"numbers":[2]}
            GET  /tasks/{id}                                     RECORD task
            POST /tasks/{id}/assignment                          RECORD task {"responsiblePerson":"越权@TAG","deadline":"@LATER"}
            POST /tasks/{id}/completion                          RECORD task {"completedOn":"@TODAY"}
            POST /tasks/{id}/deadline-correction                 RECORD task {"date":"@LATER","reason":"越权更正@TAG"}
            POST /tasks/{id}/entries                             RECORD task {"kind":"PROGRESS","text":"越权进展@TAG"}
            GET  /tipoffs                                        LIST
            POST /tipoffs                                        CREATE {"unit":"shanxi.shuozhou.youyu","channel":"PHONE","receivedOn":"@TODAY","content":"越权登记@TAG","anonymous":true}
            POST /tipoffs/identity-key/rotation                  ADMIN
            GET  /tipoffs/{id}                                   RECORD tipoff
            POST /tipoffs/{id}/enterprise                        RECORD tipoff {"enterpriseId":null}
            POST /tipoffs/{id}/acceptance                        RECORD tipoff {"note":"受理@TAG"}
            POST /tipoffs/{id}/closing                           RECORD tipoff {"reply":"办结@TAG","report":"报告"}
            POST /tipoffs/{id}/material-request                  RECORD tipoff {"note":"补充@TAG"}
            GET  /tipoffs/{id}/photos/{file}                     RECORD tipoff
            POST /tipoffs/{id}/rejection                         RECORD tipoff {"note":"不予受理@TAG"}
            POST /tipoffs/{id}/reward                            RECORD tipoff {"amount":"500","approvedBy":"局长"}
            POST /tipoffs/{id}/reward/payment                    RECORD tipoff {"paidOn":"@TODAY","note":"发放"}
            POST /tipoffs/{id}/routing                           RECORD tipoff {"kind":"TRANSFER","to":"shanxi.shuozhou.youyu.yingji","deadline":"@LATER"}
            POST /tipoffs/{id}/verification                      RECORD tipoff {"outcome":"NOT_CONFIRMED","findings":"不属实@TAG"}
            GET  /transfers                                      LIST
            POST /transfers                                      CREATE @TRANSFER
            GET  /transfers/{id}                                 RECORD transfer
            POST /transfers/{id}/acceptance                      RECORD transfer {"decision":"ACCEPTED","note":"立案@TAG"}
            POST /transfers/{id}/evidence                        RECORD transfer
            POST /transfers/{id}/outcome                         RECORD transfer {"outcome":"结果@TAG"}
            POST /transfers/{id}/shares                          RECORD transfer {"with":"检察院","date":"@TODAY"}
            GET  /webhooks                                       INTEGRATOR
            POST /webhooks                                       INTEGRATOR {"url":"http://127.0.0.1:9/matrix","events":["hazard.create"]}
            POST /webhooks/deliveries/{id}/retry                 INTEGRATOR
            GET  /webhooks/types                                 SCOPED
            DELETE /webhooks/{id}                                INTEGRATOR
            GET  /webhooks/{id}/deliveries                       INTEGRATOR
            GET  /workbench                                      LIST
            """;

    /** The people probing; the password of each is its name. */
    static final String SIBLING = "pinglu";
    static final String OTHER_CITY = "fangshan";
    static final String POLICE = "youyugongan";
    static final String CITY_DEPARTMENT = "mx_yingji";

    /** Who must be refused, per record type (the owner's readers are left out: the county's city, the county itself). */
    static final Map<String, List<String>> OUTSIDERS = Map.ofEntries(
            Map.entry("hazard", List.of(SIBLING, OTHER_CITY, POLICE, CITY_DEPARTMENT)),
            Map.entry("task", List.of(SIBLING, OTHER_CITY, POLICE, CITY_DEPARTMENT)),
            Map.entry("tipoff", List.of(SIBLING, OTHER_CITY, POLICE, CITY_DEPARTMENT)),
            Map.entry("listing", List.of(SIBLING, OTHER_CITY, POLICE, CITY_DEPARTMENT)),
            Map.entry("transfer", List.of(SIBLING, OTHER_CITY, CITY_DEPARTMENT)),
            Map.entry("file", List.of(SIBLING, OTHER_CITY, CITY_DEPARTMENT)),
            Map.entry("letter", List.of(SIBLING, OTHER_CITY, CITY_DEPARTMENT)),
            Map.entry("inspection", List.of(SIBLING, OTHER_CITY, CITY_DEPARTMENT)),
            Map.entry("meeting", List.of(SIBLING, OTHER_CITY, CITY_DEPARTMENT)),
            Map.entry("publication", List.of(SIBLING, OTHER_CITY, CITY_DEPARTMENT)),
            Map.entry("person", List.of(SIBLING, OTHER_CITY, POLICE, CITY_DEPARTMENT)),
            Map.entry("accident", List.of(SIBLING, OTHER_CITY, POLICE, CITY_DEPARTMENT)),
            Map.entry("firing", List.of(SIBLING, OTHER_CITY, POLICE, CITY_DEPARTMENT)),
            Map.entry("setting", List.of(SIBLING, OTHER_CITY, CITY_DEPARTMENT)),
            Map.entry("enterprise", List.of(SIBLING, OTHER_CITY, POLICE, CITY_DEPARTMENT)),
            Map.entry("spot-check", List.of(SIBLING, OTHER_CITY, POLICE, CITY_DEPARTMENT)),
            Map.entry("create", List.of(SIBLING, OTHER_CITY)));
    /** Who owns (and so reads) each record type. */
    static final Map<String, String> OWNER = Map.ofEntries(Map.entry("hazard", "youyu"), Map.entry("task", "youyu"),
            Map.entry("tipoff", "youyu"), Map.entry("listing", "youyu"), Map.entry("transfer", "youyu"),
            Map.entry("file", "youyu"), Map.entry("letter", "shuozhou"), Map.entry("inspection", "shuozhou"),
            Map.entry("meeting", "shuozhou"), Map.entry("publication", "shuozhou"), Map.entry("person", "youyu"),
            Map.entry("accident", "youyu"), Map.entry("firing", "shuozhou"), Map.entry("setting", "youyu"),
            Map.entry("enterprise", "youyu"), Map.entry("spot-check", "youyu"));
    static final List<String> EVERYONE = List.of("admin", "shuozhou", "youyu", SIBLING, OTHER_CITY, POLICE, CITY_DEPARTMENT);

    record Row(String method, String path, String rule, String type, String body) {
        String key() {
            return method + " " + path;
        }
    }

    static Map<String, Row> table() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] p = line.strip().split("\\s+", 4);
            String rest = p.length > 3 ? p[3] : "";
            String type = null;
            String body = null;
            if (p[2].equals("RECORD")) {
                String[] t = rest.split("\\s+", 2);
                type = t[0];
                body = t.length > 1 ? t[1] : null;
            } else if (p[2].equals("CREATE")) {
                type = "create";
                body = rest.isEmpty() ? null : rest;
            } else if (p[2].equals("INTEGRATOR")) {
                type = "webhook";
                body = rest.isEmpty() ? null : rest;
            }
            Row r = new Row(p[0], p[1], p[2], type, body);
            assertTrue(rows.put(r.key(), r) == null, "row twice: " + r.key());
        }
        return rows;
    }

    private final Map<String, Long> ids = new LinkedHashMap<>();
    private final String tag = "MX" + UUID.randomUUID().toString().substring(0, 8);
    private long finding;
    private long file;
    private String receiptCode;
    private final List<String> failures = new ArrayList<>();
    private int probes;
    private int fiveHundreds;
    private int unexpected2xx;
    private final Set<String> pairs = new TreeSet<>();
    /** A read-only API token of the city (朔州市), and another county's token (平鲁区), with their accounts' names. */
    private String readOnly;
    private String readOnlyName;
    private String otherToken;

    @Test
    void everyOperationAsEveryActorOnAnotherUnitsRecords() throws Exception {
        Platform.addUser(CITY_DEPARTMENT, "shanxi.shuozhou.yingji");
        fixtures();
        JsonNode api = Platform.get(null, Platform.API + "/openapi.json").json();
        Map<String, Row> rows = table();
        Set<String> documented = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                documented.add(methods.next().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }
        Set<String> withoutRow = new TreeSet<>(documented);
        withoutRow.removeAll(rows.keySet());
        assertTrue(withoutRow.isEmpty(), "operations without a row in the authorisation table: " + withoutRow);
        Set<String> stale = new TreeSet<>(rows.keySet());
        stale.removeAll(documented);
        assertTrue(stale.isEmpty(), "rows for operations no longer served: " + stale);

        try {
            for (String op : documented) {
                probe(rows.get(op), api.get("paths").get(op.substring(op.indexOf(' ') + 1))
                        .get(op.substring(0, op.indexOf(' ')).toLowerCase(Locale.ROOT)));
            }
        } finally {
            // the fixture subscription points nowhere: end it, so that its deliveries are not retried for the rest of the run
            Platform.send("admin", "DELETE", Platform.API + "/webhooks/" + ids.get("webhook"), "");
        }
        System.out.printf("authorisation matrix: %d operations, %d operation×actor pairs, %d probes, %d × 5xx,"
                + " %d unexpected 2xx%n", documented.size(), pairs.size(), probes, fiveHundreds, unexpected2xx);
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
        assertEquals(0, fiveHundreds);
        assertEquals(0, unexpected2xx);
        assertTrue(documented.size() >= 110 && probes > 500, "the matrix covers the API: " + probes);
    }

    private void probe(Row row, JsonNode op) {
        String url = Platform.API + substitute(row);
        if (row.path().endsWith("/attachments")) { // an upload names the reporting unit and the field in its query
            url += "?unit=shanxi.shuozhou.youyu&field=R1&name=matrix.txt";
        }
        String body = row.body() == null ? "{}" : fill(row.body());
        boolean open = op.has("security") && op.get("security").isEmpty();
        if (row.rule().equals("PUBLIC") != open) {
            failures.add(row.key() + ": the table says " + row.rule() + " but openapi.json says " + (open ? "open" : "login"));
        }
        if (open && !row.method().equals("GET")) {
            // public submissions count against the client address's limit, which other tests of this run share;
            // TipOffIT, SecurityIT and the hostile-input suite send them
            return;
        }
        Answer anonymous = call(null, row, url, body);
        if (!open && anonymous.status() != 401) {
            failures.add(row.key() + " anonymous: " + anonymous.status() + " (expected 401)");
        }
        switch (row.rule()) {
            case "PUBLIC", "SCOPED" -> {
                if (!row.method().equals("GET") && row.rule().equals("SCOPED")) {
                    call(SIBLING, row, url, body);
                } else if (row.rule().equals("SCOPED")) {
                    for (String actor : EVERYONE) {
                        call(actor, row, url, body);
                    }
                }
            }
            case "ADMIN" -> {
                for (String actor : EVERYONE) {
                    if (actor.equals("admin")) {
                        if (row.method().equals("GET")) {
                            expect(row, actor, call(actor, row, url, body), 200);
                        }
                    } else {
                        deny(row, actor, call(actor, row, url, body));
                    }
                }
            }
            case "RECORD" -> {
                for (String actor : OUTSIDERS.get(row.type())) {
                    deny(row, actor, call(actor, row, url, body));
                }
                if (row.method().equals("GET")) {
                    String owner = OWNER.get(row.type());
                    Answer own = call(owner, row, url, body);
                    // the photo of the fixture tip-off does not exist: 404 proves only that the owner is not refused
                    expect(row, owner, own, row.path().contains("{file}") && row.type().equals("tipoff") ? 404 : 200);
                }
            }
            case "CREATE" -> {
                for (String actor : OUTSIDERS.get("create")) {
                    deny(row, actor, call(actor, row, url, body));
                }
            }
            case "LIST" -> {
                for (String actor : EVERYONE) {
                    Answer a = call(actor, row, url, body);
                    if (actor.equals(SIBLING) || actor.equals(OTHER_CITY)) {
                        if (a.status() / 100 == 2 && a.body().contains(tag)) {
                            unexpected2xx++;
                            failures.add(row.key() + " as " + actor + ": the list shows another unit's record");
                        }
                    }
                }
            }
            case "INTEGRATOR" -> {
                for (String actor : EVERYONE) {
                    if (actor.equals("admin")) {
                        if (row.method().equals("GET")) {
                            expect(row, actor, call(actor, row, url, body), 200);
                        }
                    } else {
                        deny(row, actor, call(actor, row, url, body));
                    }
                }
                if (row.path().contains("{id}")) {
                    deny(row, "another county's token", call(otherToken, row, url, body));
                }
                if (row.method().equals("GET")) {
                    expect(row, "the subscription's token", call(readOnly, row, url, body), 200);
                }
                return;
            }
            default -> failures.add(row.key() + ": unknown rule " + row.rule());
        }
        // a read-only token of the city: no write of any kind; every read exactly as the city's own user
        if (open) {
            return;
        }
        if (row.method().equals("GET")) {
            Answer token = call(readOnly, row, url, body);
            Answer person = call("shuozhou", row, url, body);
            if (token.status() != person.status()) {
                failures.add(row.key() + " as the city's read-only token: " + token.status() + ", the city's user: "
                        + person.status());
            }
        } else {
            deny(row, "the city's read-only token", call(readOnly, row, url, body));
        }
    }

    private Answer call(String actor, Row row, String url, String body) {
        probes++;
        pairs.add(row.key() + " × " + label(actor));
        Answer a = row.method().equals("GET") ? Platform.get(actor, url) : Platform.send(actor, row.method(), url, body);
        if (a.status() >= 500) {
            fiveHundreds++;
            failures.add(row.key() + " as " + label(actor) + ": " + a.status() + " " + a.body());
        }
        return a;
    }

    private String label(String actor) {
        return actor == null ? "anonymous" : actor.equals(readOnly) ? "read-only token" : actor.equals(otherToken)
                ? "another county's token" : actor;
    }

    private void deny(Row row, String actor, Answer a) {
        if (a.status() / 100 == 2) {
            unexpected2xx++;
            failures.add(row.key() + " as " + actor + ": " + a.status() + " where the table says refuse");
        } else if (a.status() != 400 && a.status() != 403 && a.status() != 404 && a.status() != 409
                && a.status() != 413 && a.status() != 415) {
            failures.add(row.key() + " as " + actor + ": unexpected " + a.status());
        }
    }

    private void expect(Row row, String actor, Answer a, int status) {
        if (a.status() != status) {
            failures.add(row.key() + " as " + actor + ": " + a.status() + " (expected " + status + ") " + a.body());
        }
    }

    private String fill(String body) {
        return body.replace("@TAG", tag).replace("@PAST", HazardRestIT.today().minusDays(1).toString())
                .replace("@TODAY", HazardRestIT.today().toString())
                .replace("@LATER", HazardRestIT.today().plusDays(30).toString())
                .replace("@YEAR", Integer.toString(HazardRestIT.today().getYear()))
                .replace("@CODE", EnterpriseIT.code())
                .replace("@LISTING", json(ListingIT.request(ids.get("hazard"), List.of("shanxi.shuozhou.youyu.yingji"),
                        "shanxi.shuozhou.youyu.yingji")))
                .replace("@TRANSFER", json(TransferIT.transfer(ids.get("hazard"), TransferIT.POLICE)));
    }

    private static String json(Object o) {
        try {
            return Platform.JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String substitute(Row row) {
        String p = row.path();
        if (p.startsWith("/reporting/") && p.endsWith("/submissions")) {
            // a plain submission: 朔州's monthly cycle takes a form (409 for everyone), its phases take plain reports
            p = p.replace("{cycle}", "phases").replace("{index}", "1");
        }
        if (row.type() != null && ids.containsKey(row.type())) {
            p = p.replace("{id}", Long.toString(ids.get(row.type())));
        }
        return p.replace("{type}", "hazard").replace("{id}", row.path().startsWith("/jurisdictions") ? "shuozhou" : "1")
                .replace("{finding}", Long.toString(finding)).replace("{file}", Long.toString(file))
                .replace("{jurisdiction}", "shuozhou").replace("{cycle}", "monthly").replace("{index}", "0")
                .replace("{unit}", "shanxi.shuozhou.youyu").replace("{table}", "A").replace("{code}", receiptCode)
                .replace("{login}", "youyu").replace("{n}", "0")
                .replace("{bundle}", "org.luoshi.jurisdiction.fangshan").replace("{year}", "2031").replace("{scope}", "shanxi.shuozhou.youyu")
                .replace("{module}", "tipoffs").replace("{key}", "acceptDays").replace("{name}", readOnlyName)
                .replace("{evaluation}", "shuozhou.monthly").replace("{month}", "2026-01");
    }

    /** The records probed: a county's and the city office's, each tagged so lists can be searched for them. */
    private void fixtures() throws Exception {
        if (Platform.get("youyu", Platform.API + "/people/youyu").status() == 404) { // the person's own profile
            assertEquals(200, Platform.send("youyu", "PUT", Platform.API + "/people/youyu",
                    Map.of("name", "刘洋", "title", "县安委办安全股股长")).status());
        }
        Answer h = Platform.postJson("youyu", Platform.API + "/hazards",
                HazardRestIT.hazard("shanxi.shuozhou.youyu", "矩阵测试隐患-" + tag));
        ids.put("hazard", created(h));
        JsonNode tasks = TaskIT.importTasks("youyu", "shanxi.shuozhou.youyu", HazardRestIT.today().getYear() - 3, List.of(1), 201);
        ids.put("task", tasks.get(0).get("id").asLong());
        ids.put("tipoff", created(Platform.postJson("youyu", Platform.API + "/tipoffs", Map.of("unit", TipOffIT.COUNTY,
                "channel", "PHONE", "receivedOn", HazardRestIT.today().toString(), "content", "矩阵测试举报-" + tag,
                "reporterName", "矩阵举报人", "reporterContact", "13900009999", "replyChannel", "PHONE"))));
        ids.put("listing", created(Platform.postJson("admin", ListingIT.L, ListingIT.request(created(Platform.postJson(
                "youyu", Platform.API + "/hazards", HazardRestIT.hazard("shanxi.shuozhou.youyu", "矩阵测试挂牌-" + tag))),
                List.of("shanxi.shuozhou.youyu.yingji"), "shanxi.shuozhou.youyu.yingji"))));
        long transfer = created(Platform.postJson("youyu", TransferIT.T, TransferIT.transfer(ids.get("hazard"), TransferIT.POLICE)));
        ids.put("transfer", transfer);
        Answer stored = TransferIT.upload("youyu", transfer, "笔录.txt", ("矩阵测试证据-" + tag).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        file = created(stored);
        ids.put("file", file);
        Map<String, Object> letter = LetterIT.letter("REMINDER");
        letter.put("recipient", "shanxi.shuozhou.youyu");
        letter.put("title", "矩阵测试函件-" + tag);
        ids.put("letter", created(Platform.postJson("shuozhou", LetterIT.L, letter)));
        Answer inspection = Platform.postJson("shuozhou", Platform.API + "/inspections", InspectionIT.inspection(tag));
        ids.put("inspection", created(inspection));
        finding = inspection.json().get("findings").get(1).get("id").asLong();
        Map<String, Object> meeting = MeetingIT.meeting(List.of());
        meeting.put("title", "矩阵测试会议-" + tag);
        ids.put("meeting", created(Platform.postJson("shuozhou", Platform.API + "/meetings", meeting)));
        ids.put("publication", created(Platform.postJson("shuozhou", Platform.API + "/publications", Map.of("kind",
                "TYPICAL_CASE", "unit", "shanxi.shuozhou.anweiban", "title", "矩阵测试公开-" + tag, "body", "正文"))));
        // a concealed accident in the county: Shuozhou's rule (seed 002 十四、54) proposes 挂牌督办 by the city office
        Answer accident = Platform.postJson("youyu", Platform.API + "/accidents", Map.of("jurisdiction", "shuozhou", "unit",
                "shanxi.shuozhou.youyu", "occurredAt", HazardRestIT.today().minusDays(2) + "T10:00", "place", "矩阵测试事故-" + tag,
                "sector", "煤矿", "deaths", 1, "facts", "矩阵测试瞒报事故-" + tag, "reportingIssue", "CONCEALED"));
        ids.put("accident", created(accident));
        assertEquals(1, accident.json().get("firings").size(), accident.body());
        ids.put("firing", accident.json().get("firings").get(0).get("id").asLong());
        receiptCode = "ABCD-EFGH-JKLM-NPQR"; // public operations are probed for "never 5xx" only
        ids.put("enterprise", (long) EnterpriseIT.register("youyu", EnterpriseIT.code(), "矩阵测试企业-" + tag,
                "shanxi.shuozhou.youyu"));
        long spot = SpotCheckIT.create("youyu", SpotCheckIT.campaign("shanxi.shuozhou.youyu", "矩阵测试抽查-" + tag,
                List.of("煤矿"), null, HazardRestIT.today().toString(), HazardRestIT.today().plusDays(5).toString()));
        assertEquals(200, Platform.postJson("youyu", Platform.API + "/spot-checks/" + spot + "/draw", Map.of()).status());
        ids.put("spot-check", spot);
        readOnlyName = IntegratorIT.name("mx-city-read");
        readOnly = IntegratorIT.account(readOnlyName, List.of("shanxi.shuozhou"), "READ").get("token").asText();
        otherToken = IntegratorIT.account(IntegratorIT.name("mx-pinglu"), List.of("shanxi.shuozhou.pinglu"), "READ_WRITE")
                .get("token").asText();
        ids.put("webhook", created(Platform.postJson(readOnly, Platform.API + "/webhooks",
                Map.of("url", "http://127.0.0.1:9/matrix", "events", List.of("hazard.create")))));
    }

    private static long created(Answer a) {
        assertTrue(a.status() == 201 || a.status() == 200, a.status() + " " + a.body());
        return a.json().get("id").asLong();
    }
}
