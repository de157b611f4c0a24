/** Links between the records of different modules (lineage, source checks), asked of each module as a service. */
@org.osgi.annotation.versioning.Version("1.3.0")
package org.luoshi.api.link;
