package org.zongzhi.casehandling.intake;

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
record IntakeRequest(
        @NotBlank(message = "必填") String channel,
        @Size(max = 100, message = "不能超过100个字符") String externalRef,
        @NotNull(message = "必填") @Valid Reporter reporter,
        @Size(max = 50, message = "当事人不能超过50人") List<@NotNull(message = "不能为空") @Valid PartyEntry> parties,
        @NotNull(message = "必填") @Valid Place place,
        @NotBlank(message = "必填") String matterType,
        @NotBlank(message = "必填") @Size(max = 4000, message = "不能超过4000个字符") String summary,
        @DecimalMin(value = "0", message = "不能为负数")
        @DecimalMax(value = "99999999999999.99", message = "金额过大")
        @Digits(integer = 14, fraction = 2, message = "最多两位小数") BigDecimal amountAtStake,
        @Min(value = 1, message = "至少为1") @Max(value = 1_000_000, message = "人数过大") Integer peopleInvolved,
        Boolean groupIncident,
        Boolean crossArea,
        OffsetDateTime occurredAt,
        @Size(max = 20, message = "附件不能超过20个")
        List<@NotNull(message = "不能为空") @Valid AttachmentEntry> attachments) {

    static final String MOBILE = "1[3-9]\\d{9}";
    static final String MOBILE_MESSAGE = "手机号码格式不正确";

    IntakeRequest {
        parties = parties == null ? List.of() : parties;
        attachments = attachments == null ? List.of() : attachments;
    }

    /** Who brought the matter; the person the centre calls back. */
    record Reporter(
            @NotBlank(message = "必填") @Size(max = 100, message = "不能超过100个字符") String name,
            @NotBlank(message = "必填") @Pattern(regexp = MOBILE, message = MOBILE_MESSAGE) String phone,
            @ResidentIdNumber String idNumber) {

        @Override
        public String toString() {
            return "Reporter[…]";
        }
    }

    record PartyEntry(
            @NotBlank(message = "必填")
            @Pattern(regexp = "APPLICANT|RESPONDENT|OTHER",
                    message = "必须是 APPLICANT（申请人）、RESPONDENT（被申请人）或 OTHER（其他）") String role,
            @NotBlank(message = "必填") @Size(max = 100, message = "不能超过100个字符") String name,
            @Pattern(regexp = MOBILE, message = MOBILE_MESSAGE) String phone,
            @ResidentIdNumber String idNumber) {

        @Override
        public String toString() {
            return "PartyEntry[" + role + "]";
        }
    }

    /** Where the matter arose: a township centre's code and, optionally, one of its villages. */
    record Place(
            @NotBlank(message = "必填") String townshipCode,
            String villageCode,
            @Size(max = 300, message = "不能超过300个字符") String address) {
    }

    /** What the channel attached; the file itself stays in the channel's system. */
    record AttachmentEntry(
            @NotBlank(message = "必填") @Size(max = 255, message = "不能超过255个字符") String name,
            @Size(max = 100, message = "不能超过100个字符") String contentType,
            @NotNull(message = "必填") @PositiveOrZero(message = "不能为负数") Long size,
            @NotBlank(message = "必填")
            @Pattern(regexp = "[0-9a-fA-F]{64}", message = "必须是64位十六进制的 SHA-256 摘要") String sha256) {
    }
}
