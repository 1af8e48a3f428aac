/** Types that every module may use: the business error with its stable code, pages of results, roles. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package vn.haicap.shared;
