/** Shared errors and the caller model of every Luoshi service. */
@org.osgi.annotation.versioning.Version("1.6.0")
package org.luoshi.api;
