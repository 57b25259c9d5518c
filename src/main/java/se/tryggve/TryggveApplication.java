package se.tryggve;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Tryggve: a municipality's safety and security work, from programme to minutes. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class TryggveApplication {

    public static void main(String[] args) {
        SpringApplication.run(TryggveApplication.class, args);
    }
}
