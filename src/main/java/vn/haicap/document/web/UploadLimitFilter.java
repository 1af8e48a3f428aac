package vn.haicap.document.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.haicap.document.inspection.InspectionProperties;

/**
 * Refuses an upload to {@code /api/v1/documents}, or a dossier submission with its papers ({@code
 * /api/v1/dossiers}, the forms {@code /dossiers/new} and {@code /dossiers/register}), whose declared length
 * is over the largest limit, before
 * a byte of it is read or parsed (413, problem JSON {@code common.upload-too-large}). A body without a
 * declared length (chunked) is counted as it is copied and cut at the limit of its kind. Runs before every
 * other filter, so that nothing (security, parameter parsing) starts reading the body first.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    private final long largest;
    private final MessageSource messages;

    UploadLimitFilter(InspectionProperties limits, MessageSource messages) {
        this.largest = limits.largestRequest();
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !"POST".equals(request.getMethod())
                || !(uri.startsWith("/api/v1/documents")
                        || uri.startsWith("/api/v1/dossiers")
                        || uri.equals("/dossiers/new")
                        || uri.equals("/dossiers/register"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > largest) {
            // answered here, before anything reads the body; Tomcat closes the connection after a 413
            String detail = messages.getMessage("common.upload-too-large", null, request.getLocale());
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setHeader("Connection", "close");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":"
                            + quoted(detail) + ",\"code\":\"common.upload-too-large\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
