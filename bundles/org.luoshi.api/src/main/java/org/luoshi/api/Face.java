package org.luoshi.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A face of the platform that users reach (REST, SOAP, the UI), registered as a service once it is serving requests.
 * The health check reports UP only when every required face is present.
 */
@ConsumerType
public interface Face {
    /** Short name: {@code rest}, {@code soap}, {@code ui}. */
    String name();
}
