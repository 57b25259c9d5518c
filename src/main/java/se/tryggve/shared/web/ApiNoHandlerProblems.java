package se.tryggve.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors of the JSON API that arise before any controller is chosen (a method the path does not
 * have: 405, or a media type no operation accepts) never reach {@link ApiProblemHandler}, which
 * only advises API controllers. They are answered as the same RFC 7807 problems here instead of
 * the servlet container's bare error.
 */
@Component
class ApiNoHandlerProblems implements HandlerExceptionResolver, Ordered {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        if (handler != null || !(ex instanceof ErrorResponse error)
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        ProblemDetail problem = error.getBody();
        int status = error.getStatusCode().value();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://tryggve.se/problem/" + (status == 405 ? "method-not-allowed" : "invalid"));
        body.put("title", problem.getTitle());
        body.put("status", status);
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        try {
            response.setStatus(status);
            error.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.writeValueAsString(body));
            return new ModelAndView();
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
