package org.zongzhi.casehandling.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SM4-GCM sealing, HMAC-SM3 lookups, key text and key file, masks: no Spring needed. */
class PersonalDataCipherTest {

    final PersonalDataKeys keys = PersonalDataKeys.generate();
    final PersonalDataCipher cipher = new PersonalDataCipher(keys);
    final PersonalDataLookup lookup = new PersonalDataLookup(keys);

    @Test
    void aSealedNumberOpensToItselfAndLooksDifferentEachTime() {
        String first = cipher.seal("13912345678");
        String second = cipher.seal("13912345678");
        assertThat(first).startsWith("sm4:1:").doesNotContain("13912345678").isNotEqualTo(second);
        assertThat(cipher.open(first)).isEqualTo("13912345678");
        assertThat(cipher.open(second)).isEqualTo("13912345678");
        assertThat(cipher.seal(null)).isNull();
        assertThat(cipher.open(null)).isNull();
    }

    @Test
    void aChangedByteOrAnotherKeyIsRefused() {
        String sealed = cipher.seal("411524196803145020");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring("sm4:1:".length()));
        bytes[bytes.length - 20] ^= 1;
        String tampered = "sm4:1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.open(tampered)).hasMessageContaining("integrity check");
        assertThatThrownBy(() -> new PersonalDataCipher(PersonalDataKeys.generate()).open(sealed))
                .hasMessageContaining("integrity check");
        assertThatThrownBy(() -> cipher.open("13912345678")).hasMessageContaining("not sealed");
        assertThatThrownBy(() -> cipher.open("sm4:7:" + sealed.substring(6))).hasMessageContaining("sm4.7");
    }

    @Test
    void afterARotationOldValuesStillOpenAndNewOnesTakeTheNewKey() {
        String old = cipher.seal("13912345678");
        String newKey = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
                15, 16});
        PersonalDataKeys rotated = PersonalDataKeys.parse(keys.format() + "sm4.2=" + newKey + "\ncurrent=2", "test");
        PersonalDataCipher after = new PersonalDataCipher(rotated);

        assertThat(after.open(old)).isEqualTo("13912345678");
        assertThat(after.isCurrent(old)).isFalse();
        String fresh = after.seal("13912345678");
        assertThat(fresh).startsWith("sm4:2:");
        assertThat(after.isCurrent(fresh)).isTrue();
        assertThat(new PersonalDataLookup(rotated).phone("13912345678")).as("lookups survive a rotation")
                .isEqualTo(lookup.phone("13912345678"));
    }

    @Test
    void lookupsMatchTheSameNumberHoweverTypedAndNothingWithoutTheKey() {
        assertThat(lookup.phone("139 1234-5678")).isEqualTo(lookup.phone("+86 13912345678"))
                .isEqualTo(lookup.phone("13912345678")).matches("[0-9a-f]{64}");
        assertThat(lookup.idNumber("11010519491231002x")).isEqualTo(lookup.idNumber("11010519491231002X"));
        assertThat(lookup.phone("13912345679")).isNotEqualTo(lookup.phone("13912345678"));
        assertThat(new PersonalDataLookup(PersonalDataKeys.generate()).phone("13912345678"))
                .isNotEqualTo(lookup.phone("13912345678"));
        assertThat(lookup.phone(null)).isNull();
        assertThat(lookup.idNumber(" ")).isNull();
    }

    @Test
    void keyTextReadsFromAFileOrOneLineAndRefusesWhatItCannotUse() {
        PersonalDataKeys again = PersonalDataKeys.parse(keys.format(), "test");
        assertThat(new PersonalDataCipher(again).open(cipher.seal("x"))).isEqualTo("x");
        String oneLine = keys.format().lines().filter(l -> !l.startsWith("#")).reduce((a, b) -> a + ";" + b)
                .orElseThrow();
        assertThat(new PersonalDataCipher(PersonalDataKeys.parse(oneLine, "env")).open(cipher.seal("y")))
                .isEqualTo("y");

        assertThatThrownBy(() -> PersonalDataKeys.parse("sm4.1=AAAA;lookup=AAAA", "env"))
                .hasMessageContaining("sm4.1 must be 16 bytes");
        assertThatThrownBy(() -> PersonalDataKeys.parse(keys.format() + "current=3", "env"))
                .hasMessageContaining("current=3 names no sm4.3");
        assertThatThrownBy(() -> PersonalDataKeys.parse("current=1", "env")).hasMessageContaining("at least one");
        assertThat(keys.toString()).doesNotContain(keys.format().lines().filter(l -> l.startsWith("sm4.1="))
                .findFirst().orElseThrow().substring(6));
    }

    @Test
    void aMissingKeyFileIsCreatedForTheOwnerOnlyAndReadBackAfterwards(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data").resolve("pii.key");
        PersonalDataKeys created = PersonalDataKeyFile.readOrCreate(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String sealed = new PersonalDataCipher(created).seal("13800138000");
        assertThat(new PersonalDataCipher(PersonalDataKeyFile.readOrCreate(file)).open(sealed))
                .as("the second start reads the same keys").isEqualTo("13800138000");
    }

    @Test
    void masksKeepTheEndsOnly() {
        assertThat(PersonalDataMask.phone("13837651208")).isEqualTo("138****1208");
        assertThat(PersonalDataMask.phone("0394-8123456")).isEqualTo("*******3456");
        assertThat(PersonalDataMask.idNumber("411524196803145020")).isEqualTo("4115**********5020");
        assertThat(PersonalDataMask.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(PersonalDataMask.phone(null)).isNull();
    }
}
