/** Authentication of users against the container's JAAS realm, the units they may see, and the platform's keys. */
@org.osgi.annotation.versioning.Version("1.3.0")
package org.luoshi.api.security;
