package org.zongzhi.casehandling.personaldata;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zongzhi.casehandling.settings.Settings;

/**
 * Where the keys come from, first match wins: {@code zongzhi.pii.key} (env ZONGZHI_PII_KEY, the
 * key text with ';' between entries), the file {@code zongzhi.pii.key-file}; with neither and the
 * embedded database, a file {@code pii.key} beside its data directory, created on first start.
 * With a database server and no key the server does not start: keys generated per node would
 * leave each node unable to read what the others wrote.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeyConfiguration.class);

    @Bean
    PersonalDataKeys personalDataKeys(Settings settings, @Value("${spring.datasource.url:}") String datasourceUrl) {
        String keyText = settings.pii().key() == null ? "" : settings.pii().key();
        String keyFile = settings.pii().keyFile() == null ? "" : settings.pii().keyFile();
        Path embeddedDataDirectory = settings.embeddedPostgres().dataDirectory();
        if (!keyText.isBlank()) {
            log.info("Personal-data keys taken from the setting zongzhi.pii.key");
            return PersonalDataKeys.parse(keyText, "zongzhi.pii.key");
        }
        if (!keyFile.isBlank()) {
            Path file = Path.of(keyFile).toAbsolutePath();
            if (!file.toFile().isFile()) {
                throw new IllegalStateException("zongzhi.pii.key-file is set to " + file + ", which does not exist: "
                        + "restore the key file (a new key could not read the stored personal data)");
            }
            log.info("Personal-data keys read from {}", file);
            return PersonalDataKeyFile.read(file);
        }
        if (!datasourceUrl.isBlank()) {
            throw new IllegalStateException("No key for citizens' personal data: set ZONGZHI_PII_KEY or "
                    + "zongzhi.pii.key-file (every node of the database needs the same keys; see docs/operations.md)");
        }
        Path beside = embeddedDataDirectory.toAbsolutePath().getParent().resolve("pii.key");
        PersonalDataKeys keys = PersonalDataKeyFile.readOrCreate(beside);
        log.info("Personal-data keys in {}", beside);
        return keys;
    }
}
