/** Contributing JAX-RS resources to the REST shell at {@code /api} (service properties, the caller, parameters). */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.luoshi.api.rest;
