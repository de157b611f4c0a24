/**
 * Spot checks by ratio (抽查): an office's campaign over the registered enterprises of its region, the ratio its level
 * must meet from region data, a reproducible stratified random sample, an inspection per sampled enterprise, and the
 * coverage report.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.luoshi.api.spotcheck;
