package org.zongzhi.casehandling.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A matter as a channel hands it over (POST /api/cases). Codes (channel, matter type, places) are
 * checked against the catalogue by {@link IntakeValidation}; the annotations check the shape.
 */
@Schema(name = "IntakeRequest", description = "受理渠道移交的一件事项（信息汇集）")
record IntakeRequest(
        @Schema(description = "受理渠道：WALK_IN 来访、PHONE 电话、HOTLINE_12345 12345热线、POLICE_110 110非警务警情、"
                + "GRID 网格员上报、COURT_REFERRAL 法院委派诉前调解、PETITION 信访、DEPARTMENT 部门推送；"
                + "渠道账号只能提交本渠道的事项",
                allowableValues = {"WALK_IN", "PHONE", "HOTLINE_12345", "POLICE_110", "GRID", "COURT_REFERRAL",
                        "PETITION", "DEPARTMENT"},
                example = "HOTLINE_12345")
        @NotBlank(message = "必填") String channel,
        @Schema(description = "本渠道的事项编号（工单号、警情号、案号等）。来访以外的渠道必填；同一渠道同一编号只登记一次，"
                + "重复提交返回已登记的案件（200）", example = "12345-2026030200187")
        @Size(max = 100, message = "不能超过100个字符") String externalRef,
        @Schema(description = "反映人：综治中心反馈结果、回访时联系的人")
        @NotNull(message = "必填") @Valid Reporter reporter,
        @Schema(description = "当事人，最多50人；不填时反映人即为申请人")
        @Size(max = 50, message = "当事人不能超过50人") List<@NotNull(message = "不能为空") @Valid PartyEntry> parties,
        @Schema(description = "事发地点")
        @NotNull(message = "必填") @Valid Place place,
        @Schema(description = "事项类型，取自事项目录（GET /api/catalog 的 matterTypes）", example = "邻里纠纷")
        @NotBlank(message = "必填") String matterType,
        @Schema(description = "事项简要情况：诉求、经过、已做工作")
        @NotBlank(message = "必填") @Size(max = 4000, message = "不能超过4000个字符") String summary,
        @Schema(description = "涉及金额（元），最多两位小数", example = "3000.50")
        @DecimalMin(value = "0", message = "不能为负数")
        @DecimalMax(value = "99999999999999.99", message = "金额过大")
        @Digits(integer = 14, fraction = 2, message = "最多两位小数") BigDecimal amountAtStake,
        @Schema(description = "涉及人数，不填按1人计", example = "2")
        @Min(value = 1, message = "至少为1") @Max(value = 1_000_000, message = "人数过大") Integer peopleInvolved,
        @Schema(description = "是否群体性事件（影响研判定级）", example = "false")
        Boolean groupIncident,
        @Schema(description = "是否跨乡镇（街道）或跨县（区）", example = "false")
        Boolean crossArea,
        @Schema(description = "事发时间，带时区，如 2026-03-01T09:30:00+08:00", example = "2026-03-01T09:30:00+08:00")
        OffsetDateTime occurredAt,
        @Schema(description = "附件登记信息，最多20个；文件本身留在渠道系统中")
        @Size(max = 20, message = "附件不能超过20个")
        List<@NotNull(message = "不能为空") @Valid AttachmentEntry> attachments) {

    static final String MOBILE = "1[3-9]\\d{9}";
    static final String MOBILE_MESSAGE = "手机号码格式不正确";

    IntakeRequest {
        parties = parties == null ? List.of() : parties;
        attachments = attachments == null ? List.of() : attachments;
    }

    /** Who brought the matter; the person the centre calls back. */
    @Schema(name = "IntakeReporter", description = "反映人")
    record Reporter(
            @Schema(description = "姓名", example = "周秀英")
            @NotBlank(message = "必填") @Size(max = 100, message = "不能超过100个字符") String name,
            @Schema(description = "手机号码（11位，1开头）", example = "13912345678")
            @NotBlank(message = "必填") @Pattern(regexp = MOBILE, message = MOBILE_MESSAGE) String phone,
            @Schema(description = "公民身份号码（18位，末位为 GB 11643 校验码），可不填", example = "11010519491231002X")
            @ResidentIdNumber String idNumber) {

        @Override
        public String toString() {
            return "Reporter[…]";
        }
    }

    @Schema(name = "IntakeParty", description = "当事人")
    record PartyEntry(
            @Schema(description = "角色：APPLICANT 申请人、RESPONDENT 被申请人、OTHER 其他",
                    allowableValues = {"APPLICANT", "RESPONDENT", "OTHER"})
            @NotBlank(message = "必填")
            @Pattern(regexp = "APPLICANT|RESPONDENT|OTHER",
                    message = "必须是 APPLICANT（申请人）、RESPONDENT（被申请人）或 OTHER（其他）") String role,
            @Schema(description = "姓名或单位名称")
            @NotBlank(message = "必填") @Size(max = 100, message = "不能超过100个字符") String name,
            @Schema(description = "手机号码，可不填")
            @Pattern(regexp = MOBILE, message = MOBILE_MESSAGE) String phone,
            @Schema(description = "公民身份号码，可不填")
            @ResidentIdNumber String idNumber) {

        @Override
        public String toString() {
            return "PartyEntry[" + role + "]";
        }
    }

    /** Where the matter arose: a township centre's code and, optionally, one of its villages. */
    @Schema(name = "IntakePlace", description = "事发地点：乡镇（街道）代码必填，村（社区）代码须属于该乡镇")
    record Place(
            @Schema(description = "乡镇（街道）综治中心代码，见 GET /api/catalog 的 places", example = "SFX-DH")
            @NotBlank(message = "必填") String townshipCode,
            @Schema(description = "村（社区）综治中心代码，可不填", example = "SFX-DH-HW")
            String villageCode,
            @Schema(description = "详细地址", example = "河湾村三组")
            @Size(max = 300, message = "不能超过300个字符") String address) {
    }

    /** What the channel attached; the file itself stays in the channel's system. */
    @Schema(name = "IntakeAttachment", description = "附件登记信息")
    record AttachmentEntry(
            @Schema(description = "文件名", example = "现场照片.jpg")
            @NotBlank(message = "必填") @Size(max = 255, message = "不能超过255个字符") String name,
            @Schema(description = "文件类型（MIME）", example = "image/jpeg")
            @Size(max = 100, message = "不能超过100个字符") String contentType,
            @Schema(description = "文件大小（字节）", example = "204800")
            @NotNull(message = "必填") @PositiveOrZero(message = "不能为负数") Long size,
            @Schema(description = "文件的 SHA-256 摘要（64位十六进制）")
            @NotBlank(message = "必填")
            @Pattern(regexp = "[0-9a-fA-F]{64}", message = "必须是64位十六进制的 SHA-256 摘要") String sha256) {
    }
}
