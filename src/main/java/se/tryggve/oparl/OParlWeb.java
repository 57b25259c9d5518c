package se.tryggve.oparl;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTP around the OParl API: CORS for every origin (OParl 1.1 requires
 * {@code Access-Control-Allow-Origin: *} so that web clients of other sites can read it) including the
 * preflight, and an ETag on every answer so a repeated request gets 304 Not Modified (the speed
 * requirement; the ETag is the hash of the answer, so it also changes when an object changes).
 */
@Configuration(proxyBeanMethods = false)
class OParlWeb {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> oparlCorsFilter() {
        FilterRegistrationBean<OncePerRequestFilter> r = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
                    throws ServletException, IOException {
                res.setHeader("Access-Control-Allow-Origin", "*");
                res.setHeader("Access-Control-Expose-Headers", "ETag");
                if ("OPTIONS".equals(req.getMethod())) {
                    res.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
                    String asked = req.getHeader("Access-Control-Request-Headers");
                    res.setHeader("Access-Control-Allow-Headers", asked == null ? "*" : asked);
                    res.setHeader("Access-Control-Max-Age", "86400");
                    res.setStatus(HttpServletResponse.SC_NO_CONTENT);
                    return;
                }
                chain.doFilter(req, res);
            }
        });
        r.addUrlPatterns("/oparl/*");
        r.setName("oparlCors");
        // before Spring Security, so the preflight (which carries no credentials) is answered as is
        r.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return r;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> oparlEtagFilter() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> r = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        r.addUrlPatterns("/oparl/*");
        r.setName("oparlEtag");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return r;
    }
}
