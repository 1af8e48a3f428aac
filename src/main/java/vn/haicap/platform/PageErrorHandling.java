package vn.haicap.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.haicap.shared.HaicapException;

/** A business error raised while rendering a page: the page shows the localized message, with its status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandling {

    @ExceptionHandler(HaicapException.class)
    String business(HaicapException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("code", e.code());
        model.addAttribute("arguments", e.arguments());
        return "error/page";
    }
}
