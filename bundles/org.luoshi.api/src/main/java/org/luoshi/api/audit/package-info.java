/** The append-only, hash-chained audit trail. */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.luoshi.api.audit;
