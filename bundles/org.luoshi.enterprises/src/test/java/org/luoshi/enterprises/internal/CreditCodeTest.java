package org.luoshi.enterprises.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.luoshi.api.enterprise.CreditCode;

/** GB 32100-2015 check characters, against codes printed in the standard's example and on real licences. */
class CreditCodeTest {
    @Test
    void publishedCodesAreValid() {
        assertNull(CreditCode.problem("91350100M000100Y43"), "the standard's example");
        assertNull(CreditCode.problem("91110000802100433B"));
        assertEquals('3', CreditCode.check("91350100M000100Y4"));
    }

    @Test
    void everyKindOfMistakeIsNamed() {
        assertTrue(CreditCode.problem("91350100M000100Y42").contains("校验位不符（应为 3）"));
        assertTrue(CreditCode.problem("91350100M000100Y4").contains("18 位"));
        assertTrue(CreditCode.problem("91350100M000100I43").contains("第 16 位"), "I is not in the alphabet");
        assertTrue(CreditCode.problem("913501o0M000100Y43").contains("第 7 位"));
        assertTrue(CreditCode.problem("91A50100M000100Y43").contains("行政区划码"));
        assertTrue(CreditCode.problem(" ").contains("请填写"));
        assertTrue(CreditCode.problem(null).contains("请填写"));
    }

    @Test
    void aChangedCharacterIsCaught() {
        String code = "91350100M000100Y43";
        int caught = 0;
        for (int i = 0; i < 17; i++) {
            for (char c : CreditCode.ALPHABET.toCharArray()) {
                if (c != code.charAt(i) && (i < 2 || i > 7 || Character.isDigit(c))) {
                    String changed = code.substring(0, i) + c + code.substring(i + 1);
                    if (!CreditCode.valid(changed)) {
                        caught++;
                    }
                }
            }
        }
        assertEquals(30 * 11 + 9 * 6, caught, "every single-character change is detected");
    }
}
