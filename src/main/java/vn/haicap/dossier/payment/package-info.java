/**
 * Fees and charges of a dossier (one-stop-shop.md §9): the amount due for the channel the dossier was
 * submitted through, as the procedure version it was received under publishes it; the payment record
 * (items, status, how and when it was paid, the e-receipt number); the VietQR code for paying by bank
 * transfer to the collecting Center's account; recording a payment at the counter. See
 * docs/adr/0006-fees-and-vietqr.md.
 */
@org.jspecify.annotations.NullMarked
package vn.haicap.dossier.payment;
