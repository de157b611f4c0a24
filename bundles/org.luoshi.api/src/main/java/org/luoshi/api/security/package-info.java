/** Authentication of users against the container's JAAS realm, and the units they may see. */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.luoshi.api.security;
