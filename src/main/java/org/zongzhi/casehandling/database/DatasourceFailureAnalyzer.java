package org.zongzhi.casehandling.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link DatasourceUnreachableException} into Spring Boot's short start-up failure report. */
class DatasourceFailureAnalyzer extends AbstractFailureAnalyzer<DatasourceUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatasourceUnreachableException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to a reachable"
                        + " PostgreSQL, or unset them to use the embedded one (data in ./data).", cause);
    }
}
