package org.zongzhi.casehandling.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.cases.Channel;

/**
 * The intake API (一个口子进): channels' systems and window clerks hand over matters here. 201 with
 * the new case number, or 200 with the case the same channel reference already became.
 */
@RestController
@RequestMapping("/api/cases")
class IntakeController {

    private final IntakeReader reader;
    private final IntakeValidation validation;
    private final ChannelAccess access;
    private final CaseIntake intake;

    IntakeController(IntakeReader reader, IntakeValidation validation, ChannelAccess access, CaseIntake intake) {
        this.reader = reader;
        this.validation = validation;
        this.access = access;
        this.intake = intake;
    }

    @PostMapping
    ResponseEntity<CaseIntake.Receipt> submit(@RequestBody JsonNode body, Authentication user) {
        access.requireIntakeRole(user);
        IntakeReader.Result read = reader.read(body);
        List<FieldProblem> problems = validation.problems(read.request(), read.problems());
        // A channel that is known but not the caller's is refused as such, whatever else is wrong.
        IntakeRequest request = read.request();
        Channel channel = request == null ? null : IntakeValidation.channel(request.channel()).orElse(null);
        if (channel != null) {
            access.requireMaySubmit(user, channel);
        }
        if (!problems.isEmpty()) {
            throw new IntakeRejectedException(problems);
        }
        CaseIntake.Receipt receipt = intake.submit(request, channel, user.getName());
        if (!receipt.created()) {
            return ResponseEntity.ok(receipt);
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/cases/" + receipt.caseNo()))
                .body(receipt);
    }
}
