package se.tryggve.shared.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The title, version and description shown at /v3/api-docs and in Swagger UI. The version is the
 * build's: from build-info when the build writes it, else from the jar manifest; a run from the
 * IDE or {@code spring-boot:run} has neither and says so.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiInfo {

    static final String TITLE = "Tryggve API";
    static final String BASIC = "basicAuth";

    @Bean
    OpenAPI tryggveOpenApi(ObjectProvider<BuildProperties> build) {
        return new OpenAPI()
                .info(new Info()
                        .title(TITLE)
                        .version(version(build.getIfAvailable()))
                        .description("""
                                Tryggves JSON-API för kommunens trygghets- och säkerhetsarbete: organisation, \
                                styrdokument, aktiviteter, användarkonton och granskningslogg. Alla uppgifter gäller \
                                den inloggade användarens kommun. Ändringar (PUT) anger versionen de bygger på \
                                (If-Match eller fältet version); fel svaras som RFC 7807-problem.

                                Tryggve's JSON API for the municipality's safety and security work: organisation, \
                                governing documents, activities, user accounts and audit log. Everything is scoped to \
                                the signed-in user's municipality. Updates (PUT) carry the version they are based on \
                                (If-Match or a version field); errors are RFC 7807 problems."""))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    static String version(BuildProperties build) {
        if (build != null && build.getVersion() != null) {
            return build.getVersion();
        }
        String manifest = OpenApiInfo.class.getPackage().getImplementationVersion();
        return manifest != null ? manifest : "development";
    }
}
