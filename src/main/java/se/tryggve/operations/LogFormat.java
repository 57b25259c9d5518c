package se.tryggve.operations;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code TRYGGVE_LOG_FORMAT=json} (property {@code tryggve.log-format}) turns the console log into
 * one JSON object a line in the Elastic Common Schema, Spring Boot's structured logging, which log
 * collectors (Fluent Bit, Vector, Promtail, Filebeat) read without a parser of their own. The MDC's
 * {@code requestId} becomes a field of each line. Operators who want another of Boot's formats set
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE} (ecs, logstash, gelf) directly; that setting wins.
 * Runs before the logging system starts, which reads the environment prepared here.
 */
public class LogFormat implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "tryggve.log-format";
    static final String BOOT_PROPERTY = "logging.structured.format.console";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty(PROPERTY, "");
        if ("json".equalsIgnoreCase(format.trim()) && !environment.containsProperty(BOOT_PROPERTY)) {
            environment.getPropertySources().addLast(new MapPropertySource("tryggveLogFormat", Map.of(BOOT_PROPERTY, "ecs")));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
