package se.tryggve.cases;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.organisation.DepartmentDirectory;
import se.tryggve.organisation.Municipalities;

/**
 * Demo data: the registry of the municipal board (KS-{year}/{serial}.{class}) and the case
 * KS-2022/177.173, the follow-up of the demo programme for 2021, imported under its number from the
 * approved demo follow-up: its official report dated 1 February 2022 has the follow-up report as annex 1.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "tryggve.demo.enabled", havingValue = "true")
class DemoCases implements ApplicationRunner {

    private final Registries registries;
    private final CasesFromFollowUps fromFollowUps;
    private final Municipalities municipalities;
    private final DepartmentDirectory departments;
    private final String code;

    DemoCases(Registries registries, CasesFromFollowUps fromFollowUps, Municipalities municipalities,
              DepartmentDirectory departments, @Value("${tryggve.setup.municipality-code}") String code) {
        this.registries = registries;
        this.fromFollowUps = fromFollowUps;
        this.municipalities = municipalities;
        this.departments = departments;
        this.code = code;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long m = municipalities.findByCode(code).orElseThrow().id();
        if (!registries.listRegistries(m).isEmpty()) {
            return;
        }
        Registry ks = registries.createRegistry(m, new RegistryInput("KS", "Kommunstyrelsen", "KS-{year}/{serial}.{class}"));
        fromFollowUps.approvedFollowUps(m).stream().filter(f -> f.year() == 2021).findFirst().ifPresent(f -> {
            FromFollowUpInput in = new FromFollowUpInput();
            in.setFollowUpId(f.id());
            in.setRegistryId(ks.id());
            in.setYear(2022);
            in.setSerial(177);
            in.setClassification("173");
            in.setDate(LocalDate.of(2022, 2, 1));
            in.setOfficer("Catarina Klockerud");
            departments.findDepartmentByName(m, "Kommunstyrelsens förvaltning").ifPresent(d -> in.setDepartmentId(d.id()));
            in.setText("Exempeltext: Förvaltningen föreslår att kommunstyrelsen godkänner uppföljningen av programmet för "
                    + "2021 enligt bilaga 1.");
            fromFollowUps.createCaseFromFollowUp(m, in);
        });
    }
}
