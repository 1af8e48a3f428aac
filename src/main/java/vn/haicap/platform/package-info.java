/**
 * What every capability runs on: the embedded database of evaluation mode, web and i18n set-up,
 * the error model, the page layout and the home page. No other module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
@org.jspecify.annotations.NullMarked
package vn.haicap.platform;
