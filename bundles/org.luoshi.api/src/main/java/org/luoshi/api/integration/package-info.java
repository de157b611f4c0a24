/** Integrator access (接入管理): service accounts with API tokens, and event subscriptions (webhooks). */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.luoshi.api.integration;
