package org.edugov.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedTest {

    @Test
    void idNumberKeepsRegionAndLastFour() {
        assertThat(Masked.idNumber("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(Masked.idNumber("110105491231002")).isEqualTo("110105*****1002");
        assertThat(Masked.idNumber("12345678901")).isEqualTo("123456*8901");
        assertThat(Masked.idNumber("not a number at all")).isEqualTo("not a ********* all");
    }

    @Test
    void shortIdNumberKeepsOnlyLastTwo() {
        assertThat(Masked.idNumber("1234567890")).isEqualTo("********90");
        assertThat(Masked.idNumber("123")).isEqualTo("*23");
        assertThat(Masked.idNumber("12")).isEqualTo("12");
        assertThat(Masked.idNumber(null)).isEmpty();
        assertThat(Masked.idNumber("  ")).isEmpty();
    }

    @Test
    void phoneMasksMobileMiddleFour() {
        assertThat(Masked.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masked.phone(" 13812345678 ")).isEqualTo("138****5678");
    }

    @Test
    void otherPhonesKeepFirstThreeAndLastTwo() {
        assertThat(Masked.phone("01062751234")).isEqualTo("010******34");
        assertThat(Masked.phone("010-62751234")).isEqualTo("010*******34");
        assertThat(Masked.phone("62751234")).isEqualTo("627***34");
        assertThat(Masked.phone("12345")).isEqualTo("***45");
        assertThat(Masked.phone(null)).isEmpty();
    }

    @Test
    void nameKeepsFirstCharacter() {
        assertThat(Masked.name("张三")).isEqualTo("张*");
        assertThat(Masked.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masked.name("李")).isEqualTo("李");
        assertThat(Masked.name("John")).isEqualTo("J***");
        assertThat(Masked.name("\uD842\uDFB7田")).isEqualTo("\uD842\uDFB7*");
        assertThat(Masked.name("吉\uD842\uDFB7")).isEqualTo("吉*");
        assertThat(Masked.name(null)).isEmpty();
    }

    @Test
    void addressKeepsFirstSixThenFixedMask() {
        assertThat(Masked.address("北京市海淀区中关村大街27号")).isEqualTo("北京市海淀区****");
        assertThat(Masked.address("北京市海淀区中")).isEqualTo("北京市海淀区****");
        assertThat(Masked.address("幸福路1号")).isEqualTo("幸福****");
        assertThat(Masked.address(null)).isEmpty();
        assertThat(Masked.address(" ")).isEmpty();
    }
}
