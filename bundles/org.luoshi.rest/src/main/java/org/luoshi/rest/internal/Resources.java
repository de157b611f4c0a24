package org.luoshi.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.audit.AuditEntryDTO;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.audit.AuditVerificationDTO;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.dispatch.MeetingDTO;
import org.luoshi.api.dispatch.MeetingService;
import org.luoshi.api.dispatch.PeriodStatusDTO;
import org.luoshi.api.dispatch.ReminderDTO;
import org.luoshi.api.dispatch.ReminderService;
import org.luoshi.api.dispatch.ReportingService;
import org.luoshi.api.dispatch.SubmissionDTO;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardPage;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardReviewDTO;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.HazardSource;
import org.luoshi.api.hazard.HazardStatus;
import org.luoshi.api.hazard.ProgressUpdateDTO;
import org.luoshi.api.jurisdiction.CatalogTaskDTO;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.letter.LetterDTO;
import org.luoshi.api.letter.LetterService;
import org.luoshi.api.listing.ExtensionDTO;
import org.luoshi.api.listing.FollowUpDTO;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.ListingPage;
import org.luoshi.api.listing.ListingQuery;
import org.luoshi.api.listing.ListingRequestDTO;
import org.luoshi.api.listing.ListingService;
import org.luoshi.api.listing.ListingStatus;
import org.luoshi.api.listing.PlanDTO;
import org.luoshi.api.listing.ReviewDTO;
import org.luoshi.api.listing.TrackingDTO;
import org.luoshi.api.summary.SummaryDTO;
import org.luoshi.api.summary.SummaryService;
import org.luoshi.api.task.TaskAssignmentDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskEntryDTO;
import org.luoshi.api.task.TaskImportDTO;
import org.luoshi.api.task.TaskPage;
import org.luoshi.api.task.TaskQuery;
import org.luoshi.api.task.TaskService;

/** The JAX-RS resources of {@code /api}; each is a thin mapping onto one service. */
final class Resources {
    private Resources() {
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase()) {
            case "true", "1", "是" -> Boolean.TRUE;
            case "false", "0", "否" -> Boolean.FALSE;
            default -> throw bad(name, name + " 应为 true 或 false");
        };
    }

    static int integer(String name, String value, int min, int max) {
        try {
            int v = Integer.parseInt(value.strip());
            if (v < min || v > max) {
                throw bad(name, name + " 应在 " + min + " 到 " + max + " 之间");
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(name, name + " 应为整数");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static LuoshiException bad(String field, String message) {
        return new LuoshiException(LuoshiException.Kind.INVALID, message, Map.of(field, message));
    }

    @Path("/")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Health {
        private final JurisdictionRegistry registry;
        private final Set<String> required;
        private final Supplier<Set<String>> serving;

        Health(JurisdictionRegistry registry, Set<String> required, Supplier<Set<String>> serving) {
            this.registry = registry;
            this.required = required;
            this.serving = serving;
        }

        /** UP (200) once every required face serves; STARTING (503) with what it waits for until then. */
        @GET
        @Path("health")
        public Response health() {
            Set<String> up = serving.get();
            List<String> waiting = required.stream().filter(f -> !up.contains(f)).sorted().toList();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("status", waiting.isEmpty() ? "UP" : "STARTING");
            out.put("jurisdictions", registry.jurisdictions().stream().map(j -> j.id).toList());
            if (!waiting.isEmpty()) {
                out.put("waitingFor", waiting);
            }
            return Response.status(waiting.isEmpty() ? 200 : 503).entity(out).build();
        }

        @GET
        @Path("openapi.json")
        public Response openapi() throws IOException {
            try (InputStream in = Resources.class.getResourceAsStream("/openapi.json")) {
                return Response.ok(in.readAllBytes(), MediaType.APPLICATION_JSON + ";charset=UTF-8").build();
            }
        }
    }

    @Path("/jurisdictions")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Jurisdictions {
        private final JurisdictionRegistry registry;

        Jurisdictions(JurisdictionRegistry registry) {
            this.registry = registry;
        }

        @GET
        public List<JurisdictionDTO> list() {
            return registry.jurisdictions();
        }

        @GET
        @Path("{id}")
        public JurisdictionDTO get(@PathParam("id") String id) {
            return registry.jurisdiction(id).orElseThrow(() -> unknown(id));
        }

        @GET
        @Path("{id}/catalog")
        public List<CatalogTaskDTO> catalog(@PathParam("id") String id) {
            return registry.catalog(id).orElseThrow(() -> unknown(id));
        }

        @GET
        @Path("{id}/cycles")
        public List<CycleDTO> cycles(@PathParam("id") String id) {
            return registry.cycles(id).orElseThrow(() -> unknown(id));
        }

        @GET
        @Path("{id}/units")
        public List<UnitDTO> units(@PathParam("id") String id) {
            return registry.units(id).orElseThrow(() -> unknown(id));
        }

        private static LuoshiException unknown(String id) {
            return LuoshiException.notFound("辖区 “" + id + "” 未安装");
        }
    }

    @Path("/hazards")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Hazards {
        private final HazardService hazards;

        Hazards(HazardService hazards) {
            this.hazards = hazards;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response create(@Context SecurityContext sc, HazardDTO hazard) {
            HazardDTO created = hazards.create(BasicAuthFilter.actor(sc), hazard);
            return Response.created(URI.create("hazards/" + created.id)).entity(created).build();
        }

        @GET
        @Path("{id:[0-9]+}")
        public HazardDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
            return hazards.get(BasicAuthFilter.actor(sc), id);
        }

        @POST
        @Path("{id:[0-9]+}/progress")
        @Consumes(MediaType.APPLICATION_JSON)
        public HazardDTO progress(@Context SecurityContext sc, @PathParam("id") long id, ProgressUpdateDTO update) {
            return hazards.updateProgress(BasicAuthFilter.actor(sc), id, update);
        }

        @POST
        @Path("{id:[0-9]+}/review")
        @Consumes(MediaType.APPLICATION_JSON)
        public HazardDTO review(@Context SecurityContext sc, @PathParam("id") long id, HazardReviewDTO review) {
            return hazards.review(BasicAuthFilter.actor(sc), id, review);
        }

        @GET
        public HazardPage list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
                @QueryParam("unit") String unit, @QueryParam("source") String source, @QueryParam("major") String major,
                @QueryParam("status") String status, @QueryParam("q") String text, @QueryParam("overdue") String overdue,
                @QueryParam("listed") String listed, @QueryParam("foundFrom") String foundFrom,
                @QueryParam("foundTo") String foundTo, @QueryParam("rectifiedBy") String rectifiedBy,
                @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
            HazardQuery q = new HazardQuery();
            q.listed = bool("listed", listed);
            q.foundFrom = blankToNull(foundFrom);
            q.foundTo = blankToNull(foundTo);
            q.rectifiedBy = blankToNull(rectifiedBy);
            q.jurisdiction = jurisdiction;
            q.unit = unit;
            if (source != null && !source.isBlank()) {
                q.source = HazardSource.parse(source);
                if (q.source == null) {
                    throw bad("source", "未知的隐患来源 “" + source + "”，可选：" + List.of(HazardSource.values()));
                }
            }
            if (status != null && !status.isBlank()) {
                q.status = HazardStatus.parse(status);
                if (q.status == null) {
                    throw bad("status", "未知的状态 “" + status + "”，可选：" + List.of(HazardStatus.values()));
                }
            }
            q.major = bool("major", major);
            q.overdue = bool("overdue", overdue);
            q.text = text;
            q.offset = integer("offset", offset, 0, Integer.MAX_VALUE);
            q.limit = integer("limit", limit, 1, 200);
            return hazards.list(BasicAuthFilter.actor(sc), q);
        }
    }

    @Path("/tasks")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Tasks {
        private final TaskService tasks;

        Tasks(TaskService tasks) {
            this.tasks = tasks;
        }

        /** Turns catalog tasks into an office's task list for a year. */
        @POST
        @Path("import")
        @Consumes(MediaType.APPLICATION_JSON)
        public Response importCatalog(@Context SecurityContext sc, TaskImportDTO request) {
            return Response.status(201).entity(tasks.importCatalog(BasicAuthFilter.actor(sc), request)).build();
        }

        @GET
        @Path("{id:[0-9]+}")
        public TaskDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
            return tasks.get(BasicAuthFilter.actor(sc), id);
        }

        @POST
        @Path("{id:[0-9]+}/assignment")
        @Consumes(MediaType.APPLICATION_JSON)
        public TaskDTO assign(@Context SecurityContext sc, @PathParam("id") long id, TaskAssignmentDTO assignment) {
            return tasks.assign(BasicAuthFilter.actor(sc), id, assignment);
        }

        @POST
        @Path("{id:[0-9]+}/entries")
        @Consumes(MediaType.APPLICATION_JSON)
        public TaskDTO entry(@Context SecurityContext sc, @PathParam("id") long id, TaskEntryDTO entry) {
            return tasks.addEntry(BasicAuthFilter.actor(sc), id, entry);
        }

        @POST
        @Path("{id:[0-9]+}/completion")
        @Consumes(MediaType.APPLICATION_JSON)
        public TaskDTO complete(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
            return tasks.complete(BasicAuthFilter.actor(sc), id, body == null ? null : body.get("completedOn"));
        }

        @GET
        public TaskPage list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
                @QueryParam("unit") String unit, @QueryParam("year") String year,
                @QueryParam("completed") String completed, @QueryParam("overdue") String overdue,
                @QueryParam("unparsedDeadline") String unparsed, @QueryParam("q") String text,
                @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit,
                @QueryParam("asOf") String asOf) {
            TaskQuery q = new TaskQuery();
            q.asOf = blankToNull(asOf);
            q.jurisdiction = jurisdiction;
            q.unit = unit;
            q.year = year == null || year.isBlank() ? null : integer("year", year, 2000, 2100);
            q.completed = bool("completed", completed);
            q.overdue = bool("overdue", overdue);
            q.unparsedDeadline = bool("unparsedDeadline", unparsed);
            q.text = text;
            q.offset = integer("offset", offset, 0, Integer.MAX_VALUE);
            q.limit = integer("limit", limit, 1, 200);
            return tasks.list(BasicAuthFilter.actor(sc), q);
        }
    }

    @Path("/listings")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Listings {
        private final ListingService listings;

        Listings(ListingService listings) {
            this.listings = listings;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response list(@Context SecurityContext sc, ListingRequestDTO request) {
            ListingDTO created = listings.list(BasicAuthFilter.actor(sc), request);
            return Response.created(URI.create("listings/" + created.id)).entity(created).build();
        }

        @GET
        @Path("{id:[0-9]+}")
        public ListingDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
            return listings.get(BasicAuthFilter.actor(sc), id);
        }

        @POST
        @Path("{id:[0-9]+}/plan")
        @Consumes(MediaType.APPLICATION_JSON)
        public ListingDTO plan(@Context SecurityContext sc, @PathParam("id") long id, PlanDTO plan) {
            return listings.submitPlan(BasicAuthFilter.actor(sc), id, plan);
        }

        @POST
        @Path("{id:[0-9]+}/tracking")
        @Consumes(MediaType.APPLICATION_JSON)
        public ListingDTO track(@Context SecurityContext sc, @PathParam("id") long id, TrackingDTO entry) {
            return listings.track(BasicAuthFilter.actor(sc), id, entry);
        }

        @POST
        @Path("{id:[0-9]+}/extension")
        @Consumes(MediaType.APPLICATION_JSON)
        public ListingDTO extension(@Context SecurityContext sc, @PathParam("id") long id, ExtensionDTO request) {
            return listings.requestExtension(BasicAuthFilter.actor(sc), id, request);
        }

        /** Body {@code {"approve": true|false, "reason": "…"}}. */
        @POST
        @Path("{id:[0-9]+}/extension/decision")
        @Consumes(MediaType.APPLICATION_JSON)
        public ListingDTO decide(@Context SecurityContext sc, @PathParam("id") long id, Map<String, Object> body) {
            Object approve = body == null ? null : body.get("approve");
            if (!(approve instanceof Boolean)) {
                throw bad("approve", "approve 应为 true（同意）或 false（不同意）");
            }
            Object reason = body.get("reason");
            return listings.decideExtension(BasicAuthFilter.actor(sc), id, (Boolean) approve,
                    reason == null ? null : reason.toString());
        }

        /** Body {@code {"report": "…", "completedOn": "yyyy-MM-dd"}}. */
        @POST
        @Path("{id:[0-9]+}/completion")
        @Consumes(MediaType.APPLICATION_JSON)
        public ListingDTO completion(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
            Map<String, String> b = body == null ? Map.of() : body;
            return listings.reportCompletion(BasicAuthFilter.actor(sc), id, b.get("report"), b.get("completedOn"));
        }

        /** Body {@code {"reviewUnit": "<unit id>"}}. */
        @POST
        @Path("{id:[0-9]+}/review-delegation")
        @Consumes(MediaType.APPLICATION_JSON)
        public ListingDTO delegate(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
            return listings.delegateReview(BasicAuthFilter.actor(sc), id, body == null ? null : body.get("reviewUnit"));
        }

        @POST
        @Path("{id:[0-9]+}/review")
        @Consumes(MediaType.APPLICATION_JSON)
        public ListingDTO review(@Context SecurityContext sc, @PathParam("id") long id, ReviewDTO review) {
            return listings.review(BasicAuthFilter.actor(sc), id, review);
        }

        /** Body {@code {"date": "yyyy-MM-dd"}}. */
        @POST
        @Path("{id:[0-9]+}/delisting")
        @Consumes(MediaType.APPLICATION_JSON)
        public ListingDTO delist(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
            return listings.delist(BasicAuthFilter.actor(sc), id, body == null ? null : body.get("date"));
        }

        @POST
        @Path("{id:[0-9]+}/follow-ups")
        @Consumes(MediaType.APPLICATION_JSON)
        public ListingDTO followUp(@Context SecurityContext sc, @PathParam("id") long id, FollowUpDTO followUp) {
            return listings.addFollowUp(BasicAuthFilter.actor(sc), id, followUp);
        }

        @GET
        public ListingPage search(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction,
                @QueryParam("unit") String unit, @QueryParam("status") String status,
                @QueryParam("overdue") String overdue, @QueryParam("q") String text,
                @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
            ListingQuery q = new ListingQuery();
            q.jurisdiction = jurisdiction;
            q.unit = unit;
            if (status != null && !status.isBlank()) {
                q.status = java.util.Arrays.stream(ListingStatus.values())
                        .filter(s -> s.name().equalsIgnoreCase(status.strip()) || s.label().equals(status.strip()))
                        .findFirst().orElseThrow(() -> bad("status", "未知的状态 “" + status + "”，可选："
                                + List.of(ListingStatus.values())));
            }
            q.overdue = bool("overdue", overdue);
            q.text = text;
            q.offset = integer("offset", offset, 0, Integer.MAX_VALUE);
            q.limit = integer("limit", limit, 1, 200);
            return listings.search(BasicAuthFilter.actor(sc), q);
        }
    }

    @Path("/summary")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Summary {
        private final SummaryService summary;

        Summary(SummaryService summary) {
            this.summary = summary;
        }

        /** The level summary of a unit (default: the caller's first unit); each figure drills down to a list query. */
        @GET
        public SummaryDTO get(@Context SecurityContext sc, @QueryParam("unit") String unit) {
            return summary.summary(BasicAuthFilter.actor(sc), unit);
        }
    }

    @Path("/reporting/{jurisdiction}/{cycle}")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Reporting {
        private final ReportingService reporting;

        Reporting(ReportingService reporting) {
            this.reporting = reporting;
        }

        /** Periods whose due day lies within from–to (yyyy-MM-dd; default: this year). */
        @GET
        @Path("periods")
        public List<PeriodDTO> periods(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
                @PathParam("cycle") String cycle, @QueryParam("from") String from, @QueryParam("to") String to) {
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
            return reporting.periods(BasicAuthFilter.actor(sc), jurisdiction, cycle,
                    date("from", from, today.withDayOfYear(1)), date("to", to, today.withMonth(12).withDayOfMonth(31)));
        }

        /** Reports in and units missing (未报送单位) for one period. */
        @GET
        @Path("periods/{index:[0-9]+}")
        public PeriodStatusDTO status(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
                @PathParam("cycle") String cycle, @PathParam("index") int index) {
            return reporting.status(BasicAuthFilter.actor(sc), jurisdiction, cycle, index);
        }

        /** Body {@code {"unit": "<unit id>", "note": "…"}}. */
        @POST
        @Path("periods/{index:[0-9]+}/submissions")
        @Consumes(MediaType.APPLICATION_JSON)
        public Response submit(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
                @PathParam("cycle") String cycle, @PathParam("index") int index, Map<String, String> body) {
            Map<String, String> b = body == null ? Map.of() : body;
            return Response.status(201).entity(reporting.submit(BasicAuthFilter.actor(sc), jurisdiction, cycle, index,
                    b.get("unit"), b.get("note"))).build();
        }

        /** The caller's own units' reports on the cycle ("my submissions"), newest first. */
        @GET
        @Path("submissions/mine")
        public List<SubmissionDTO> mine(@Context SecurityContext sc, @PathParam("jurisdiction") String jurisdiction,
                @PathParam("cycle") String cycle) {
            return reporting.submissions(BasicAuthFilter.actor(sc), jurisdiction, cycle);
        }

        private static LocalDate date(String name, String value, LocalDate fallback) {
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw bad(name, name + " 应为 yyyy-MM-dd 格式的日期");
            }
        }
    }

    @Path("/reminders")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Reminders {
        private final ReminderService reminders;

        Reminders(ReminderService reminders) {
            this.reminders = reminders;
        }

        /** Reports the caller's units owe within the next {@code days} days (default 7). */
        @GET
        public List<ReminderDTO> dueSoon(@Context SecurityContext sc, @QueryParam("days") @DefaultValue("7") String days) {
            return reminders.dueSoon(BasicAuthFilter.actor(sc), integer("days", days, 1, 31));
        }
    }

    @Path("/meetings")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Meetings {
        private final MeetingService meetings;

        Meetings(MeetingService meetings) {
            this.meetings = meetings;
        }

        /** Records a dispatch meeting; its assignments become tasks of the organiser's task list. */
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response record(@Context SecurityContext sc, MeetingDTO meeting) {
            MeetingDTO created = meetings.record(BasicAuthFilter.actor(sc), meeting);
            return Response.created(URI.create("meetings/" + created.id)).entity(created).build();
        }

        @GET
        @Path("{id:[0-9]+}")
        public MeetingDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
            return meetings.get(BasicAuthFilter.actor(sc), id);
        }

        @GET
        public List<MeetingDTO> list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction) {
            if (jurisdiction == null || jurisdiction.isBlank()) {
                throw bad("jurisdiction", "请指定辖区（jurisdiction）");
            }
            return meetings.list(BasicAuthFilter.actor(sc), jurisdiction.strip());
        }
    }

    @Path("/letters")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Letters {
        private final LetterService letters;

        Letters(LetterService letters) {
            this.letters = letters;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response draft(@Context SecurityContext sc, LetterDTO letter) {
            LetterDTO created = letters.draft(BasicAuthFilter.actor(sc), letter);
            return Response.created(URI.create("letters/" + created.id)).entity(created).build();
        }

        @GET
        @Path("{id:[0-9]+}")
        public LetterDTO get(@Context SecurityContext sc, @PathParam("id") long id) {
            return letters.get(BasicAuthFilter.actor(sc), id);
        }

        /** Body {@code {"jurisdiction": "…", "issuer": "<unit id>"}}: drafts for overdue tasks and hazards below the issuer. */
        @POST
        @Path("auto-drafts")
        @Consumes(MediaType.APPLICATION_JSON)
        public List<LetterDTO> autoDrafts(@Context SecurityContext sc, Map<String, String> body) {
            Map<String, String> b = body == null ? Map.of() : body;
            return letters.draftForOverdue(BasicAuthFilter.actor(sc), b.get("jurisdiction"), b.get("issuer"));
        }

        /** 补录 a letter sent on paper before: its printed number, sending day (sentAt) and deadline. */
        @POST
        @Path("registrations")
        @Consumes(MediaType.APPLICATION_JSON)
        public Response register(@Context SecurityContext sc, LetterDTO letter) {
            LetterDTO created = letters.register(BasicAuthFilter.actor(sc), letter);
            return Response.created(URI.create("letters/" + created.id)).entity(created).build();
        }

        /** Edits a draft; the body carries the fields to change. */
        @PUT
        @Path("{id:[0-9]+}")
        @Consumes(MediaType.APPLICATION_JSON)
        public LetterDTO update(@Context SecurityContext sc, @PathParam("id") long id, LetterDTO edits) {
            return letters.update(BasicAuthFilter.actor(sc), id, edits);
        }

        /** Drafts the next rung (提醒 → 提示 → 督办) for a letter unanswered past its deadline. */
        @POST
        @Path("{id:[0-9]+}/escalation")
        public Response escalate(@Context SecurityContext sc, @PathParam("id") long id) {
            LetterDTO created = letters.escalate(BasicAuthFilter.actor(sc), id);
            return Response.created(URI.create("letters/" + created.id)).entity(created).build();
        }

        @POST
        @Path("{id:[0-9]+}/sending")
        public LetterDTO send(@Context SecurityContext sc, @PathParam("id") long id) {
            return letters.send(BasicAuthFilter.actor(sc), id);
        }

        @POST
        @Path("{id:[0-9]+}/signature")
        public LetterDTO sign(@Context SecurityContext sc, @PathParam("id") long id) {
            return letters.sign(BasicAuthFilter.actor(sc), id);
        }

        /** Body {@code {"plan": "…", "report": "…"}}. */
        @POST
        @Path("{id:[0-9]+}/answer")
        @Consumes(MediaType.APPLICATION_JSON)
        public LetterDTO answer(@Context SecurityContext sc, @PathParam("id") long id, Map<String, String> body) {
            Map<String, String> b = body == null ? Map.of() : body;
            return letters.answer(BasicAuthFilter.actor(sc), id, b.get("plan"), b.get("report"));
        }

        @GET
        public List<LetterDTO> list(@Context SecurityContext sc, @QueryParam("jurisdiction") String jurisdiction) {
            if (jurisdiction == null || jurisdiction.isBlank()) {
                throw bad("jurisdiction", "请指定辖区（jurisdiction）");
            }
            return letters.list(BasicAuthFilter.actor(sc), jurisdiction.strip());
        }
    }

    @Path("/audit")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Audit {
        private final AuditTrail audit;

        Audit(AuditTrail audit) {
            this.audit = audit;
        }

        @GET
        @Path("verify")
        public AuditVerificationDTO verify(@Context SecurityContext sc) {
            requireAdmin(sc);
            return audit.verify();
        }

        @GET
        public List<AuditEntryDTO> entries(@Context SecurityContext sc, @QueryParam("entityType") String type,
                @QueryParam("entityId") String id, @QueryParam("offset") @DefaultValue("0") int offset,
                @QueryParam("limit") @DefaultValue("100") int limit) {
            requireAdmin(sc);
            return audit.entries(type, id, offset, limit);
        }

        static void requireAdmin(SecurityContext sc) {
            Actor actor = BasicAuthFilter.actor(sc);
            if (!actor.roles().contains(Actor.ROLE_ADMIN)) {
                throw LuoshiException.forbidden("只有管理员可以执行此操作");
            }
        }
    }

    @Path("/admin")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public static final class Admin {
        private final BundleWatch bundles;

        Admin(BundleWatch bundles) {
            this.bundles = bundles;
        }

        /** Every bundle with its state and how often it stopped since the REST face started (administrators only). */
        @GET
        @Path("bundles")
        public List<Map<String, Object>> bundles(@Context SecurityContext sc) {
            Audit.requireAdmin(sc);
            return bundles.snapshot();
        }
    }
}
