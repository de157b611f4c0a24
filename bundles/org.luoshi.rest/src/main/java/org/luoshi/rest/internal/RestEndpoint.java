package org.luoshi.rest.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.lifecycle.SingletonResourceProvider;
import org.luoshi.api.Face;
import org.osgi.framework.BundleContext;
import org.luoshi.api.audit.AuditTrail;
import org.luoshi.api.dispatch.MeetingService;
import org.luoshi.api.dispatch.ReminderService;
import org.luoshi.api.dispatch.ReportingService;
import org.luoshi.api.export.ExportService;
import org.luoshi.api.letter.LetterService;
import org.luoshi.api.hazard.HazardService;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.listing.ListingService;
import org.luoshi.api.summary.SummaryService;
import org.luoshi.api.task.TaskService;
import org.luoshi.api.security.Authenticator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/** Owns the CXF JAX-RS server of the REST face: created on activation, destroyed on deactivation. */
@Component(immediate = true, configurationPid = "org.luoshi.rest")
@Designate(ocd = RestEndpoint.Config.class)
public class RestEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(RestEndpoint.class);

    /** Configuration, PID {@code org.luoshi.rest}. */
    @ObjectClassDefinition(name = "Luoshi REST")
    public @interface Config {
        @AttributeDefinition(description = "Address below the CXF servlet")
        String address() default "/api";

        @AttributeDefinition(description = "Faces that must be serving before the health check reports UP")
        String[] requiredFaces() default {"soap", "ui"};

        @AttributeDefinition(description = "Public tip-offs (and photos) accepted per client address in ten minutes")
        int publicSubmissionsPerTenMinutes() default 20;
    }

    private final Server server;
    private final BundleWatch bundleWatch;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            fieldOption = FieldOption.UPDATE)
    private final List<Face> faces = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ExportService export;

    @Activate
    public RestEndpoint(@Reference JurisdictionRegistry registry, @Reference HazardService hazards, @Reference TaskService tasks, @Reference ListingService listings, @Reference SummaryService summary, @Reference ReportingService reporting, @Reference ReminderService reminders, @Reference MeetingService meetings, @Reference LetterService letters, @Reference org.luoshi.api.form.FormService forms,
            @Reference org.luoshi.api.inspection.InspectionService inspections,
            @Reference org.luoshi.api.tipoff.TipOffService tipOffs,
            @Reference org.luoshi.api.publicity.PublicityService publicity,
            @Reference org.luoshi.api.transfer.TransferService transfers, @Reference org.luoshi.api.file.FileService files,
            @Reference AuditTrail audit, @Reference Authenticator authenticator, Config config, BundleContext context) {
        bundleWatch = new BundleWatch(context);
        ObjectMapper mapper = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .setSerializationInclusion(JsonInclude.Include.ALWAYS);
        Resources.Hazards hazardResource = new Resources.Hazards(hazards);
        Resources.Tasks taskResource = new Resources.Tasks(tasks);
        Resources.Listings listingResource = new Resources.Listings(listings);
        Resources.Reporting reportingResource = new Resources.Reporting(reporting);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RestEndpoint.class.getClassLoader());
        try {
            Bus bus = BusFactory.getDefaultBus();
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress(config.address());
            factory.setResourceProviders(List.of(
                    new SingletonResourceProvider(new Resources.Health(registry, Set.of(config.requiredFaces()),
                            () -> faces.stream().map(Face::name).collect(Collectors.toSet()))),
                    new SingletonResourceProvider(new Resources.Jurisdictions(registry)),
                    new SingletonResourceProvider(hazardResource),
                    new SingletonResourceProvider(taskResource),
                    new SingletonResourceProvider(listingResource),
                    new SingletonResourceProvider(new Exports(() -> export, registry, hazardResource, taskResource,
                            listingResource, reportingResource, forms, letters)),
                    new SingletonResourceProvider(new Forms(forms)),
                    new SingletonResourceProvider(new Inspections(inspections)),
                    new SingletonResourceProvider(new TipOffs.Handling(tipOffs)),
                    new SingletonResourceProvider(new TipOffs.Public(tipOffs,
                            new RateLimit(config.publicSubmissionsPerTenMinutes(), java.time.Duration.ofMinutes(10)))),
                    new SingletonResourceProvider(new Publicity.Publications(publicity)),
                    new SingletonResourceProvider(new Publicity.Educations(publicity)),
                    new SingletonResourceProvider(new Publicity.Published(publicity)),
                    new SingletonResourceProvider(new Transfers.Resource(transfers, files)),
                    new SingletonResourceProvider(new Transfers.Files(files)),
                    new SingletonResourceProvider(new Lineage(hazards, listings, inspections, tipOffs, publicity, transfers)),
                    new SingletonResourceProvider(new Resources.Summary(summary)),
                    new SingletonResourceProvider(reportingResource),
                    new SingletonResourceProvider(new Resources.Reminders(reminders)),
                    new SingletonResourceProvider(new Resources.Meetings(meetings)),
                    new SingletonResourceProvider(new Resources.Letters(letters)),
                    new SingletonResourceProvider(new Resources.Audit(audit)),
                    new SingletonResourceProvider(new Resources.Admin(bundleWatch))));
            factory.setProviders(List.of(new JacksonJsonProvider(mapper), new BasicAuthFilter(authenticator),
                    new ExceptionMappers.Refusal(), new ExceptionMappers.BadJson(), new ExceptionMappers.Web(),
                    new ExceptionMappers.Unexpected()));
            server = factory.create();
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info("REST face published at {}", config.address());
    }

    @Deactivate
    void deactivate() {
        bundleWatch.close();
        server.destroy();
    }
}
