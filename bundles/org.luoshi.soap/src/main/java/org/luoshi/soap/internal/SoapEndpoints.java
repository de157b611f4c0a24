package org.luoshi.soap.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.luoshi.api.Face;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.cycle.CycleDTO;
import org.luoshi.api.cycle.PeriodDTO;
import org.luoshi.api.dispatch.MeetingDTO;
import org.luoshi.api.dispatch.MeetingService;
import org.luoshi.api.dispatch.PeriodStatusDTO;
import org.luoshi.api.dispatch.ReportingService;
import org.luoshi.api.dispatch.SubmissionDTO;
import org.luoshi.api.hazard.HazardDTO;
import org.luoshi.api.hazard.HazardPage;
import org.luoshi.api.hazard.HazardQuery;
import org.luoshi.api.hazard.HazardReviewDTO;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.hazard.ProgressUpdateDTO;
import org.luoshi.api.jurisdiction.CatalogTaskDTO;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.listing.ExtensionDTO;
import org.luoshi.api.listing.FollowUpDTO;
import org.luoshi.api.listing.ListingDTO;
import org.luoshi.api.listing.ListingPage;
import org.luoshi.api.listing.ListingQuery;
import org.luoshi.api.listing.ListingRequestDTO;
import org.luoshi.api.listing.ListingService;
import org.luoshi.api.listing.PlanDTO;
import org.luoshi.api.listing.ReviewDTO;
import org.luoshi.api.listing.TrackingDTO;
import org.luoshi.api.security.Authenticator;
import org.luoshi.api.summary.SummaryDTO;
import org.luoshi.api.summary.SummaryService;
import org.luoshi.api.task.TaskAssignmentDTO;
import org.luoshi.api.task.TaskDTO;
import org.luoshi.api.task.TaskEntryDTO;
import org.luoshi.api.task.TaskImportDTO;
import org.luoshi.api.task.TaskPage;
import org.luoshi.api.task.TaskQuery;
import org.luoshi.api.task.TaskService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Owns the CXF JAX-WS endpoints of the SOAP face: published on activation, destroyed on deactivation. */
@Component(immediate = true, configurationPid = "org.luoshi.soap")
@Designate(ocd = SoapEndpoints.Config.class)
public class SoapEndpoints {
    static final String NS = "http://luoshi.org/soap/1";
    private static final Logger LOG = LoggerFactory.getLogger(SoapEndpoints.class);

    /** Configuration, PID {@code org.luoshi.soap}. */
    @ObjectClassDefinition(name = "Luoshi SOAP")
    public @interface Config {
        @AttributeDefinition(description = "Address prefix below the CXF servlet")
        String prefix() default "/soap";
    }

    private final List<Server> servers = new ArrayList<>();
    private final ServiceRegistration<Face> face;

    @Activate
    public SoapEndpoints(@Reference HazardService hazards, @Reference TaskService tasks, @Reference ListingService listings, @Reference SummaryService summary, @Reference ReportingService reporting, @Reference MeetingService meetings, @Reference JurisdictionRegistry registry,
            @Reference org.luoshi.api.form.FormService forms, @Reference org.luoshi.api.letter.LetterService letters,
            @Reference org.luoshi.api.inspection.InspectionService inspections,
            @Reference org.luoshi.api.tipoff.TipOffService tipOffs,
            @Reference org.luoshi.api.publicity.PublicityService publicity,
            @Reference org.luoshi.api.transfer.TransferService transfers,
            @Reference Authenticator authenticator, Config config, BundleContext context) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SoapEndpoints.class.getClassLoader());
        try {
            Bus bus = BusFactory.getDefaultBus();
            BasicAuthInterceptor auth = new BasicAuthInterceptor(authenticator);
            servers.add(publish(bus, config.prefix() + "/hazards", HazardWebService.class, new HazardWebService() {
                @Override
                public HazardDTO createHazard(HazardDTO hazard) {
                    return SoapCalls.call(a -> hazards.create(a, hazard));
                }

                @Override
                public HazardDTO getHazard(long id) {
                    return SoapCalls.call(a -> hazards.get(a, id));
                }

                @Override
                public HazardDTO updateProgress(long id, ProgressUpdateDTO update) {
                    return SoapCalls.call(a -> hazards.updateProgress(a, id, update));
                }

                @Override
                public HazardPage listHazards(HazardQuery query) {
                    return SoapCalls.call(a -> hazards.list(a, query));
                }

                @Override
                public HazardDTO reviewHazard(long id, HazardReviewDTO review) {
                    return SoapCalls.call(a -> hazards.review(a, id, review));
                }

                @Override
                public SummaryDTO getSummary(String unit) {
                    return SoapCalls.call(a -> summary.summary(a, unit));
                }
            }, auth));
            servers.add(publish(bus, config.prefix() + "/tasks", TaskWebService.class, new TaskWebService() {
                @Override
                public List<TaskDTO> importCatalog(TaskImportDTO request) {
                    return SoapCalls.call(a -> tasks.importCatalog(a, request));
                }

                @Override
                public TaskDTO getTask(long id) {
                    return SoapCalls.call(a -> tasks.get(a, id));
                }

                @Override
                public TaskDTO assignTask(long id, TaskAssignmentDTO assignment) {
                    return SoapCalls.call(a -> tasks.assign(a, id, assignment));
                }

                @Override
                public TaskDTO addTaskEntry(long id, TaskEntryDTO entry) {
                    return SoapCalls.call(a -> tasks.addEntry(a, id, entry));
                }

                @Override
                public TaskDTO completeTask(long id, String completedOn) {
                    return SoapCalls.call(a -> tasks.complete(a, id, completedOn));
                }

                @Override
                public TaskPage listTasks(TaskQuery query) {
                    return SoapCalls.call(a -> tasks.list(a, query));
                }
            }, auth));
            servers.add(publish(bus, config.prefix() + "/listings", ListingWebService.class, new ListingWebService() {
                @Override
                public ListingDTO listHazard(ListingRequestDTO request) {
                    return SoapCalls.call(a -> listings.list(a, request));
                }

                @Override
                public ListingDTO getListing(long id) {
                    return SoapCalls.call(a -> listings.get(a, id));
                }

                @Override
                public ListingDTO submitPlan(long id, PlanDTO plan) {
                    return SoapCalls.call(a -> listings.submitPlan(a, id, plan));
                }

                @Override
                public ListingDTO track(long id, TrackingDTO entry) {
                    return SoapCalls.call(a -> listings.track(a, id, entry));
                }

                @Override
                public ListingDTO requestExtension(long id, ExtensionDTO request) {
                    return SoapCalls.call(a -> listings.requestExtension(a, id, request));
                }

                @Override
                public ListingDTO decideExtension(long id, boolean approve, String reason) {
                    return SoapCalls.call(a -> listings.decideExtension(a, id, approve, reason));
                }

                @Override
                public ListingDTO reportCompletion(long id, String report, String completedOn) {
                    return SoapCalls.call(a -> listings.reportCompletion(a, id, report, completedOn));
                }

                @Override
                public ListingDTO delegateReview(long id, String reviewUnit) {
                    return SoapCalls.call(a -> listings.delegateReview(a, id, reviewUnit));
                }

                @Override
                public ListingDTO review(long id, ReviewDTO review) {
                    return SoapCalls.call(a -> listings.review(a, id, review));
                }

                @Override
                public ListingDTO delist(long id, String date) {
                    return SoapCalls.call(a -> listings.delist(a, id, date));
                }

                @Override
                public ListingDTO addFollowUp(long id, FollowUpDTO followUp) {
                    return SoapCalls.call(a -> listings.addFollowUp(a, id, followUp));
                }

                @Override
                public ListingPage searchListings(ListingQuery query) {
                    return SoapCalls.call(a -> listings.search(a, query));
                }
            }, auth));
            servers.add(publish(bus, config.prefix() + "/reporting", ReportingWebService.class, new ReportingWebService() {
                @Override
                public List<CycleDTO> listCycles(String jurisdiction) {
                    return SoapCalls.call(a -> reporting.cycles(a, jurisdiction));
                }

                @Override
                public List<PeriodDTO> listPeriods(String jurisdiction, String cycle, String from, String to) {
                    return SoapCalls.call(a -> reporting.periods(a, jurisdiction, cycle, date("from", from), date("to", to)));
                }

                @Override
                public SubmissionDTO submitReport(String jurisdiction, String cycle, int periodIndex, String unit, String note) {
                    return SoapCalls.call(a -> reporting.submit(a, jurisdiction, cycle, periodIndex, unit, note));
                }

                @Override
                public PeriodStatusDTO getPeriodStatus(String jurisdiction, String cycle, int periodIndex) {
                    return SoapCalls.call(a -> reporting.status(a, jurisdiction, cycle, periodIndex));
                }
            }, auth));
            servers.add(publish(bus, config.prefix() + "/meetings", MeetingWebService.class, new MeetingWebService() {
                @Override
                public MeetingDTO recordMeeting(MeetingDTO meeting) {
                    return SoapCalls.call(a -> meetings.record(a, meeting));
                }

                @Override
                public MeetingDTO getMeeting(long id) {
                    return SoapCalls.call(a -> meetings.get(a, id));
                }

                @Override
                public List<MeetingDTO> listMeetings(String jurisdiction) {
                    return SoapCalls.call(a -> meetings.list(a, jurisdiction));
                }
            }, auth));
            servers.add(publish(bus, config.prefix() + "/forms", FormWebService.class, new FormWebService.Impl(forms),
                    auth));
            servers.add(publish(bus, config.prefix() + "/letters", LetterWebService.class,
                    new LetterWebService.Impl(letters), auth));
            servers.add(publish(bus, config.prefix() + "/inspections", InspectionWebService.class,
                    new InspectionWebService.Impl(inspections), auth));
            servers.add(publish(bus, config.prefix() + "/tipoffs", TipOffWebService.class,
                    new TipOffWebService.Impl(tipOffs), auth));
            servers.add(publish(bus, config.prefix() + "/publicity", PublicityWebService.class,
                    new PublicityWebService.Impl(publicity), auth));
            servers.add(publish(bus, config.prefix() + "/transfers", TransferWebService.class,
                    new TransferWebService.Impl(transfers), auth));
            servers.add(publish(bus, config.prefix() + "/jurisdictions", JurisdictionWebService.class,
                    new JurisdictionWebService() {
                        @Override
                        public List<JurisdictionDTO> listJurisdictions() {
                            return SoapCalls.call(a -> registry.jurisdictions());
                        }

                        @Override
                        public List<CatalogTaskDTO> getCatalog(String jurisdiction) {
                            return SoapCalls.call(a -> registry.catalog(jurisdiction)
                                    .orElseThrow(() -> LuoshiException.notFound("辖区 “" + jurisdiction + "” 未安装")));
                        }

                        @Override
                        public List<UnitDTO> getUnits(String jurisdiction) {
                            return SoapCalls.call(a -> registry.units(jurisdiction)
                                    .orElseThrow(() -> LuoshiException.notFound("辖区 “" + jurisdiction + "” 未安装")));
                        }
                    }, auth));
        } finally {
            thread.setContextClassLoader(previous);
        }
        face = context.registerService(Face.class, () -> "soap", null);
        LOG.info("SOAP face published below {}", config.prefix());
    }

    private static Server publish(Bus bus, String address, Class<?> contract, Object implementor,
            BasicAuthInterceptor auth) {
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(address);
        factory.setServiceClass(contract);
        factory.setServiceBean(implementor);
        factory.getInInterceptors().add(auth);
        return factory.create();
    }

    private static java.time.LocalDate date(String field, String value) {
        try {
            return java.time.LocalDate.parse(value == null ? "" : value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new LuoshiException(LuoshiException.Kind.INVALID, field + " 应为 yyyy-MM-dd 格式的日期",
                    java.util.Map.of(field, "日期格式有误"));
        }
    }

    @Deactivate
    void deactivate() {
        face.unregister();
        servers.forEach(Server::destroy);
    }
}
