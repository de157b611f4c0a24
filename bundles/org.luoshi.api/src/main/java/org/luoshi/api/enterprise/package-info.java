/** The register of enterprises (企业名录, 生产经营单位) that hazards, accidents, inspections and spot checks are about. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.luoshi.api.enterprise;
