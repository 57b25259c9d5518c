package se.tryggve.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The manifests in deploy/kubernetes parse and say what issue 8 asks: a Deployment of two or more
 * replicas, liveness and readiness probes on the actuator's health groups, resource requests and
 * limits, a non-root read-only container, the database credentials from a Secret, the shared data
 * directory on a ReadWriteMany volume, and a Service.
 */
class KubernetesManifestsTests {

    static final Path DIR = Path.of("deploy", "kubernetes");

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o, String key) {
        return (Map<String, Object>) ((Map<String, Object>) o).get(key);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o, String key) {
        return (List<Object>) ((Map<String, Object>) o).get(key);
    }

    static List<Map<String, Object>> documents() throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader r = Files.newBufferedReader(f)) {
                    for (Object d : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(r)) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> doc = (Map<String, Object>) d;
                        assertThat(doc).as(f.toString()).containsKeys("apiVersion", "kind");
                        docs.add(doc);
                    }
                }
            }
        }
        return docs;
    }

    static Map<String, Object> kind(List<Map<String, Object>> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + DIR));
    }

    @Test
    void deploymentHasReplicasProbesLimitsNonRootAndSecretReferences() throws IOException {
        List<Map<String, Object>> docs = documents();
        Map<String, Object> deployment = kind(docs, "Deployment");
        Map<String, Object> spec = map(deployment, "spec");
        assertThat((Integer) spec.get("replicas")).isGreaterThanOrEqualTo(2);
        Map<String, Object> pod = map(map(spec, "template"), "spec");
        assertThat(map(pod, "securityContext")).containsEntry("runAsNonRoot", true);
        assertThat((Integer) map(pod, "securityContext").get("runAsUser")).isPositive();

        Object container = list(pod, "containers").get(0);
        assertThat(map(map(container, "livenessProbe"), "httpGet")).containsEntry("path", "/actuator/health/liveness");
        assertThat(map(map(container, "readinessProbe"), "httpGet")).containsEntry("path", "/actuator/health/readiness");
        Map<String, Object> resources = map(container, "resources");
        assertThat(map(resources, "requests")).containsKeys("cpu", "memory");
        assertThat(map(resources, "limits")).containsKeys("cpu", "memory");
        assertThat(map(container, "securityContext")).containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("allowPrivilegeEscalation", false);
        // with a read-only root, /tmp must be a volume of its own
        assertThat(list(container, "volumeMounts")).anySatisfy(m -> assertThat(asMap(m)).containsEntry("mountPath", "/tmp"));

        String secretName = (String) map(kind(docs, "Secret"), "metadata").get("name");
        List<String> fromSecret = new ArrayList<>();
        for (Object env : list(container, "env")) {
            Map<String, Object> valueFrom = map(env, "valueFrom");
            if (valueFrom != null && valueFrom.containsKey("secretKeyRef")) {
                assertThat(map(valueFrom, "secretKeyRef")).containsEntry("name", secretName);
                fromSecret.add((String) ((Map<?, ?>) env).get("name"));
            }
        }
        assertThat(fromSecret).contains("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
        // no password in the ConfigMap or the container's plain env
        assertThat(map(kind(docs, "ConfigMap"), "data").keySet()).noneMatch(k -> k.contains("PASSWORD"));
    }

    @Test
    void dataDirIsASharedVolumeAndTheServiceSelectsThePods() throws IOException {
        List<Map<String, Object>> docs = documents();
        Map<String, Object> pvc = kind(docs, "PersistentVolumeClaim");
        assertThat(list(map(pvc, "spec"), "accessModes")).containsExactly("ReadWriteMany");
        Map<String, Object> pod = map(map(map(kind(docs, "Deployment"), "spec"), "template"), "spec");
        assertThat(list(pod, "volumes")).anySatisfy(v -> assertThat(map(v, "persistentVolumeClaim"))
                .containsEntry("claimName", map(pvc, "metadata").get("name")));
        Object container = list(pod, "containers").get(0);
        assertThat(list(container, "env")).anySatisfy(e -> assertThat(asMap(e)).containsEntry("name", "TRYGGVE_DATA_DIR"));
        Map<String, Object> labels = map(map(map(kind(docs, "Deployment"), "spec"), "template"), "metadata");
        assertThat(map(labels, "labels")).containsAllEntriesOf(map(map(kind(docs, "Service"), "spec"), "selector"));
    }
}
