/** Jurisdictions, their units and task catalogs; {@link org.luoshi.api.jurisdiction.Jurisdiction} is the SPI a region plugin provides (usually as data read by the core extender). */
@org.osgi.annotation.versioning.Version("2.1.0")
package org.luoshi.api.jurisdiction;
