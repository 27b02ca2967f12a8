package org.zongzhi.casehandling.letters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.web.NotFoundException;

/** Escalation letters over HTTP: the PDF, the letters of a case, and the recipient's acknowledgement. */
@RestController
@RequestMapping("/api")
@Tag(name = "定期督办")
class LetterController {

    private final LetterIssuer letters;
    private final LetterPdf pdf;
    private final LetterAccess access;
    private final CaseLedger ledger;

    LetterController(LetterIssuer letters, LetterPdf pdf, LetterAccess access, CaseLedger ledger) {
        this.letters = letters;
        this.pdf = pdf;
        this.access = access;
        this.ledger = ledger;
    }

    record LetterView(Letter letter, String kindName, String pdf) {

        static LetterView of(Letter letter) {
            return new LetterView(letter, letter.kind().label(), "/api/letters/" + letter.id() + "/pdf");
        }
    }

    /** The letter as the recipient reads it; a letter that is not the caller's looks like a missing one. */
    @GetMapping("/letters/{id}/pdf")
    @Operation(summary = "下载督办函件（PDF）")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Authentication user) {
        Letter letter = readable(id, user);
        String fileName = letter.kind().label() + "-" + letter.letterNo() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(pdf.render(letter));
    }

    @GetMapping("/cases/{caseNo}/letters")
    @Operation(summary = "查询案件的督办函件")
    List<LetterView> ofCase(@PathVariable String caseNo, Authentication user) {
        if (ledger.find(caseNo).isEmpty() || !access.mayReadCase(caseNo, user)) {
            throw new NotFoundException("案件 " + caseNo + " 不存在或无权查看");
        }
        return letters.forCase(caseNo).stream().map(LetterView::of).toList();
    }

    /** 签收: the recipient confirms receipt once; acknowledging again changes nothing. */
    @PostMapping("/letters/{id}/acknowledge")
    @Operation(summary = "签收督办函件", description = "收函单位或收函人签收；重复签收不改变签收记录")
    ResponseEntity<?> acknowledge(@PathVariable long id, Authentication user) {
        Letter letter = readable(id, user);
        if (!access.isRecipient(letter, user)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "只有收函单位或收函人可以签收" + letter.letterNo());
            problem.setTitle("无权签收");
            problem.setType(URI.create("about:blank"));
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return ResponseEntity.ok(LetterView.of(letters.acknowledge(id, user.getName())));
    }

    private Letter readable(long id, Authentication user) {
        return letters.find(id).filter(l -> access.mayRead(l, user))
                .orElseThrow(() -> new NotFoundException("函件 " + id + " 不存在或无权查看"));
    }
}
