package se.tryggve.shared.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the multipart limit ({@code spring.servlet.multipart.max-file-size}, 25 MB) is refused before any
 * controller sees it, so no module's own check with its message beside the field can answer. This advice (for every
 * handler, also when none was found yet) answers 413 with a clear Swedish text instead of a bare 413 or a 500
 * (issue 8): an RFC 7807 problem on the JSON API, GeoReport v2's error list on Open311, the error page on pages.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    static final String MESSAGE = "Filen är för stor. En fil får vara högst 25 MB; mindre gränser för vissa filer står vid fältet.";

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MultipartException e, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return write(response, MediaType.APPLICATION_PROBLEM_JSON_VALUE, "{\"type\":\"https://tryggve.se/problem/too-large\","
                    + "\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"" + MESSAGE + "\"}");
        }
        if (path.startsWith("/open311/")) {
            boolean xml = path.endsWith(".xml");
            String body = xml ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><errors><error><code>413</code><description>"
                    + MESSAGE + "</description></error></errors>" : "[{\"code\":413,\"description\":\"" + MESSAGE + "\"}]";
            response.setHeader("Access-Control-Allow-Origin", "*");
            return write(response, xml ? "text/xml" : "application/json", body);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("status", 413);
        return page;
    }

    /** Writes the answer itself; null tells Spring MVC the request is handled. */
    private static ModelAndView write(jakarta.servlet.http.HttpServletResponse response, String type, String body)
            throws java.io.IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        return null;
    }
}
