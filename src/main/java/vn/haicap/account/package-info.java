/**
 * Accounts and access: users with roles and a jurisdiction (a province or a commune code), form
 * login for pages, HTTP basic for the API, per-client rate limits on public reference data, and
 * the demo accounts of evaluation mode. Exposes {@link vn.haicap.account.CurrentUser} so that other
 * modules can filter their queries by jurisdiction; publishes login events to the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts and access")
@org.jspecify.annotations.NullMarked
package vn.haicap.account;
