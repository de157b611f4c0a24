package org.luoshi.accidents.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily pass of the accident rules: ten minutes after the module starts, then every 24 hours, every territory with
 * accidents is evaluated again (a rule a plugin upgrade brought, an accident whose rules failed when it was recorded).
 */
@Component(immediate = true)
public class DailyRules {
    private static final Logger LOG = LoggerFactory.getLogger(DailyRules.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "luoshi-accident-rules");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public DailyRules(@Reference AccidentServiceImpl accidents) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                int fired = accidents.evaluateAll().size();
                LOG.info("Daily accident rules: {} new firing(s)", fired);
            } catch (RuntimeException e) {
                LOG.error("Daily accident rules failed", e);
            }
        }, 10, 24 * 60, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
