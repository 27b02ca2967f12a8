package org.zongzhi.casehandling.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The intake API (一个口子进): channels' systems and window clerks hand over matters here. 201 with
 * the new case number, or 200 with the case the same channel reference already became.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "信息汇集")
class IntakeController {

    private final CaseIntake intake;

    IntakeController(CaseIntake intake) {
        this.intake = intake;
    }

    @PostMapping
    @Operation(summary = "登记事项（一个口子进）",
            description = "渠道账号只能提交本渠道的事项，受理员（intake 组）可登记来访和电话事项。"
                    + "新登记返回 201 和案件编号；同一渠道的同一编号再次提交返回 200 和已登记的案件编号。",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = IntakeRequest.class),
                            examples = {
                                    @ExampleObject(name = "WALK_IN", summary = "来访：工地拖欠农民工工资",
                                            value = IntakeExamples.WALK_IN),
                                    @ExampleObject(name = "PHONE", summary = "电话：小区电梯停运物业不修",
                                            value = IntakeExamples.PHONE),
                                    @ExampleObject(name = "HOTLINE_12345", summary = "12345热线：健身会所闭店不退费",
                                            value = IntakeExamples.HOTLINE_12345),
                                    @ExampleObject(name = "POLICE_110", summary = "110非警务警情：楼上噪音引发口角",
                                            value = IntakeExamples.POLICE_110),
                                    @ExampleObject(name = "GRID", summary = "网格员上报：兄弟承包地界桩之争",
                                            value = IntakeExamples.GRID),
                                    @ExampleObject(name = "COURT_REFERRAL", summary = "法院委派诉前调解：交通事故赔偿",
                                            value = IntakeExamples.COURT_REFERRAL),
                                    @ExampleObject(name = "PETITION", summary = "信访：征地青苗补偿款未兑付",
                                            value = IntakeExamples.PETITION),
                                    @ExampleObject(name = "DEPARTMENT", summary = "部门推送：卫健委转来医疗纠纷",
                                            value = IntakeExamples.DEPARTMENT)})))
    @ApiResponse(responseCode = "201", description = "已登记为新案件，Location 指向案件")
    @ApiResponse(responseCode = "200", description = "该渠道编号已登记过，返回原案件编号")
    @ApiResponse(responseCode = "400", description = "事项有误：errors 逐项列出字段和原因",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "未登录或密码错误", content = @Content)
    @ApiResponse(responseCode = "403", description = "该账号不能登记此渠道的事项",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<CaseIntake.Receipt> submit(@RequestBody JsonNode body, Authentication user) {
        CaseIntake.Receipt receipt = intake.accept(body, user);
        if (!receipt.created()) {
            return ResponseEntity.ok(receipt);
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/cases/" + receipt.caseNo()))
                .body(receipt);
    }
}
