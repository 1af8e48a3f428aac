/** The address conversion API ({@code /api/v1/addresses}) and page ({@code /addresses/convert}). */
@org.jspecify.annotations.NullMarked
package vn.haicap.address.web;
