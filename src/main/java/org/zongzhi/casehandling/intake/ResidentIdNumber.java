package org.zongzhi.casehandling.intake;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A mainland resident ID number (公民身份号码, GB 11643-1999): 17 digits, the last of which carry
 * the birth date, and a mod-11 check character (0-9 or X). Empty is allowed; required-ness is
 * another constraint's job.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ResidentIdNumber.Check.class)
@interface ResidentIdNumber {

    String message() default "身份证号码格式不正确";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ResidentIdNumber, String> {

        private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        private static final String CHECK_CHARACTERS = "10X98765432";

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isEmpty()) {
                return true;
            }
            String problem = problem(value);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }

        /** Why the number is wrong, in the words the caller reads; null when it is right. */
        static String problem(String value) {
            if (!value.matches("\\d{17}[0-9Xx]")) {
                return "身份证号码应为18位：17位数字加1位校验码（数字或X）";
            }
            try {
                LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                        Integer.parseInt(value.substring(12, 14)));
            } catch (DateTimeException e) {
                return "身份证号码中的出生日期不存在";
            }
            return checkCharacter(value) == Character.toUpperCase(value.charAt(17)) ? null
                    : "身份证号码校验位不正确";
        }

        static char checkCharacter(String first17) {
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (first17.charAt(i) - '0') * WEIGHTS[i];
            }
            return CHECK_CHARACTERS.charAt(sum % 11);
        }
    }
}
