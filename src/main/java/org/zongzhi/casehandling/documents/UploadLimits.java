package org.zongzhi.casehandling.documents;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.zongzhi.casehandling.settings.Settings;

/**
 * The servlet's multipart limits, from {@code zongzhi.documents.max-size} and nothing else, so the
 * setting and the container agree: a file over the limit is refused by whichever check reads it
 * first, with the same Chinese answer. (Replaces Spring Boot's spring.servlet.multipart.max-* .)
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    /** Room for the form's other fields and the multipart framing around one file. */
    static final long FRAMING = 64 * 1024;
    /** Photos a grid worker attaches to one report at most. */
    static final int FILES_PER_REQUEST = 5;

    @Bean
    MultipartConfigElement multipartConfigElement(Settings settings) {
        long max = settings.documents().maxSize().toBytes();
        // Parts above 1 MB go to a temporary file while the request is read, not to the heap.
        return new MultipartConfigElement("", max, max * FILES_PER_REQUEST + FRAMING,
                (int) DataSize.ofMegabytes(1).toBytes());
    }
}
