package se.tryggve.open311;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import se.tryggve.TryggveApplication;
import se.tryggve.organisation.Municipalities;

/**
 * Run by {@link Open311DurabilityTests} in a child JVM: the whole application on its own database,
 * with an api key for the installation municipality, printed as {@code CHILD READY <key>} once the
 * server listens. The parent kills this JVM (SIGKILL) while reports are being answered.
 */
final class Open311KillChild {

    private Open311KillChild() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext ctx = SpringApplication.run(TryggveApplication.class, args);
        long m = ctx.getBean(Municipalities.class).findByCode("0126").orElseThrow().id();
        NewApiKey key = ctx.getBean(ApiKeys.class).createKey(m, new ApiKeyInput("Kill test", null));
        System.out.println("CHILD READY " + key.key());
        System.out.flush();
    }
}
