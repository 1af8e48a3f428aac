package vn.haicap.report.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import vn.haicap.report.ServiceIndex;
import vn.haicap.report.WorkforceReports;

/**
 * The rows of the dashboard's three tables with one row per unit (a province has some 170 in each), written
 * at once: through the template each cell cost a variable lookup in the request's attributes, and these rows
 * were most of the page's rendering time (docs/benchmarks.md, "Reports"). Text is HTML-escaped; {@code link} is
 * the dashboard's link for the period and date, to which a row adds its unit.
 */
public final class DashboardRows {

    private final List<ServiceIndex> children;
    private final WorkforceReports.Personnel personnel;
    private final WorkforceReports.Gender gender;

    DashboardRows(List<ServiceIndex> children, WorkforceReports.Personnel personnel, WorkforceReports.Gender gender) {
        this.children = children;
        this.personnel = personnel;
        this.gender = gender;
    }

    /** Service index by unit: code (a link to its dashboard), name, total, dossiers received, on time. */
    public String units(String link) {
        Html html = new Html(children.size());
        for (ServiceIndex c : children) {
            ServiceIndex.Indicator onTime = c.indicator("2.1");
            html.open("tr")
                    .link(link, c.unit(), c.unit())
                    .cell(c.unitName())
                    .cell(c.total())
                    .cell(onTime == null ? null : onTime.denominator())
                    .cell(onTime == null ? null : onTime.value())
                    .close("tr");
        }
        return html.toString();
    }

    /** Staffing by unit: name (a link), quota, headcount, vacancies; each row with its {@code data-unit}. */
    public String gaps(String link) {
        Html html = new Html(personnel.children().size());
        for (WorkforceReports.ChildRow c : personnel.children()) {
            html.openUnit(c.code())
                    .link(link, c.code(), c.name())
                    .cell(c.quota())
                    .cell(c.headcount())
                    .cell(c.vacancies())
                    .close("tr");
        }
        return html.toString();
    }

    /** Women by unit or agency: label, women, headcount, share. */
    public String women() {
        Html html = new Html(gender.byUnit().size());
        for (WorkforceReports.Share s : gender.byUnit()) {
            html.open("tr")
                    .header(s.label())
                    .cell(s.women())
                    .cell(s.total())
                    .cell(s.share())
                    .close("tr");
        }
        return html.toString();
    }

    /** Cells printed as Thymeleaf's {@code th:text} prints them: {@code String.valueOf}, nothing for null. */
    private static final class Html {
        private final StringBuilder out;

        Html(int rows) {
            out = new StringBuilder(rows * 160);
        }

        Html open(String tag) {
            out.append('<').append(tag).append('>');
            return this;
        }

        Html openUnit(String code) {
            out.append("<tr data-unit=\"").append(escape(code)).append("\">");
            return this;
        }

        Html close(String tag) {
            out.append("</").append(tag).append('>');
            return this;
        }

        Html cell(@Nullable Object value) {
            out.append("<td>").append(text(value)).append("</td>");
            return this;
        }

        Html header(@Nullable Object value) {
            out.append("<th scope=\"row\">").append(text(value)).append("</th>");
            return this;
        }

        Html link(String link, String unit, String text) {
            out.append("<td><a href=\"")
                    .append(escape(link + "&unit=" + unit))
                    .append("\">")
                    .append(text(text))
                    .append("</a></td>");
            return this;
        }

        private static String text(@Nullable Object value) {
            return value == null ? "" : escape(String.valueOf(value));
        }

        /** Only the characters markup needs (the page is UTF-8), as {@code th:text} does. */
        private static String escape(String text) {
            return HtmlUtils.htmlEscape(text, "UTF-8");
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
