/** Evidence, photos and reports: stored in the database with size limits, an allow-list of types checked by content, and hashes. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.luoshi.api.file;
