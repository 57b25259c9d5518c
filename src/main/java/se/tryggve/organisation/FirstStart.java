package se.tryggve.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.tryggve.security.UserAccounts;

/**
 * On the very first start, creates the installation's municipality (tryggve.setup.*) and its
 * first administrator. Later starts find them and do nothing.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final Municipalities municipalities;
    private final UserAccounts accounts;
    private final String name;
    private final String code;

    FirstStart(Municipalities municipalities, UserAccounts accounts,
               @Value("${tryggve.setup.municipality-name}") String name,
               @Value("${tryggve.setup.municipality-code}") String code) {
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.name = name;
        this.code = code;
    }

    @Override
    public void run(ApplicationArguments args) {
        var municipality = municipalities.findByCode(code).orElseGet(() -> {
            log.info("First start: creating municipality {} ({})", name, code);
            return municipalities.createMunicipality(name, code);
        });
        accounts.createInitialAdministrator(municipality.id());
    }
}
