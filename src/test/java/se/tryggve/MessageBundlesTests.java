package se.tryggve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text a user sees comes from messages/*.properties: Swedish in the base file (the default
 * language), English in the _en file. This keeps the two in step — same keys, nothing empty,
 * nothing left untranslated — and checks that every bundle is registered and every key the
 * templates use exists. Reads the bundles from the classpath, exactly as the application does.
 */
class MessageBundlesTests {

    private static final Pattern LOCALE_SUFFIX = Pattern.compile("^(.+?)_([a-z]{2})$");
    private static final Pattern SWEDISH_LETTERS = Pattern.compile("[åäöÅÄÖ]");
    private static final Pattern MOJIBAKE = Pattern.compile("Ã[¤¥¶„…–]|\uFFFD");
    private static final Pattern INDEXED_ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)\\s*[(}]");

    /** basename ("shared") → locale ("" for Swedish, "en") → entries. */
    static final Map<String, Map<String, Map<String, String>>> BUNDLES = new TreeMap<>();
    static final List<String> PROBLEMS_WHILE_READING = new ArrayList<>();

    @BeforeAll
    static void readBundles() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
        for (Resource file : files) {
            String name = file.getFilename().substring(0, file.getFilename().length() - ".properties".length());
            Matcher m = LOCALE_SUFFIX.matcher(name);
            String base = m.matches() ? m.group(1) : name;
            String locale = m.matches() ? m.group(2) : "";
            BUNDLES.computeIfAbsent(base, b -> new TreeMap<>()).put(locale, read(file));
        }
    }

    private static Map<String, String> read(Resource file) throws IOException {
        byte[] bytes;
        try (var in = file.getInputStream()) {
            bytes = in.readAllBytes();
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            PROBLEMS_WHILE_READING.add(file.getFilename() + " is not valid UTF-8");
        }
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    PROBLEMS_WHILE_READING.add(file.getFilename() + ": key " + key + " appears twice");
                }
                return super.put(key, value);
            }
        };
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> entries = new TreeMap<>();
        properties.forEach((k, v) -> entries.put((String) k, (String) v));
        return entries;
    }

    @Test
    void bundlesAreFoundOnTheClasspath() {
        assertThat(BUNDLES).containsKeys("shared", "security");
    }

    @Test
    void filesAreUtf8WithoutDuplicateKeys() {
        assertThat(PROBLEMS_WHILE_READING).isEmpty();
    }

    @Test
    void everySwedishBundleHasAnEnglishOneAndViceVersa() {
        List<String> problems = new ArrayList<>();
        BUNDLES.forEach((base, locales) -> {
            if (!locales.containsKey("")) {
                problems.add("messages/" + base + ".properties (Swedish) is missing, but " + locales.keySet().stream()
                        .map(l -> base + "_" + l + ".properties").collect(Collectors.joining(", ")) + " exists");
            }
            if (!locales.containsKey("en")) {
                problems.add("messages/" + base + "_en.properties (English) is missing");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void swedishAndEnglishHaveExactlyTheSameKeys() {
        List<String> problems = new ArrayList<>();
        BUNDLES.forEach((base, locales) -> {
            Map<String, String> swedish = locales.getOrDefault("", Map.of());
            locales.forEach((locale, entries) -> {
                if (locale.isEmpty()) {
                    return;
                }
                Set<String> missing = new TreeSet<>(swedish.keySet());
                missing.removeAll(entries.keySet());
                Set<String> extra = new TreeSet<>(entries.keySet());
                extra.removeAll(swedish.keySet());
                missing.forEach(k -> problems.add(base + "_" + locale + ".properties lacks " + k));
                extra.forEach(k -> problems.add(base + ".properties (Swedish) lacks " + k + " that " + base + "_" + locale
                        + ".properties has"));
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void noValueIsEmptyOrGarbled() {
        List<String> problems = new ArrayList<>();
        each((file, key, value) -> {
            if (value.isBlank()) {
                problems.add(file + ": " + key + " is empty");
            }
            if (MOJIBAKE.matcher(value).find()) {
                problems.add(file + ": " + key + " has garbled characters (file saved in the wrong encoding?): " + value);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void englishIsTranslatedNotCopiedFromSwedish() {
        List<String> problems = new ArrayList<>();
        BUNDLES.forEach((base, locales) -> {
            Map<String, String> swedish = locales.getOrDefault("", Map.of());
            locales.getOrDefault("en", Map.of()).forEach((key, english) -> {
                if (english.equals(swedish.get(key)) && SWEDISH_LETTERS.matcher(english).find()) {
                    problems.add(base + "_en.properties: " + key + " is still Swedish: " + english);
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void translationsUseTheSameArguments() {
        List<String> problems = new ArrayList<>();
        BUNDLES.forEach((base, locales) -> {
            Map<String, String> swedish = locales.getOrDefault("", Map.of());
            locales.getOrDefault("en", Map.of()).forEach((key, english) -> {
                String sv = swedish.get(key);
                if (sv != null && !arguments(sv).equals(arguments(english))) {
                    problems.add(base + ": " + key + " uses arguments " + arguments(sv) + " in Swedish but "
                            + arguments(english) + " in English");
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() {
        // With arguments, Spring formats the text with java.text.MessageFormat, which swallows a single '
        List<String> problems = new ArrayList<>();
        each((file, key, value) -> {
            if (!arguments(value).isEmpty() && value.replace("''", "").contains("'")) {
                problems.add(file + ": " + key + " has arguments and a single ' (write '' instead): " + value);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBundleIsRegisteredWithTheApplication() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        String basenames = yaml.getObject().getProperty("spring.messages.basename", "");
        Set<String> registered = Arrays.stream(basenames.split(",")).map(String::trim).collect(Collectors.toSet());
        Set<String> unregistered = BUNDLES.keySet().stream().filter(b -> !registered.contains("messages/" + b))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unregistered).as("bundles missing from spring.messages.basename in application.yaml").isEmpty();
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Set<String> known = new TreeSet<>();
        BUNDLES.values().forEach(locales -> known.addAll(locales.getOrDefault("", Map.of()).keySet()));
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            Matcher m = TEMPLATE_KEY.matcher(html);
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    missing.computeIfAbsent(template.getFilename(), t -> new TreeSet<>()).add(m.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used in templates but defined in no bundle").isEmpty();
    }

    private static Set<String> arguments(String value) {
        Set<String> args = new TreeSet<>();
        Matcher m = INDEXED_ARGUMENT.matcher(value);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    private interface EntryCheck {
        void check(String file, String key, String value);
    }

    private static void each(EntryCheck check) {
        BUNDLES.forEach((base, locales) -> locales.forEach((locale, entries) -> {
            String file = base + (locale.isEmpty() ? "" : "_" + locale) + ".properties";
            entries.forEach((key, value) -> check.check(file, key, value));
        }));
    }
}
