package org.zongzhi.casehandling.intake;

import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.audit.PersonalDataRead;
import org.zongzhi.casehandling.cases.CaseAccess;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.settings.Settings;
import org.zongzhi.casehandling.web.EngineIdentity;
import org.zongzhi.casehandling.web.NotFoundException;

/** The 受理告知单 of a case as PDF, for whoever may read the case (as GET /api/cases/{caseNo}). */
@RestController
@RequestMapping("/api/cases")
class ReceiptController {

    private final CaseLedger ledger;
    private final CaseAccess access;
    private final ReceiptPdf receipts;
    private final String publicUrl;
    private final ApplicationEventPublisher events;

    ReceiptController(CaseLedger ledger, CaseAccess access, ReceiptPdf receipts,
                      Settings settings, ApplicationEventPublisher events) {
        String publicUrl = settings.publicUrl();
        this.events = events;
        this.ledger = ledger;
        this.access = access;
        this.receipts = receipts;
        if (!publicUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new IllegalStateException("zongzhi.public-url must be the http(s) address citizens reach this server by,"
                    + " e.g. https://zongzhi.example.gov.cn, is '" + publicUrl + "'");
        }
        this.publicUrl = publicUrl;
    }

    @GetMapping("/{caseNo}/receipt")
    ResponseEntity<byte[]> receipt(@PathVariable String caseNo, Authentication user, HttpServletRequest request) {
        CaseRecord record = ledger.find(caseNo)
                .filter(c -> access.mayRead(caseNo, EngineIdentity.groups(user)))
                .orElseThrow(() -> new NotFoundException("案件 " + caseNo + " 不存在或无权查看"));
        // The receipt carries the reporter's name and masked phone: a read of personal data.
        byte[] pdf = receipts.render(record, statusPageUrl());
        events.publishEvent(new PersonalDataRead(user.getName(), caseNo, "受理告知单", null, request.getRemoteAddr()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("受理告知单-" + caseNo + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    /** The configured address citizens reach the server by, never the request's Host header (forgeable). */
    private String statusPageUrl() {
        return publicUrl.replaceAll("/+$", "") + "/status";
    }
}
