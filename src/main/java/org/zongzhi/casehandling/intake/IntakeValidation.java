package org.zongzhi.casehandling.intake;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.Channel;

/**
 * Everything wrong with a submitted matter, each field once: the shape (Bean Validation on
 * {@link IntakeRequest}) and the codes, checked against the channels, the matter types and the
 * places of the directory.
 */
@Component
class IntakeValidation {

    private final Validator validator;
    private final Places places;

    IntakeValidation(Validator validator, Places places) {
        this.validator = validator;
        this.places = places;
    }

    /** Problems found while binding come first; a field is reported once, with its first problem. */
    List<FieldProblem> problems(IntakeRequest request, List<FieldProblem> bindingProblems) {
        Map<String, FieldProblem> byField = new LinkedHashMap<>();
        bindingProblems.forEach(p -> byField.putIfAbsent(p.field(), p));
        if (request == null) {
            return List.copyOf(byField.values());
        }
        List<FieldProblem> found = new ArrayList<>();
        validator.validate(request).stream()
                // "必填" before any other problem of the same field
                .sorted(Comparator.comparing((ConstraintViolation<IntakeRequest> v) -> !isRequiredCheck(v))
                        .thenComparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> found.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
        found.addAll(codeProblems(request));
        found.sort(Comparator.comparing(FieldProblem::field));
        found.forEach(p -> byField.putIfAbsent(p.field(), p));
        return List.copyOf(byField.values());
    }

    private static boolean isRequiredCheck(ConstraintViolation<?> v) {
        Class<?> type = v.getConstraintDescriptor().getAnnotation().annotationType();
        return type == NotBlank.class || type == NotNull.class;
    }

    private List<FieldProblem> codeProblems(IntakeRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Channel> channel = channel(request.channel());
        if (isGiven(request.channel()) && channel.isEmpty()) {
            problems.add(new FieldProblem("channel", "未知的受理渠道“" + request.channel() + "”，应为 "
                    + String.join("、", Arrays.stream(Channel.values()).map(Enum::name).toList())));
        }
        if (channel.isPresent() && channel.get() != Channel.WALK_IN && !isGiven(request.externalRef())) {
            problems.add(new FieldProblem("externalRef", channel.get().label() + "渠道必须提供本渠道的编号"));
        }
        if (isGiven(request.matterType()) && !MatterTypes.ALL.contains(request.matterType())) {
            problems.add(new FieldProblem("matterType", "未知的事项类型“" + request.matterType() + "”，应为事项目录中的一项"));
        }
        IntakeRequest.Place place = request.place();
        if (place != null && isGiven(place.townshipCode())) {
            Optional<Places.Township> township = places.township(place.townshipCode());
            if (township.isEmpty()) {
                problems.add(new FieldProblem("place.townshipCode", "未知的乡镇（街道）代码“" + place.townshipCode() + "”"));
            } else if (isGiven(place.villageCode()) && !township.get().hasVillage(place.villageCode())) {
                problems.add(new FieldProblem("place.villageCode", "“" + place.villageCode() + "”不是"
                        + township.get().name() + "下辖的村（社区）"));
            }
        }
        return problems;
    }

    static Optional<Channel> channel(String code) {
        for (Channel channel : Channel.values()) {
            if (channel.name().equals(code)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }

    private static boolean isGiven(String value) {
        return value != null && !value.isBlank();
    }
}
