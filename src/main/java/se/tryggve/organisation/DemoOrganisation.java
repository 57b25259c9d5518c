package se.tryggve.organisation;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data of the embedded default installation (tryggve.demo.enabled): Huddinge kommun's
 * departments. Runs after {@link FirstStart} and before the governance demo; does nothing when the
 * data is already there.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "tryggve.demo.enabled", havingValue = "true")
class DemoOrganisation implements ApplicationRunner {

    /** Huddinge's departments (förvaltningar); other modules look them up by these names. */
    static final List<String[]> DEPARTMENTS = List.of(
            new String[] {"Kommunstyrelsens förvaltning", "KSF"},
            new String[] {"Barn- och utbildningsförvaltningen", "BUF"},
            new String[] {"Gymnasie- och arbetsmarknadsförvaltningen", "GAF"},
            new String[] {"Kultur- och fritidsförvaltningen", "KFF"},
            new String[] {"Natur- och byggnadsförvaltningen", "NBF"},
            new String[] {"Socialförvaltningen", "SOF"},
            new String[] {"Äldreomsorgsförvaltningen", "ÄLF"},
            new String[] {"Miljö- och samhällsbyggnadsförvaltningen", "MSF"});

    private final Municipalities municipalities;
    private final JdbcClient jdbc;
    private final String code;

    DemoOrganisation(Municipalities municipalities, JdbcClient jdbc,
                     @org.springframework.beans.factory.annotation.Value("${tryggve.setup.municipality-code}") String code) {
        this.municipalities = municipalities;
        this.jdbc = jdbc;
        this.code = code;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long m = municipalities.findByCode(code).orElseThrow().id();
        Integer existing = jdbc.sql("select count(*) from department where municipality_id = :m").param("m", m)
                .query(Integer.class).single();
        if (existing > 0) {
            return;
        }
        for (String[] d : DEPARTMENTS) {
            jdbc.sql("insert into department (municipality_id, name, short_name) values (:m, :name, :short)")
                    .param("m", m).param("name", d[0]).param("short", d[1]).update();
        }
    }
}
