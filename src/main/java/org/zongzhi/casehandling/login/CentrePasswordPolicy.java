package org.zongzhi.casehandling.login;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * The centre's password rules (等保 2.0 身份鉴别 "口令具有复杂度要求"): at least 8 characters of at
 * least 3 of the 4 kinds (upper case, lower case, digit, other), not containing the user id.
 * Camunda applies it on every path that sets a password (Admin, REST, the first administrator,
 * the Java API) when enablePasswordPolicy is on; the webapps show each rule by its placeholder,
 * translated in the locales' zh.json.
 */
final class CentrePasswordPolicy implements PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MIN_KINDS = 3;

    private final List<PasswordPolicyRule> rules = List.of(new Length(), new Kinds(), new NotTheUserId());

    @Override
    public List<PasswordPolicyRule> getRules() {
        return rules;
    }

    /** Camunda's own placeholder, already translated in the webapps. */
    private static final class Length implements PasswordPolicyRule {
        public String getPlaceholder() {
            return "PASSWORD_POLICY_LENGTH";
        }

        public Map<String, String> getParameters() {
            return Map.of("minLength", String.valueOf(MIN_LENGTH));
        }

        public boolean execute(String password) {
            return password.codePointCount(0, password.length()) >= MIN_LENGTH;
        }
    }

    private static final class Kinds implements PasswordPolicyRule {
        public String getPlaceholder() {
            return "PASSWORD_POLICY_CHARACTER_KINDS";
        }

        public Map<String, String> getParameters() {
            return Map.of("minKinds", String.valueOf(MIN_KINDS));
        }

        public boolean execute(String password) {
            boolean upper = password.chars().anyMatch(Character::isUpperCase);
            boolean lower = password.chars().anyMatch(Character::isLowerCase);
            boolean digit = password.chars().anyMatch(c -> c >= '0' && c <= '9');
            boolean other = password.chars().anyMatch(c -> !Character.isUpperCase(c) && !Character.isLowerCase(c)
                    && !(c >= '0' && c <= '9'));
            int kinds = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
            return kinds >= MIN_KINDS;
        }
    }

    private static final class NotTheUserId implements PasswordPolicyRule {
        public String getPlaceholder() {
            return "PASSWORD_POLICY_USER_ID";
        }

        public Map<String, String> getParameters() {
            return null;
        }

        public boolean execute(String password) {
            return true;
        }

        // Camunda passes no user when a page asks about a password before the user exists.
        public boolean execute(String password, User user) {
            return user == null || user.getId() == null || user.getId().isEmpty()
                    || !password.toLowerCase().contains(user.getId().toLowerCase());
        }
    }

    /** The rules a password breaks, in Chinese, for our own pages and API. */
    static String describe(List<PasswordPolicyRule> broken) {
        return String.join("；", broken.stream().map(r -> switch (r.getPlaceholder()) {
            case "PASSWORD_POLICY_LENGTH" -> "至少 " + MIN_LENGTH + " 个字符";
            case "PASSWORD_POLICY_CHARACTER_KINDS" -> "须包含大写字母、小写字母、数字、其他字符中的至少 " + MIN_KINDS + " 种";
            case "PASSWORD_POLICY_USER_ID" -> "不得包含用户名";
            default -> r.getPlaceholder();
        }).toList());
    }
}
