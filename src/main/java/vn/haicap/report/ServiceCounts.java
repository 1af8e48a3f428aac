package vn.haicap.report;

/**
 * What the service index is computed from, for one unit and period: counts of dossiers received in the
 * period (and of the procedures they belong to). Sums of months give quarters and years.
 *
 * @param received dossiers received in the period
 * @param onTime of those, finished by their appointment or still within it, with at most one supplement request
 * @param completed of those, decided or returned
 * @param processingSeconds total time from receipt to the end of the completed ones
 * @param online submitted online
 * @param onlineCounted online, with an electronic result where a written result is due
 * @param resultExpected decided in favour (a written result is due)
 * @param electronicResult of those, with the result file in the document store
 * @param digitised with attached files, and an electronic result where one is due
 * @param reused with at least one file re-used from the applicant's earlier papers
 * @param feeBearing owing a fee or charge
 * @param paidOnline of those, paid on the national portal or a local payment gateway
 * @param rated rated by the applicant
 * @param dissatisfied rated "not satisfied"
 * @param procedures procedures with dossiers received in the period
 * @param proceduresOfferedOnline of those, offered online (partly or full-process) in the catalogue
 * @param proceduresUsedOnline of those offered online, with at least one online dossier
 * @param feeProcedures procedures with fee-bearing dossiers
 * @param feeProceduresPaidOnline of those, with at least one dossier paid online
 */
public record ServiceCounts(
        long received,
        long onTime,
        long completed,
        long processingSeconds,
        long online,
        long onlineCounted,
        long resultExpected,
        long electronicResult,
        long digitised,
        long reused,
        long feeBearing,
        long paidOnline,
        long rated,
        long dissatisfied,
        long procedures,
        long proceduresOfferedOnline,
        long proceduresUsedOnline,
        long feeProcedures,
        long feeProceduresPaidOnline) {

    public static final ServiceCounts NONE = new ServiceCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public long late() {
        return received - onTime;
    }
}
