/** Contributing SOAP endpoints to the SOAP shell below {@code /soap} (service property, namespace, the caller). */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.luoshi.api.soap;
